/**
 * `<actor-graph src>` against servers that fail: real HTTP answers from the test-only routes of
 * tests/support/faults.ts (404, 500, a body that is not JSON or is a web page, held, stalled,
 * endless, dropped) and a server on another origin that sends no CORS headers. Each failure
 * fires `graph-error` with the reason in plain words and shows it in part="error"; the graph
 * drawn before stays, drawn as it was and usable; the latest `src` wins and a cancelled load
 * draws nothing; a removed element gives its request up, and asks again when added back.
 */
import { afterEach, beforeEach, describe, expect, inject, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../../src/components/actor-graph.ts';
import type { ActorGraphElement, LoadResult } from '../../src/components/actor-graph.ts';
import type { GraphDocument, Problem } from '../../src/model/format.ts';
import { LIMITS } from '../../src/model/limits.ts';
import { parseDocument } from '../../src/model/validate.ts';
import { DEFAULT_TIMEOUT } from '../../src/view/fetch-document.ts';
import { abortedBy, faultLog, receivedBy, release } from '../support/fault-log.ts';

const SEED_URL = '/graph/russia-taliban-2016.json';
const CORS = inject('corsOrigin');
const NETWORK = 'the server refused the request or the network failed (CORS or offline)';

/** Every fault tried, with the one problem it must give. */
const FAULTS: { what: string; src: string; timeout?: number; problems: Problem[] }[] = [
  {
    what: 'a 404',
    src: '/__faults/404',
    problems: [{ path: '$', message: 'could not load /__faults/404: the server answered 404 Not Found' }],
  },
  {
    what: 'a missing file on the dev server',
    src: '/graph/no-such-file.json',
    problems: [{ path: '$', message: 'could not load /graph/no-such-file.json: the server answered 404 Not Found' }],
  },
  {
    what: 'a 500',
    src: '/__faults/500',
    problems: [{ path: '$', message: 'could not load /__faults/500: the server answered 500 Internal Server Error' }],
  },
  {
    what: 'a body that is not JSON',
    src: '/__faults/not-json',
    problems: (parseDocument('this is not JSON {') as { problems: Problem[] }).problems,
  },
  {
    what: 'a web page instead of JSON',
    src: '/__faults/html',
    problems: [{ path: '$', message: 'could not load /__faults/html: the server answered with a web page (HTML), not a graph file' }],
  },
  {
    what: 'an answer slower than the timeout',
    src: '/__faults/held?id=timeout',
    timeout: 300,
    problems: [{ path: '$', message: 'could not load /__faults/held?id=timeout: the request took longer than 0.3 s' }],
  },
  {
    what: 'a body that stops coming',
    src: '/__faults/stall',
    timeout: 300,
    problems: [{ path: '$', message: 'could not load /__faults/stall: the request took longer than 0.3 s' }],
  },
  {
    what: 'a body announced as 200 MB',
    src: '/__faults/huge',
    problems: [{ path: '$', message: 'could not load /__faults/huge: the file is 200.0 MB; the limit is 33,554,432 characters' }],
  },
  {
    what: 'a body that never ends',
    src: '/__faults/endless?id=fault',
    problems: [
      {
        path: '$',
        message: 'could not load /__faults/endless?id=fault: the file holds more than 33,554,432 characters; the limit is 33,554,432',
      },
    ],
  },
  {
    what: 'a dropped connection',
    src: '/__faults/reset',
    problems: [{ path: '$', message: `could not load /__faults/reset: ${NETWORK}` }],
  },
  {
    what: 'another origin without CORS headers',
    src: `${CORS}/`,
    problems: [{ path: '$', message: `could not load ${CORS}/: ${NETWORK}` }],
  },
  {
    what: 'an address that does not parse',
    src: 'http://[::1',
    problems: [{ path: '$', message: 'could not load http://[::1: it is not a valid address' }],
  },
  {
    what: 'an ftp address',
    src: 'ftp://example.org/graph.json',
    problems: [{ path: '$', message: 'could not load ftp://example.org/graph.json: only http and https addresses can be loaded' }],
  },
];

let uncaught: string[] = [];
const onError = (event: ErrorEvent) => uncaught.push(`error: ${event.message}`);
const onRejection = (event: PromiseRejectionEvent) => uncaught.push(`unhandledrejection: ${String(event.reason)}`);

beforeEach(() => {
  uncaught = [];
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  document.body.replaceChildren();
  expect(uncaught).toEqual([]);
});

const counts = (el: ActorGraphElement) => (el.cy ? `${el.cy.nodes().length}/${el.cy.edges().length}` : 'not drawn');
const positions = (el: ActorGraphElement) => JSON.stringify(el.cy!.nodes().map((n) => [n.id(), n.position()]));
const errorBox = (el: ActorGraphElement) => el.shadowRoot!.querySelector<HTMLElement>('[part="error"]');

/** Every event of these types the element fires, in order. */
function record(el: ActorGraphElement): string[] {
  const seen: string[] = [];
  for (const type of ['graph-ready', 'graph-error']) el.addEventListener(type, () => seen.push(type));
  return seen;
}

async function seeded(): Promise<ActorGraphElement> {
  const el = document.createElement('actor-graph');
  el.style.width = '800px';
  el.style.height = '500px';
  el.src = SEED_URL;
  document.body.append(el);
  expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
  return el;
}

function tiny(): GraphDocument {
  return {
    version: 1,
    title: 'tiny',
    sources: [],
    actors: [
      { id: 'a', label: 'A' },
      { id: 'b', label: 'B' },
    ],
    relations: [{ id: 'a-b', source: 'a', target: 'b', type: 'hostility' }],
  };
}

describe('<actor-graph src> when the load fails', () => {
  it('has a documented default timeout of 30 s', () => {
    const el = document.createElement('actor-graph');
    expect(el.timeout).toBe(DEFAULT_TIMEOUT);
    expect(DEFAULT_TIMEOUT).toBe(30_000);
  });

  it('reaches the other origin when it does allow CORS (the refusal below is CORS, not a dead server)', async () => {
    const el = await seeded();
    el.src = `${CORS}/open`;
    expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
  });

  for (const fault of FAULTS) {
    it(`${fault.what}: graph-error in plain words, the previous graph kept as it was and usable`, async () => {
      const el = await seeded();
      const graph = el.graph;
      const before = positions(el);
      const events = record(el);
      const errors: Problem[][] = [];
      el.addEventListener('graph-error', (event) => errors.push((event as CustomEvent<{ problems: Problem[] }>).detail.problems));
      if (fault.timeout) el.timeout = fault.timeout;
      el.src = fault.src;
      const result: LoadResult = await el.ready;
      expect(result).toEqual({ ok: false, problems: fault.problems });
      expect(errors).toEqual([fault.problems]);
      expect(events).toEqual(['graph-error']);

      // Readable, and saying the graph shown is the previous one.
      await el.updateComplete;
      const box = errorBox(el)!;
      expect(box.getAttribute('role')).toBe('alert');
      expect(box.textContent).toContain('The graph could not be loaded; the previous graph is still shown.');
      for (const p of fault.problems) expect(box.textContent.replace(/\s+/g, ' ')).toContain(`${p.path} ${p.message}`);

      // Nothing half drawn: the same graph, elements and positions, nothing dimmed or hidden.
      expect(el.graph).toBe(graph);
      expect(counts(el)).toBe('14/37');
      expect(positions(el)).toBe(before);
      expect(el.cy!.elements('.ag-filtered, .ag-unfocused, .ag-dimmed, .ag-path')).toHaveLength(0);

      // Usable: the keyboard moves the selection, paths are found, the box is dismissed.
      el.focus();
      await userEvent.keyboard('{Home}');
      await el.updateComplete;
      expect(el.selected).toBe('afghan-government');
      expect(el.findPaths('Russia', 'India').ok).toBe(true);
      await userEvent.click(box.querySelector('button')!);
      await el.updateComplete;
      expect(errorBox(el)).toBeNull();
      expect(counts(el)).toBe('14/37');
    });
  }

  it('reads the timeout attribute, whatever the order of the attributes', async () => {
    document.body.innerHTML = '<actor-graph src="/__faults/held?id=attribute" timeout="200" style="height: 300px"></actor-graph>';
    const el = document.querySelector('actor-graph')!;
    expect(el.timeout).toBe(200);
    // The message names the timeout the request was given up after: 0.2 s, not the default 30 s.
    expect(await el.ready).toEqual({
      ok: false,
      problems: [{ path: '$', message: 'could not load /__faults/held?id=attribute: the request took longer than 0.2 s' }],
    });
    await abortedBy('attribute');
    expect(el.graph).toBeNull();
    await el.updateComplete;
    // Nothing was shown before: the box does not speak of a previous graph.
    expect(errorBox(el)!.textContent).not.toContain('previous graph');
  });

  it('stops reading a body that never ends at the character limit, not long after', async () => {
    const el = await seeded();
    el.src = '/__faults/endless?id=limit';
    expect(await el.ready).toEqual({
      ok: false,
      problems: [
        {
          path: '$',
          message: 'could not load /__faults/endless?id=limit: the file holds more than 33,554,432 characters; the limit is 33,554,432',
        },
      ],
    });
    await abortedBy('limit');
    // Sent past the limit: what the buffers on the way (the server's, the system's, the
    // browser's) held when the page hung up, 11 to 21 million characters in five runs here. The
    // bound is the most bytes a file at the limit can hold (3 a character); read to its end, the
    // body would have gone on until the timeout, gigabytes later.
    expect((await faultLog()).sent.limit).toBeLessThan(3 * LIMITS.characters);
    expect(counts(el)).toBe('14/37');
  });
});

describe('<actor-graph src> replaced while loading', () => {
  // The server logs a held request it received, and one the page gave up: once it has seen the
  // page hang up, the answer can no longer come, so what is on screen then is final.

  it('a new src wins: the held one is cancelled and draws nothing', async () => {
    const el = await seeded();
    const events = record(el);
    el.src = '/__faults/held?id=replaced-by-src';
    await receivedBy('replaced-by-src');
    el.src = '/embed-example.json';
    expect(await el.ready).toEqual({ ok: true, actors: 5, relations: 6 });
    await abortedBy('replaced-by-src');
    expect(await release('replaced-by-src')).toBe(0);
    expect(counts(el)).toBe('5/6');
    expect(el.graph!.order).toBe(5);
    expect(events).toEqual(['graph-ready']);
  });

  it('data set while a src loads wins, and the fetch is cancelled', async () => {
    const el = await seeded();
    const events = record(el);
    el.src = '/__faults/held?id=replaced-by-data';
    await receivedBy('replaced-by-data');
    el.data = tiny();
    expect(await el.ready).toEqual({ ok: true, actors: 2, relations: 1 });
    await abortedBy('replaced-by-data');
    expect(counts(el)).toBe('2/1');
    expect(events).toEqual(['graph-ready']);
  });

  it('a failing src set after a held one: the error shows, the held graph never does', async () => {
    const el = await seeded();
    el.data = tiny();
    await el.ready;
    const events = record(el);
    el.src = '/__faults/held?id=replaced-by-404';
    await receivedBy('replaced-by-404');
    el.src = '/__faults/404';
    expect((await el.ready).ok).toBe(false);
    await abortedBy('replaced-by-404');
    expect(counts(el)).toBe('2/1');
    expect(events).toEqual(['graph-error']);
  });

  it('two src set at once: only the second is requested', async () => {
    const el = await seeded();
    const requested: string[] = [];
    const native = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(input instanceof Request ? input.url : String(input));
      return native(input, init);
    };
    try {
      el.src = '/__faults/held?id=never-requested';
      el.src = '/embed-example.json';
      expect(await el.ready).toEqual({ ok: true, actors: 5, relations: 6 });
    } finally {
      window.fetch = native;
    }
    expect(requested).toEqual(['/embed-example.json']);
  });
});

describe('<actor-graph src> removed while loading', () => {
  it('cancels its fetch, so that nothing holds on to it, and draws nothing while off the page', async () => {
    const el = await seeded();
    const events = record(el);
    el.src = '/__faults/held?id=removed';
    await receivedBy('removed');
    el.remove();
    await abortedBy('removed');
    expect(el.cy).toBeNull();
    expect(events).toEqual([]);
  });

  it('fetches again when added back, and draws what comes', async () => {
    const el = await seeded();
    el.data = tiny();
    await el.ready;
    const events = record(el);
    el.src = '/__faults/held?id=added-back';
    await receivedBy('added-back');
    el.remove();
    await abortedBy('added-back');
    document.body.append(el);
    await receivedBy('added-back', 2);
    expect(await release('added-back')).toBe(1);
    expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    expect(counts(el)).toBe('14/37');
    expect(events).toEqual(['graph-ready']);
  });

  it('does not fetch again when added back after the load ended', async () => {
    const el = await seeded();
    el.src = '/__faults/held?id=ended';
    await receivedBy('ended');
    expect(await release('ended')).toBe(1);
    expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    const requested: string[] = [];
    const native = window.fetch;
    window.fetch = (input: RequestInfo | URL, init?: RequestInit) => {
      requested.push(input instanceof Request ? input.url : String(input));
      return native(input, init);
    };
    try {
      el.remove();
      document.body.append(el);
      // Drawn again on its new canvas, from the graph it holds.
      expect(await el.ready).toEqual({ ok: true, actors: 14, relations: 37 });
    } finally {
      window.fetch = native;
    }
    expect(requested).toEqual([]);
    expect(counts(el)).toBe('14/37');
  });
});
