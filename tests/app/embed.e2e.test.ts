/**
 * The self-contained build, dist/lib/actor-graph.js, as a page without a bundler loads it: built
 * here with vite.bundle.config.ts into a temporary folder, served by a plain static server with
 * public/embed.html, and driven in Debian's Chromium.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer, type Server } from 'node:http';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { build, type Rolldown } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorPoint, executablePath, launchChromium, listenOnLoopback, TYPES } from '../support/e2e.ts';

const PANEL_TAGS = [
  'actor-graph-search',
  'actor-graph-filters',
  'actor-graph-details',
  'actor-graph-path-finder',
  'actor-graph-balance',
  'actor-graph-table',
];
const TAGS = ['actor-graph', 'actor-graph-legend', 'actor-graph-explorer', ...PANEL_TAGS];

/** Pages made up for a test, served beside public/embed.html. */
const PAGES: Record<string, string> = {
  // Data set by a classic script on the element before the module defining it has loaded.
  '/upgrade.html': `<!doctype html><html><head><link rel="icon" href="data:,"></head><body>
    <actor-graph id="early" style="height: 400px"></actor-graph>
    <script>
      document.getElementById('early').data = {
        version: 1, title: 'early', sources: [],
        actors: [{ id: 'a', label: 'A' }, { id: 'b', label: 'B' }],
        relations: [{ id: 'a-b', source: 'a', target: 'b', type: 'hostility' }],
      };
    </script>
    <script type="module" src="/actor-graph.js"></script>
  </body></html>`,
  // Two copies of the library on one page: the second must leave the first's elements alone.
  '/twice.html': `<!doctype html><html><head><link rel="icon" href="data:,"></head><body>
    <actor-graph src="/graph/russia-taliban-2016.json" style="height: 400px"></actor-graph>
    <script type="module" src="/actor-graph.js"></script>
    <script type="module" src="/actor-graph.js?second-copy"></script>
  </body></html>`,
};

describe.skipIf(!existsSync(executablePath))('dist/lib/actor-graph.js on a page without a bundler', () => {
  let outDir: string;
  let chunk: Rolldown.OutputChunk;
  let onDemand: string[];
  let server: Server;
  let origin: string;
  let browser: Browser;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'actor-graph-lib-'));
    const result = await build({ configFile: 'vite.bundle.config.ts', logLevel: 'silent', build: { outDir, emptyOutDir: true } });
    const outputs = (Array.isArray(result) ? result : [result]) as Rolldown.RolldownOutput[];
    const chunks = outputs.flatMap((o) => o.output).filter((o): o is Rolldown.OutputChunk => o.type === 'chunk');
    chunk = chunks.find((c) => c.fileName === 'actor-graph.js')!;
    onDemand = chunks
      .filter((c) => c !== chunk)
      .map((c) => c.fileName)
      .sort();

    // A static server: the built file, the embedding page and its data, nothing transformed.
    const root = process.cwd();
    const files = (path: string): string | null => {
      if (path === '/actor-graph.js' || path.startsWith('/assets/')) return join(outDir, normalize(path));
      if (path.startsWith('/graph/')) return join(root, normalize(path));
      return join(root, 'public', normalize(path));
    };
    server = createServer((req, res) => {
      const path = new URL(req.url ?? '/', 'http://localhost').pathname;
      const page = PAGES[path];
      const file = page === undefined ? files(path) : null;
      if (page === undefined && (!file || !existsSync(file))) {
        res.writeHead(404).end();
        return;
      }
      res.writeHead(200, { 'Content-Type': TYPES[extname(path)] ?? 'application/octet-stream' });
      res.end(page ?? readFileSync(file!));
    });
    origin = await listenOnLoopback(server);
    browser = await launchChromium();
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
    if (outDir) rmSync(outDir, { recursive: true, force: true });
  });

  /** A new page that records every script error and console error. */
  async function open(path: string): Promise<{ page: Page; problems: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1200, height: 1000 } });
    const problems: string[] = [];
    page.on('pageerror', (error) => problems.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(message.text());
    });
    await page.goto(`${origin}${path}`);
    return { page, problems };
  }

  /** "actors/relations" cytoscape draws in the element with this selector, once there are some. */
  const drawn = (page: Page, selector: string) =>
    page.evaluate((s) => {
      const el = document.querySelector<Element & { cy: { nodes(): unknown[]; edges(): unknown[] } | null }>(s);
      return el?.cy && el.cy.nodes().length ? `${el.cy.nodes().length}/${el.cy.edges().length}` : 'not drawn';
    }, selector);

  it('is one minified module with no static imports, fetching the parts few readers use from assets/ beside it', () => {
    expect(chunk.imports).toEqual([]);
    // What the file fetches on demand: the explorer's panels and edit mode (when an explorer appears, and when
    // its reader first edits), the cola layout, the file formats, image export, and the layout's fallbacks
    // where no worker may start. Other chunks are shared among these and fetched with them.
    const fetched = chunk.dynamicImports.filter((file) => file !== chunk.fileName).sort();
    expect(fetched.map((file) => file.replace(/-[\w-]{8}\.js$/, ''))).toEqual([
      'assets/actor-graph-explorer.edit-elements',
      'assets/actor-graph-explorer.edit-wiring',
      'assets/actor-graph-explorer.panels',
      'assets/cola-layout',
      'assets/force-layout',
      'assets/image-export',
      'assets/io',
      'assets/placement-job',
    ]);
    expect(onDemand).toEqual(expect.arrayContaining(fetched));
    expect(chunk.exports).toEqual(
      expect.arrayContaining(['ActorGraphElement', 'ActorGraphExplorer', 'findPaths', 'parseDocument', 'loadGraph']),
    );
    const code = readFileSync(join(outDir, 'actor-graph.js'), 'utf8');
    // Minified: private names mangled, and no indented statements (the generator indents with tabs).
    expect(code).not.toContain('seedPositions');
    expect(code).not.toMatch(/\n\t+(if|return|const|let|var) /);
    expect(code).not.toMatch(/\beval\(|new Function\(/);
    // The only imports are the on-demand chunks, by relative paths.
    for (const [, target] of code.matchAll(/\bimport\s*\(\s*["'`]([^"'`]*)/g)) expect(target).toMatch(/^\.\/assets\//);
  });

  it('fetches image export from beside the file when a reader exports the graph', async () => {
    const { page, problems } = await open('/embed.html');
    await expect.poll(() => drawn(page, '#seed'), { timeout: 20_000 }).toBe('14/37');
    const assets: string[] = [];
    page.on('request', (request) => void assets.push(new URL(request.url()).pathname));
    const png = await page.evaluate(async () => {
      const el = document.querySelector('#seed') as Element & { exportImage(o: { format: string }): Promise<Blob> };
      const blob = await el.exportImage({ format: 'png' });
      return `${blob.type} ${blob.size > 1000}`;
    });
    expect(png).toBe('image/png true');
    expect(assets.filter((path) => path.startsWith('/assets/image-export-'))).toHaveLength(1);
    expect(problems).toEqual([]);
  });

  it('draws both graphs of embed.html, each in its own theme, and keeps their selections apart', async () => {
    const { page, problems } = await open('/embed.html');
    await expect.poll(() => drawn(page, '#seed'), { timeout: 20_000 }).toBe('14/37');
    await expect.poll(() => drawn(page, '#example'), { timeout: 20_000 }).toBe('5/6');
    // The panels are defined when an explorer appears, or on definePanels(); this page has none.
    const undefinedTags = () => page.evaluate((tags) => tags.filter((tag) => !customElements.get(tag)), TAGS);
    expect(await undefinedTags()).toEqual(PANEL_TAGS);
    // A string, so that the test's own module transform leaves the page's import alone.
    await page.evaluate("import('/actor-graph.js').then((library) => library.definePanels())");
    expect(await undefinedTags()).toEqual([]);
    // The status comes with graph-ready, once the layout worker has placed the actors (drawn before).
    await expect
      .poll(() => page.locator('output[for="seed"]').textContent(), { timeout: 20_000 })
      .toBe('14 actors, 37 relations. Nothing selected.');

    // Themes: the custom properties each element inherits reach its drawing.
    const hostility = (selector: string) =>
      page.evaluate((s) => {
        const el = document.querySelector(s) as unknown as { cy: { edges(q: string): { first(): { style(p: string): string } } } };
        return el.cy.edges('[type = "hostility"]').first().style('line-color');
      }, selector);
    expect(await hostility('#seed')).toBe('rgb(213,94,0)');
    expect(await hostility('#example')).toBe('rgb(240,122,42)');
    const background = (selector: string) => page.locator(selector).evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(await background('#seed')).toBe('rgb(255, 255, 255)');
    expect(await background('#example')).toBe('rgb(21, 26, 33)');

    // A click on India in the first graph selects it there only.
    const india = await actorPoint(page, '#seed', 'india');
    await page.mouse.click(india.x, india.y);
    await expect.poll(() => page.locator('output[for="seed"]').textContent()).toBe('Selected actor: India');
    expect(await page.locator('#seed').getAttribute('selected')).toBe('india');
    expect(await page.locator('#example').getAttribute('selected')).toBeNull();
    expect(await page.locator('output[for="example"]').textContent()).toBe('5 actors, 6 relations. Nothing selected.');

    // axe-core finds nothing on the page: its landmarks, both graphs and their legends.
    await page.addScriptTag({ path: createRequire(import.meta.url).resolve('axe-core/axe.min.js') });
    const violations = await page.evaluate(async () => {
      const result = await (
        window as unknown as { axe: { run(context: Node): Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }
      ).axe.run(document);
      return result.violations.flatMap((v) => v.nodes.map((n) => `${v.id}: ${JSON.stringify(n.target)}`));
    });
    expect(violations).toEqual([]);
    expect(problems).toEqual([]);
    await page.close();
  }, 40_000);

  it('picks up data set on the element before the file defining it loaded', async () => {
    const { page, problems } = await open('/upgrade.html');
    await expect.poll(() => drawn(page, '#early'), { timeout: 20_000 }).toBe('2/1');
    expect(await page.evaluate(async () => (document.querySelector('#early') as unknown as { ready: Promise<unknown> }).ready)).toEqual({
      ok: true,
      actors: 2,
      relations: 1,
    });
    expect(problems).toEqual([]);
    await page.close();
  });

  it('lets a second copy of the file on the page load without an error, the elements staying defined once', async () => {
    const { page, problems } = await open('/twice.html');
    await expect.poll(() => drawn(page, 'actor-graph'), { timeout: 20_000 }).toBe('14/37');
    // A string, so that the test runner does not rewrite its dynamic imports.
    const copies = `(async () => {
      const second = await import('/actor-graph.js?second-copy');
      const first = await import('/actor-graph.js');
      return [first.ActorGraphElement !== second.ActorGraphElement, customElements.get('actor-graph') === first.ActorGraphElement];
    })()`;
    expect(await page.evaluate(copies)).toEqual([true, true]);
    expect(problems).toEqual([]);
    await page.close();
  });
});
