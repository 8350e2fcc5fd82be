/**
 * Drawing images from the command line: the real `<actor-graph>` in headless Chromium (looked
 * for by src/cli/chromium.ts; none is downloaded), on a page built from
 * src/cli/render-page.html with Vite and served on 127.0.0.1 only. The build is kept in
 * node_modules/.cache/actor-graph/ and made again only when the sources change.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findChromium as searchChromium, GET_CHROMIUM, type ChromiumEnv } from './chromium.ts';
import type { RenderRequest, RenderResponse } from './render-page.ts';

/** The project's root folder (this file is src/cli/render.ts). */
const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = 'src/cli/render-page.html';

/** Arguments Chromium is started with: no sandbox (root in containers), no GPU, no network chatter. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/** Where Chromium was found, or why not. */
export type ChromiumLookup = { found: true; path: string } | { found: false; why: string };

/**
 * Finds Chromium for the export command: the search shared with the tests (src/cli/chromium.ts),
 * in the form the command reads. `exists` is injectable for tests.
 */
export function findChromium(env: ChromiumEnv = process.env, exists: (path: string) => boolean = isFile): ChromiumLookup {
  const search = searchChromium(env, exists);
  return 'path' in search ? { found: true, path: search.path } : { found: false, why: search.problem };
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

/** How to get a browser, printed when none is found. */
export function installHint(why: string): string {
  return [
    `PNG, JPG and SVG images are drawn by Chromium, which was not found: ${why}.`,
    GET_CHROMIUM,
    'Data formats (json, gexf, graphml, csv) need no browser.',
  ].join('\n');
}

/** A hash of everything the page is built from: the sources and the locked dependencies. */
function sourceHash(): string {
  const hash = createHash('sha256');
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/\.(ts|html|css|json)$/.test(entry.name))
        hash.update(relative(ROOT, path)).update('\0').update(readFileSync(path)).update('\0');
    }
  };
  walk(join(ROOT, 'src'));
  for (const file of ['package-lock.json', 'package.json']) if (existsSync(join(ROOT, file))) hash.update(readFileSync(join(ROOT, file)));
  return hash.digest('hex').slice(0, 16);
}

function cacheRoot(): string {
  const inProject = join(ROOT, 'node_modules', '.cache', 'actor-graph');
  try {
    mkdirSync(inProject, { recursive: true });
    return inProject;
  } catch {
    const elsewhere = join(tmpdir(), 'actor-graph-cache');
    mkdirSync(elsewhere, { recursive: true });
    return elsewhere;
  }
}

/** The page built ahead of time for a built (published) command, which has no sources to build from. */
export const PREBUILT = join(ROOT, 'dist', 'render');

/** Builds the render page into `outDir` (its page is then `outDir/src/cli/render-page.html`). */
export async function buildRenderPage(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'silent',
    publicDir: false,
    build: { outDir, emptyOutDir: true, target: 'es2022', sourcemap: false, rolldownOptions: { input: join(ROOT, PAGE) } },
  });
}

/**
 * The folder of the built page: dist/render when this command runs built (not from src/),
 * else a build of the sources, made again when they changed since the last one. `notice` is
 * told when a build starts (it takes some seconds).
 */
export async function renderBundle(notice: (text: string) => void = () => {}): Promise<string> {
  const fromSources = fileURLToPath(import.meta.url).startsWith(join(ROOT, 'src') + sep);
  if (!fromSources && existsSync(join(PREBUILT, PAGE))) return PREBUILT;
  const cache = cacheRoot();
  const name = `render-${sourceHash()}`;
  const dir = join(cache, name);
  if (existsSync(join(dir, PAGE))) return dir;
  notice('building the page that draws images (once per change of the sources)…');
  const temp = join(cache, `${name}.${process.pid}.tmp`);
  await buildRenderPage(temp);
  try {
    renameSync(temp, dir);
  } catch {
    // Another process built it meanwhile.
    rmSync(temp, { recursive: true, force: true });
  }
  // Builds of older sources go after an hour.
  for (const entry of readdirSync(cache)) {
    const path = join(cache, entry);
    if (entry !== name && entry.startsWith('render-') && Date.now() - statSync(path).mtimeMs > 3_600_000)
      rmSync(path, { recursive: true, force: true });
  }
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
};

/** Serves `dir` on 127.0.0.1 at a free port. */
async function serve(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = resolve(dir, `.${path}`);
    if (!file.startsWith(dir + sep) || !isFile(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' }).end(readFileSync(file));
  });
  await new Promise<void>((ready) => server.listen(0, '127.0.0.1', ready));
  const address = server.address();
  if (address === null || typeof address === 'string') throw new Error('the page server has no port');
  return { server, url: `http://127.0.0.1:${address.port}/${PAGE}` };
}

/** What renderImage needs besides the document. */
export interface RenderOptions extends Omit<RenderRequest, 'document'> {
  chromium: string;
  colorScheme: 'light' | 'dark';
  notice?: (text: string) => void;
}

/** Draws the document's image in Chromium: its bytes, or why it failed. */
export async function renderImage(
  document: unknown,
  options: RenderOptions,
): Promise<{ ok: true; bytes: Buffer } | { ok: false; message: string }> {
  const dir = await renderBundle(options.notice);
  const { chromium } = await import('playwright-core');
  const { server, url } = await serve(dir);
  const browser = await chromium.launch({ executablePath: options.chromium, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({
      viewport: { width: options.width + 40, height: options.height + 40 },
      colorScheme: options.colorScheme,
    });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(url);
    await page
      .waitForFunction(() => typeof window.actorGraphRender === 'function' && customElements.get('actor-graph') !== undefined, null, {
        timeout: 30_000,
      })
      .catch(() => {
        throw new Error(`the render page did not start${errors.length ? `: ${errors.join('; ')}` : ''}`);
      });
    const { width, height, types, asOf, knownOn, possible } = options;
    const request: RenderRequest = { document, width, height, types, asOf, knownOn, possible, options: options.options };
    const response: RenderResponse = await page.evaluate((r) => window.actorGraphRender(r), request);
    if (!response.ok) return { ok: false, message: response.message };
    return { ok: true, bytes: Buffer.from(response.base64, 'base64') };
  } finally {
    await browser.close();
    server.close();
  }
}
