/**
 * The Node side of the browser measurements: one headless Chromium, a fresh context (its own
 * renderer) for every load, and a deadline on everything, because a stack may block its main
 * thread for minutes and a blocked page answers no `evaluate` until it is free.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import type { DrawingLoad, DrawingRequest } from './drawing-types.ts';
import type { PlacementRun } from './placement.ts';
import type { LoadFigures } from './harness.ts';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  // gc() in the page, as the brief asks; the heap figure itself forces collection through the DevTools protocol.
  '--js-flags=--expose-gc',
  // With the GPU disabled, WebGL (sigma) needs SwiftShader, which recent Chromium only allows when asked.
  '--enable-unsafe-swiftshader',
];

const VIEWPORT = { width: 1200, height: 800 };

/** What one load of one page yields. */
export interface Measurement extends LoadFigures {
  heapMB: number;
  /** Intervals between frames while panning and zooming, in ms. */
  panFrames: number[];
  positions: [string, number, number][] | null;
  /** The CPU profile from just before connection to the end of settling, when asked for. */
  profile?: CpuProfile;
  /** The page's performance.now() when that profile began (to within half a protocol round trip). */
  profileStartedAt?: number;
  /** The CPU profile of the pan and zoom, when asked for. */
  panProfile?: CpuProfile;
}

/** The DevTools protocol's Profiler.Profile, the parts bench/profile.ts reads. */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number } }[];
  /** µs on the profiler's own clock; timeDeltas[0] runs from it to the first sample. */
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

export type Outcome = { ok: true; m: Measurement } | { ok: false; timeoutS: number } | { ok: false; error: string };

const TIMEOUT = Symbol('timeout');
const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** `promise`, or TIMEOUT after `ms`; a promise left behind is kept from rejecting unhandled. */
async function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMEOUT> {
  promise.catch(() => {});
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([promise, new Promise<typeof TIMEOUT>((resolve) => (timer = setTimeout(() => resolve(TIMEOUT), ms)))]);
  clearTimeout(timer);
  return result;
}

export class Driver {
  #browser: Browser | null = null;
  version = '';

  async launch(): Promise<void> {
    this.#browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    this.version = this.#browser.version();
  }

  async close(): Promise<void> {
    this.#drawingPage = null;
    await within(this.#browser?.close() ?? Promise.resolve(), 20_000);
    this.#browser = null;
  }

  /**
   * Loads `url`, starts the stack, waits until it has settled or `timeoutMs` has passed, then
   * takes the heap, the positions and the pan-and-zoom frame times.
   */
  async measure(url: string, { timeoutMs, profile = false }: { timeoutMs: number; profile?: boolean }): Promise<Outcome> {
    if (!this.#browser) await this.launch();
    const context = await this.#browser!.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    let closed = false;
    try {
      const page = await context.newPage();
      const pageErrors: string[] = [];
      page.on('pageerror', (error) => pageErrors.push(error.message));
      if ((await within(page.goto(url), 30_000)) === TIMEOUT) return { ok: false, error: `${url} did not load in 30 s` };
      if (
        (await within(
          page.evaluate(() => window.__bench.load()),
          30_000,
        )) === TIMEOUT
      )
        return { ok: false, error: 'graph fetch timed out' };
      const cdp = await context.newCDPSession(page);
      let profileStartedAt: number | undefined;
      if (profile) {
        await cdp.send('Profiler.enable');
        await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
        // The page's clock read on either side of the start: the profile's clock lines up with the
        // page's to within half the gap, a few ms, which places a long task among the samples.
        const before = await page.evaluate(() => performance.now());
        await cdp.send('Profiler.start');
        profileStartedAt = (before + (await page.evaluate(() => performance.now()))) / 2;
      }
      await page.evaluate(() => window.__bench.start());
      const deadline = Date.now() + timeoutMs;
      let state = null;
      while (Date.now() < deadline) {
        const polled = await within(
          page.evaluate(() => window.__bench.state),
          deadline - Date.now(),
        );
        if (polled === TIMEOUT) break;
        if (polled.phase === 'done' || polled.phase === 'error') {
          state = polled;
          break;
        }
        await sleep(100);
      }
      if (!state) {
        // Stop the script that holds the main thread, or closing the page waits for it; should
        // closing still hang, give up on the whole browser (relaunched by the next measure).
        await within(cdp.send('Runtime.terminateExecution'), 5_000);
        closed = true;
        if ((await within(context.close(), 15_000)) === TIMEOUT) await this.close();
        return { ok: false, timeoutS: Math.round(timeoutMs / 1000) };
      }
      if (state.phase === 'error' || !state.figures) return { ok: false, error: state.error ?? pageErrors.join('\n') };
      const cpu = profile ? ((await cdp.send('Profiler.stop')).profile as CpuProfile) : undefined;
      // Twice: the first collection may only schedule finalisation of what the second frees.
      await cdp.send('HeapProfiler.collectGarbage');
      await cdp.send('HeapProfiler.collectGarbage');
      const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
      const positions = await page.evaluate(() => window.__bench.positions());
      if (profile) await cdp.send('Profiler.start');
      const panFrames = await within(panAndZoom(page), 60_000);
      const stopped = profile ? await within(cdp.send('Profiler.stop'), 10_000) : TIMEOUT;
      const panCpu = stopped === TIMEOUT ? undefined : (stopped.profile as CpuProfile);
      return {
        ok: true,
        m: {
          ...state.figures,
          heapMB: heap.usedSize / 2 ** 20,
          panFrames: panFrames === TIMEOUT ? [] : panFrames,
          positions,
          ...(cpu ? { profile: cpu, profileStartedAt } : {}),
          ...(panCpu && panFrames !== TIMEOUT ? { panProfile: panCpu } : {}),
        },
      };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message : String(error) };
    } finally {
      if (!closed) await within(context.close(), 15_000);
    }
  }

  /**
   * One load of the placement page (bench/placement.ts) at `url` in a fresh context: the
   * careful placement's runs in a fresh worker, or why there are none.
   */
  async placement(url: string, timeoutMs: number): Promise<{ ok: true; runs: PlacementRun[] } | { ok: false; error: string }> {
    if (!this.#browser) await this.launch();
    const context = await this.#browser!.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
    try {
      const page = await context.newPage();
      if ((await within(page.goto(url), 30_000)) === TIMEOUT) return { ok: false, error: `${url} did not load in 30 s` };
      const runs = await within(
        page.evaluate(() => window.__placement.run()),
        timeoutMs,
      );
      return runs === TIMEOUT ? { ok: false, error: `no answer in ${Math.round(timeoutMs / 1000)} s` } : { ok: true, runs };
    } catch (error) {
      return { ok: false, error: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    } finally {
      await within(context.close(), 15_000);
    }
  }

  /** The page the drawing measures load into, one after another (see `drawing`). */
  #drawingPage: { context: BrowserContext; page: Page; errors: string[] } | null = null;

  /**
   * One load of the drawing page (bench/drawing.ts) at `url`, `window.__drawing.run(request)`,
   * stopped after `timeoutMs`. Each load navigates to the page again (a new document: modules,
   * element and drawing all fresh) in one context kept between loads, which saves creating a
   * context each time; after a timeout or an error the context is closed and the next load
   * makes a new one.
   */
  async drawing(
    url: string,
    request: DrawingRequest,
    timeoutMs: number,
  ): Promise<{ ok: true; load: DrawingLoad } | { ok: false; timeoutS: number } | { ok: false; error: string }> {
    if (!this.#browser) await this.launch();
    if (!this.#drawingPage) {
      const context = await this.#browser!.newContext({ viewport: VIEWPORT, deviceScaleFactor: 1 });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      this.#drawingPage = { context, page, errors };
    }
    const { context, page, errors } = this.#drawingPage;
    const drop = async () => {
      this.#drawingPage = null;
      if ((await within(context.close(), 15_000)) === TIMEOUT) await this.close();
    };
    try {
      errors.length = 0;
      if ((await within(page.goto(url), 30_000)) === TIMEOUT) {
        await drop();
        return { ok: false, error: `${url} did not load in 30 s` };
      }
      const load = await within(
        page.evaluate((r) => window.__drawing.run(r), request),
        timeoutMs,
      );
      if (load === TIMEOUT) {
        const cdp = await context.newCDPSession(page);
        await within(cdp.send('Runtime.terminateExecution'), 5_000);
        await drop();
        return { ok: false, timeoutS: Math.round(timeoutMs / 1000) };
      }
      return { ok: true, load };
    } catch (error) {
      await drop();
      const message = error instanceof Error ? error.message.split('\n')[0]! : String(error);
      return { ok: false, error: [message, ...errors].join(' | ') };
    }
  }
}

/**
 * About a second of dragging (a Lissajous path, so the view keeps moving) then a second of
 * wheel steps, 8 in and 8 out in turn, with input paced at 60 events a second as a hand on
 * a mouse or trackpad gives it. Returns the intervals between frames meanwhile.
 */
async function panAndZoom(page: Page): Promise<number[]> {
  const cx = VIEWPORT.width / 2;
  const cy = VIEWPORT.height / 2;
  // Pressing on an actor would drag it rather than pan: start on the empty point nearest the middle.
  const start = (await page.evaluate(() => window.__bench.emptyPoint())) ?? { x: cx, y: cy };
  await page.mouse.move(start.x, start.y);
  await page.evaluate(() => window.__bench.startFrames());
  await page.mouse.down();
  const paced = async (ms: number, step: (i: number) => Promise<void>) => {
    const begin = Date.now();
    for (let i = 1; Date.now() - begin < ms; i++) {
      await step(i);
      const next = begin + i * 16;
      if (next > Date.now()) await sleep(next - Date.now());
    }
  };
  await paced(1000, (i) => page.mouse.move(start.x + 200 * Math.sin(i / 12), start.y + 120 * Math.sin(i / 17)));
  await page.mouse.up();
  await page.mouse.move(cx, cy);
  await paced(1000, (i) => page.mouse.wheel(0, Math.floor((i - 1) / 8) % 2 === 0 ? -100 : 100));
  // Let the last frames (sigma animates its zoom) come in.
  await sleep(300);
  return page.evaluate(() => window.__bench.stopFrames());
}
