/**
 * End to end: the app as `npm start`'s build serves it, in Debian's Chromium, as a user sees it.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { executablePath, launchChromium, listenOnLoopback } from '../support/e2e.ts';

const SCREENSHOT = 'tests/output/explorer.png';

describe.skipIf(!existsSync(executablePath))('the app, built and served', () => {
  let outDir: string;
  let server: PreviewServer;
  let browser: Browser;
  let url: string;
  /** Another site on another port, serving a graph to any origin (CORS), and the paths asked of it. */
  let other: Server;
  let otherOrigin: string;
  const otherRequests: string[] = [];

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'actor-graph-app-'));
    await build({ logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    // The built page with the setting a deployment writes into it, no rebuild needed.
    const index = readFileSync(join(outDir, 'index.html'), 'utf8');
    writeFileSync(
      join(outDir, 'allow.html'),
      index.replace('<actor-graph-explorer>', '<actor-graph-explorer allowed-sources="https://graphs.example">'),
    );
    const graph = readFileSync('graph/russia-taliban-2016.json', 'utf8').replace('"Russia and the Taliban, 2016"', '"Made-up evidence"');
    other = createServer((req, res) => {
      otherRequests.push(req.url ?? '');
      res.writeHead(200, { 'Content-Type': 'application/json', 'Access-Control-Allow-Origin': '*' }).end(graph);
    });
    otherOrigin = await listenOnLoopback(other);
    server = await preview({ logLevel: 'silent', build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false } });
    url = server.resolvedUrls!.local[0]!;
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    await new Promise((resolve) => (other ? other.close(resolve) : resolve(undefined)));
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
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const view = document.querySelector('actor-graph-explorer')?.shadowRoot?.querySelector('actor-graph') as
              (Element & { cy: { nodes(): { length: number }; edges(): { length: number } } | null }) | null;
            return view?.cy ? `${view.cy.nodes().length}/${view.cy.edges().length}` : 'not drawn';
          }),
        { timeout: 20_000 },
      )
      .toBe('14/37');
    expect(await page.title()).toBe('actor-graph explorer');
    // The title comes with graph-ready, once the drawing is laid out (its actors may be drawn before).
    const heading = page.locator('actor-graph-explorer').locator('h1');
    await expect.poll(() => heading.textContent(), { timeout: 20_000 }).toBe('Russia and the Taliban, 2016');
    mkdirSync('tests/output', { recursive: true });
    await page.screenshot({ path: SCREENSHOT });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(50_000);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('reproduces a view from its link: path query, date and selection', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${url}?asOf=2016&selected=russia-india&from=Russia&to=India`);
    // Text of an element inside the explorer, through the shadow roots it is drawn in.
    const textOf = (tag: string) =>
      page.evaluate((name) => {
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
  });

  it('names the other site a ?src= graph comes from, under its title; with allowed-sources set, fetches nothing from it', async () => {
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    const src = `${otherOrigin}/graph.json`;
    const shadowText = (selector: string) =>
      page.evaluate((s) => {
        const el = document.querySelector('actor-graph-explorer')?.shadowRoot?.querySelector(s);
        return el ? el.textContent.replace(/\s+/g, ' ').trim() : null;
      }, selector);
    expect(new URL(otherOrigin).port).not.toBe(new URL(url).port);
    await page.goto(`${url}?src=${encodeURIComponent(src)}`);
    await expect.poll(() => shadowText('header h1'), { timeout: 20_000 }).toBe('Made-up evidence');
    expect(await shadowText('[part="origin"]')).toBe(`Graph loaded from ${new URL(otherOrigin).host} — not from this site`);
    expect(await shadowText('[part="origin"][role="note"]')).not.toBeNull();
    expect(otherRequests).toEqual(['/graph.json']);

    await page.goto(`${url}allow.html?src=${encodeURIComponent(src)}`);
    await expect
      .poll(() => shadowText('[part="problems"] li'), { timeout: 20_000 })
      .toBe(`src: graphs from ${otherOrigin} are not opened here: the page's allowed-sources setting lists only https://graphs.example.`);
    expect(await shadowText('header h1')).toBe('actor-graph');
    expect(await shadowText('[part="origin"]')).toBeNull();
    expect(otherRequests).toEqual(['/graph.json']);
    await page.close();
  });

  it('ships no code built from strings', () => {
    const assets = join(outDir, 'assets');
    for (const file of readdirSync(assets)) {
      if (!file.endsWith('.js')) continue;
      const text = readFileSync(join(assets, file), 'utf8');
      expect(text, file).not.toMatch(/\beval\(|new Function\(/);
    }
  });
});
