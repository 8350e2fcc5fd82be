/**
 * Counting what a page holds on to, for leak tests in the browser: event listeners on
 * long-lived targets (the window, the document, media queries, nodes still on the page),
 * observers (Resize, Mutation, Intersection) observing and not disconnected, media-query
 * listeners, workers not terminated, intervals not cleared, animation frames requested over
 * a number of frames, canvases on the page, and — with `--js-flags=--expose-gc`, which vitest.config.ts
 * gives the browser — whether objects handed to `watch` are garbage-collected.
 *
 * `track()` installs the wrappers; `snapshot()` gives the counts; `restore()` removes them.
 */

/** The counts a leak test compares before and after. */
export interface Counts {
  /** Listeners on the window, the document, media queries and connected nodes, by target and type. */
  listeners: Record<string, number>;
  observers: Record<'ResizeObserver' | 'MutationObserver' | 'IntersectionObserver', number>;
  mediaQueryListeners: number;
  workers: number;
  intervals: number;
  /** Canvases in the document and every shadow root within it. */
  canvases: number;
}

type ObserverName = keyof Counts['observers'];

let nextId = 0;
const ids = new WeakMap<object, number>();
const idOf = (thing: object): number => {
  let id = ids.get(thing);
  if (id === undefined) ids.set(thing, (id = ++nextId));
  return id;
};

const captureOf = (options: unknown): boolean =>
  typeof options === 'boolean'
    ? options
    : typeof options === 'object' && options !== null && (options as { capture?: boolean }).capture === true;

/** The document and every shadow root within it. */
export function allRoots(root: Document | ShadowRoot = document): (Document | ShadowRoot)[] {
  return [root, ...[...root.querySelectorAll('*')].flatMap((e) => (e.shadowRoot ? allRoots(e.shadowRoot) : []))];
}

function describeTarget(target: EventTarget): string | null {
  if (target === window) return 'window';
  if (target === document) return 'document';
  if (typeof MediaQueryList !== 'undefined' && target instanceof MediaQueryList) return `matchMedia(${target.media})`;
  if (target instanceof Node && target.isConnected) return target instanceof Element ? `<${target.localName}>` : target.nodeName;
  return null;
}

export interface Tracker {
  snapshot(): Counts;
  /** Workers started since `track()`, terminated or not. */
  workersStarted(): number;
  /**
   * Animation frames the page requests over its next `frames` frames: a drawing loop asks for
   * one every frame, however slow the machine.
   */
  framesOver(frames: number): Promise<number>;
  /** Keeps a weak reference to `thing`, to ask after garbage collection whether it is gone. */
  watch(thing: object, label?: string): void;
  /** The labels of watched objects still alive after collecting garbage (null when gc() is not exposed). */
  survivors(): Promise<string[] | null>;
  restore(): void;
}

export function track(): Tracker {
  const listening = new Map<string, { target: WeakRef<EventTarget>; type: string }>();
  const add = EventTarget.prototype.addEventListener;
  const remove = EventTarget.prototype.removeEventListener;
  const key = (target: EventTarget, type: string, listener: unknown, options: unknown) =>
    listener && (typeof listener === 'function' || typeof listener === 'object')
      ? `${idOf(target)}|${type}|${idOf(listener)}|${captureOf(options)}`
      : null;
  EventTarget.prototype.addEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | AddEventListenerOptions,
  ) {
    const k = key(this, type, listener, options);
    // A listener that removes itself (once) on a long-lived target is counted until it fires: none of ours are.
    if (k) listening.set(k, { target: new WeakRef(this), type });
    return add.call(this, type, listener, options);
  };
  EventTarget.prototype.removeEventListener = function (
    this: EventTarget,
    type: string,
    listener: EventListenerOrEventListenerObject | null,
    options?: boolean | EventListenerOptions,
  ) {
    const k = key(this, type, listener, options);
    if (k) listening.delete(k);
    return remove.call(this, type, listener, options);
  };

  let mediaQueryListeners = 0;
  const mqlAdd = MediaQueryList.prototype.addListener;
  const mqlRemove = MediaQueryList.prototype.removeListener;
  MediaQueryList.prototype.addListener = function (this: MediaQueryList, listener) {
    mediaQueryListeners++;
    return mqlAdd.call(this, listener);
  };
  MediaQueryList.prototype.removeListener = function (this: MediaQueryList, listener) {
    mediaQueryListeners--;
    return mqlRemove.call(this, listener);
  };

  const observing: Record<ObserverName, Set<object>> = {
    ResizeObserver: new Set(),
    MutationObserver: new Set(),
    IntersectionObserver: new Set(),
  };
  const natives = {
    ResizeObserver: window.ResizeObserver,
    MutationObserver: window.MutationObserver,
    IntersectionObserver: window.IntersectionObserver,
  };
  for (const name of Object.keys(natives) as ObserverName[]) {
    const Native = natives[name] as unknown as { new (...args: unknown[]): { observe(...a: unknown[]): void; disconnect(): void } };
    const active = observing[name];
    (window as unknown as Record<string, unknown>)[name] = class extends Native {
      override observe(...args: unknown[]): void {
        active.add(this);
        super.observe(...args);
      }
      override disconnect(): void {
        active.delete(this);
        super.disconnect();
      }
    };
  }

  let workers = 0;
  let workersStarted = 0;
  const NativeWorker = window.Worker;
  window.Worker = class extends NativeWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      workers++;
      workersStarted++;
    }
    override terminate(): void {
      workers--;
      super.terminate();
    }
  };

  const intervals = new Set<number>();
  const setInterval_ = window.setInterval;
  const clearInterval_ = window.clearInterval;
  window.setInterval = ((handler: TimerHandler, timeout?: number, ...args: unknown[]) => {
    const id = setInterval_(handler, timeout, ...args);
    intervals.add(id);
    return id;
  }) as typeof window.setInterval;
  window.clearInterval = ((id?: number) => {
    if (id !== undefined) intervals.delete(id);
    clearInterval_(id);
  }) as typeof window.clearInterval;

  let frames = 0;
  const raf = window.requestAnimationFrame;
  window.requestAnimationFrame = (callback) => {
    frames++;
    return raf.call(window, callback);
  };

  const watched: { ref: WeakRef<object>; label: string }[] = [];

  return {
    snapshot(): Counts {
      const listeners: Record<string, number> = {};
      for (const { target, type } of listening.values()) {
        const t = target.deref();
        const name = t && describeTarget(t);
        if (name) listeners[`${name} ${type}`] = (listeners[`${name} ${type}`] ?? 0) + 1;
      }
      return {
        listeners,
        observers: {
          ResizeObserver: observing.ResizeObserver.size,
          MutationObserver: observing.MutationObserver.size,
          IntersectionObserver: observing.IntersectionObserver.size,
        },
        mediaQueryListeners:
          mediaQueryListeners +
          Object.entries(listeners)
            .filter(([k]) => k.startsWith('matchMedia('))
            .reduce((n, [, v]) => n + v, 0),
        workers,
        intervals: intervals.size,
        canvases: allRoots().reduce((n, root) => n + root.querySelectorAll('canvas').length, 0),
      };
    },
    workersStarted: () => workersStarted,
    async framesOver(count: number): Promise<number> {
      const before = frames;
      // The browser's own requestAnimationFrame, so that waiting asks for no frame counted.
      for (let i = 0; i < count; i++) await new Promise((resolve) => raf.call(window, resolve));
      return frames - before;
    },
    watch(thing: object, label = String(watched.length)): void {
      watched.push({ ref: new WeakRef(thing), label });
    },
    async survivors(): Promise<string[] | null> {
      const gc = (window as unknown as { gc?: () => void }).gc;
      if (!gc) return null;
      // WeakRefs hold their target until the end of the current task: collect between tasks until
      // none is left, for up to 90 s (pending work of the page, e.g. debounced redraws or a layout
      // under way, ends meanwhile; much later on a machine busy with other test suites: with two
      // full suites on two cores, one element in several hundred was seen alive after 30 s). This
      // returns as soon as all are gone, so the bound only decides how long a real leak, which
      // outlives any wait, takes to be reported.
      const alive = () => watched.filter(({ ref }) => ref.deref() !== undefined).map(({ label }) => label);
      for (let i = 0; i < 900 && (i < 3 || alive().length > 0); i++) {
        await new Promise((resolve) => setTimeout(resolve, i < 3 ? 20 : 100));
        gc();
      }
      return alive();
    },
    restore(): void {
      EventTarget.prototype.addEventListener = add;
      EventTarget.prototype.removeEventListener = remove;
      MediaQueryList.prototype.addListener = mqlAdd;
      MediaQueryList.prototype.removeListener = mqlRemove;
      Object.assign(window, natives);
      window.Worker = NativeWorker;
      window.setInterval = setInterval_;
      window.clearInterval = clearInterval_;
      window.requestAnimationFrame = raf;
    },
  };
}
