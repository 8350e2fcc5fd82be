/**
 * Under a strict Content-Security-Policy: the built explorer (index.html) and the embedding page
 * (public/embed.html on the self-contained dist/lib/actor-graph.js) served with
 *   Content-Security-Policy: default-src 'self'; script-src 'self'; object-src 'none'
 * draw their graphs, answer clicks, load their on-demand code (image and data exports) and
 * report no violation: neither a `securitypolicyviolation` event nor a console message.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateGraph } from '../../bench/generate.ts';
import { COLA_MAX_ACTORS } from '../../src/view/layout.ts';
import { actorPoint, executablePath, launchChromium, listenOnLoopback, TYPES } from '../support/e2e.ts';

export const CSP = "default-src 'self'; script-src 'self'; object-src 'none'";
/** A graph too large for cola, laid out by the large-graph layout (in a worker where one may start). */
const LARGE = JSON.stringify(generateGraph({ actors: COLA_MAX_ACTORS + 50, seed: 7 }));
/** Pages made up for the test: no inline script or style either. */
const PAGES: Record<string, string> = {
  '/large.html': `<!doctype html><html lang="en"><head><title>Large</title><link rel="icon" href="/favicon.svg"><script type="module" src="/actor-graph.js"></script></head>
    <body><main><actor-graph id="large" src="/large.json"></actor-graph></main></body></html>`,
};

describe.skipIf(!existsSync(executablePath))('the built app and the embedding page under a strict Content-Security-Policy', () => {
  let appDir: string;
  let libDir: string;
  let server: Server;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    appDir = mkdtempSync(join(tmpdir(), 'actor-graph-csp-app-'));
    libDir = mkdtempSync(join(tmpdir(), 'actor-graph-csp-lib-'));
    // Built as `npm run build` builds them (Lit picks its production build by NODE_ENV), not as under test.
    const nodeEnv = process.env.NODE_ENV;
    process.env.NODE_ENV = 'production';
    try {
      await build({ configFile: 'vite.bundle.config.ts', logLevel: 'silent', build: { outDir: libDir, emptyOutDir: true } });
      await build({ logLevel: 'silent', build: { outDir: appDir, emptyOutDir: true } });
    } finally {
      process.env.NODE_ENV = nodeEnv;
    }
    // The app's build, with the self-contained file just built and the seed graph beside embed.html.
    const file = (path: string): string => {
      if (path === '/actor-graph.js' || path === '/actor-graph.js.map') return join(libDir, path);
      if (path.startsWith('/graph/')) return join(process.cwd(), normalize(path));
      const app = join(appDir, normalize(path === '/' ? '/index.html' : path));
      // What the self-contained file loads beside itself (the large-graph layout's worker).
      return existsSync(app) ? app : join(libDir, normalize(path));
    };
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      if (path in PAGES || path === '/large.json') {
        res.writeHead(200, { 'Content-Type': path === '/large.json' ? 'application/json' : 'text/html', 'Content-Security-Policy': CSP });
        res.end(PAGES[path] ?? LARGE);
        return;
      }
      const found = file(path);
      if (!existsSync(found) || !statSync(found).isFile()) {
        res.writeHead(404, { 'Content-Security-Policy': CSP }).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(found)] ?? 'application/octet-stream', 'Content-Security-Policy': CSP });
      res.end(readFileSync(found));
    });
    origin = await listenOnLoopback(server);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    for (const dir of [appDir, libDir]) if (dir) rmSync(dir, { recursive: true, force: true });
  });

  /** A page that records CSP violations (events, with where they come from, and console messages) and script errors. */
  async function open(path: string): Promise<{ page: Page; violations: () => Promise<string[]>; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 1000 } });
    const problems: string[] = [];
    const consoleViolations: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      const text = message.text();
      if (/Content Security Policy|Refused to/i.test(text)) consoleViolations.push(text);
      else if (message.type() === 'error' || message.type() === 'warning') problems.push(text);
    });
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { __violations: string[] }).__violations = seen;
      document.addEventListener(
        'securitypolicyviolation',
        (event) => {
          seen.push(`${event.effectiveDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber} ${event.sample}`);
        },
        true,
      );
    });
    const response = await page.goto(`${origin}${path}`);
    expect(response!.headers()['content-security-policy']).toBe(CSP);
    const violations = async () => [
      ...consoleViolations,
      ...(await page.evaluate(() => (window as unknown as { __violations: string[] }).__violations)),
    ];
    return { page, violations, problems };
  }

  it('draws the explorer, opens details and paths, switches theme and exports, with no violation', async () => {
    const { page, violations, problems } = await open('/?from=Russia&to=India&selected=russia-india');
    const drawn = () =>
      page.evaluate(() => {
        const view = document.querySelector('actor-graph-explorer')?.shadowRoot?.querySelector('actor-graph') as
          (Element & { cy: { nodes(): { length: number }; edges(): { length: number } } | null }) | null;
        return view?.cy ? `${view.cy.nodes().length}/${view.cy.edges().length}` : 'not drawn';
      });
    await expect.poll(drawn, { timeout: 20_000 }).toBe('14/37');
    const explorer = page.locator('actor-graph-explorer');
    await expect
      .poll(() => explorer.locator('actor-graph-path-finder [part="status"]').textContent(), { timeout: 10_000 })
      .toBe('1 path found');
    expect(await explorer.locator('actor-graph-details h2').textContent()).toBe('burgeoning alliance');
    // Lit's styles apply (constructed stylesheets are allowed): the explorer is a grid, the canvas positioned.
    expect(await explorer.evaluate((el) => getComputedStyle(el).display)).toBe('grid');
    expect(
      await page.evaluate(() => {
        const view = document.querySelector('actor-graph-explorer')!.shadowRoot!.querySelector('actor-graph')!;
        return getComputedStyle(view.shadowRoot!.querySelector('[part="canvas"]')!).position;
      }),
    ).toBe('relative');

    await explorer.getByRole('button', { name: 'Dark theme' }).click();
    await expect.poll(() => explorer.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(22, 22, 22)');

    // The export code loads on demand: an image and a data file, each handed to the browser.
    for (const format of ['png', 'svg', 'gexf', 'csv-relations']) {
      const done = await page.evaluate(
        (f) =>
          new Promise<string>((resolve) => {
            const menu = document
              .querySelector('actor-graph-explorer')!
              .shadowRoot!.querySelector('actor-graph-export-menu') as HTMLElement & { export(format: string): Promise<void> };
            menu.addEventListener('export-done', (event) => resolve((event as CustomEvent<{ filename: string }>).detail.filename), {
              once: true,
            });
            menu.addEventListener(
              'export-error',
              (event) => resolve(`error: ${(event as CustomEvent<{ message: string }>).detail.message}`),
              { once: true },
            );
            void menu.export(f);
          }),
        format,
      );
      expect(done, format).toMatch(/^russia-and-the-taliban-2016\./);
    }
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('draws both graphs of embed.html and answers a click, with no violation', async () => {
    const { page, violations, problems } = await open('/embed.html');
    const drawn = (selector: string) =>
      page.evaluate((s) => {
        const el = document.querySelector<Element & { cy: { nodes(): unknown[]; edges(): unknown[] } | null }>(s);
        return el?.cy && el.cy.nodes().length ? `${el.cy.nodes().length}/${el.cy.edges().length}` : 'not drawn';
      }, selector);
    await expect.poll(() => drawn('#seed'), { timeout: 20_000 }).toBe('14/37');
    await expect.poll(() => drawn('#example'), { timeout: 20_000 }).toBe('5/6');
    // The page's own script (embed.js) and style (embed.css) ran and applied.
    // The status comes with graph-ready, once the layout worker has placed the actors (drawn before).
    await expect
      .poll(() => page.locator('output[for="seed"]').textContent(), { timeout: 20_000 })
      .toBe('14 actors, 37 relations. Nothing selected.');
    expect(await page.locator('#example').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(21, 26, 33)');
    const india = await actorPoint(page, '#seed', 'india');
    await page.mouse.click(india.x, india.y);
    await expect.poll(() => page.locator('output[for="seed"]').textContent()).toBe('Selected actor: India');
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it(`lays out a graph of ${COLA_MAX_ACTORS + 50} actors (past cola, in a worker where one may start), with no violation`, async () => {
    const { page, violations, problems } = await open('/large.html');
    await expect
      .poll(
        () =>
          page.evaluate(() => {
            const el = document.querySelector<Element & { cy: { nodes(): unknown[] } | null }>('#large');
            return el?.cy?.nodes().length ?? 0;
          }),
        { timeout: 30_000 },
      )
      .toBe(COLA_MAX_ACTORS + 50);
    expect(
      await page.evaluate(
        async () => (await (document.querySelector('#large') as unknown as { ready: Promise<{ ok: boolean }> }).ready).ok,
      ),
    ).toBe(true);
    expect(await violations()).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  });

  it('has no inline script or style in the pages it serves, and no code built from strings', () => {
    for (const page of ['index.html', 'embed.html']) {
      const html = readFileSync(join(appDir, page), 'utf8');
      expect(html, page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
      expect(html, page).not.toMatch(/<style[\s>]|\sstyle="/);
    }
    const code = readFileSync(join(libDir, 'actor-graph.js'), 'utf8');
    expect(code.match(/\beval\(|new Function\(/g) ?? []).toEqual([]);
  });
});
