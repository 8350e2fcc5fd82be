/**
 * End to end: the app as `npm start`'s build serves it, in Debian's Chromium, as a user sees it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executablePath, launchChromium } from '../support/e2e.ts';

const SCREENSHOT = 'tests/output/explorer.png';

describe.skipIf(!existsSync(executablePath))('the app, built and served', () => {
  let outDir: string;
  let server: PreviewServer;
  let browser: Browser;
  let url: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'actor-graph-app-'));
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    server = await preview({ logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
    url = server.resolvedUrls!.local[0]!;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  it('opens on the Russia–Taliban graph, drawn, with no error, and saves a screenshot', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(url);
    await expect.poll(() => page.evaluate(() => {
      const view = document.querySelector('actor-graph-explorer')?.shadowRoot?.querySelector('actor-graph') as
        (Element & { cy: { nodes(): { length: number }; edges(): { length: number } } | null }) | null;
      return view?.cy ? `${view.cy.nodes().length}/${view.cy.edges().length}` : 'not drawn';
    }), { timeout: 20_000 }).toBe('14/34');
    expect(await page.title()).toBe('actor-graph explorer');
    const heading = page.locator('actor-graph-explorer').locator('h1');
    expect(await heading.textContent()).toBe('Russia and the Taliban, 2016');
    mkdirSync('tests/output', { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(50_000);
    expect(problems).toEqual([]);
    await page.close();
  }, 30_000);

  it('reproduces a view from its link: path query, date and selection', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${url}?asOf=2016&selected=russia-india&from=Russia&to=India`);
    // Text of an element inside the explorer, through the shadow roots it is drawn in.
    const textOf = (tag: string) => page.evaluate((name) => {
      const deepText = (node: Node): string => {
        const own = node instanceof Element && node.shadowRoot ? deepText(node.shadowRoot) : '';
        return own + [...node.childNodes].map((child) => (child.nodeType === 3 ? child.textContent : deepText(child))).join('');
      };
      const element = document.querySelector('actor-graph-explorer')?.shadowRoot?.querySelector(name);
      return element ? deepText(element) : '';
    }, tag);
    await expect.poll(() => textOf('actor-graph-details'), { timeout: 20_000 }).toContain('Moscow’s burgeoning alliance with India');
    await expect.poll(() => textOf('actor-graph-path-finder'), { timeout: 20_000 }).toContain('Russia cooperates with India.');
    expect(await textOf('actor-graph-filters')).toContain('as of 2016');
    await page.close();
  }, 30_000);

  it('ships no code built from strings', () => {
    const assets = join(outDir, 'assets');
    for (const file of readdirSync(assets)) {
      if (!file.endsWith('.js')) continue;
      const text = readFileSync(join(assets, file), 'utf8');
      expect(text, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
