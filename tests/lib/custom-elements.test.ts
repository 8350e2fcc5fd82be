/**
 * custom-elements.json as `npm run build:manifest` makes it (the analyzer with the project's
 * config), written to a temporary folder: what editors and catalogues learn of `<actor-graph>`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

interface Named {
  name: string;
  description?: string;
  type?: { text: string };
  fieldName?: string;
  kind?: string;
  privacy?: string;
  readonly?: boolean;
}
interface Declaration extends Named {
  tagName?: string;
  customElement?: boolean;
  attributes?: Named[];
  members?: Named[];
  events?: Named[];
  cssParts?: Named[];
  cssProperties?: Named[];
}
interface Manifest {
  schemaVersion: string;
  modules: { path: string; declarations: Declaration[]; exports: { kind: string; name: string; declaration: { module: string } }[] }[];
}

let dir: string;
let manifest: Manifest;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'actor-graph-cem-'));
  // The analyzer joins --outdir to the working folder, so it is given relative to it.
  const run = spawnSync(
    process.execPath,
    [
      'node_modules/@custom-elements-manifest/analyzer/cem.js',
      'analyze',
      '--config',
      'custom-elements-manifest.config.mjs',
      '--outdir',
      relative(process.cwd(), dir),
      '--quiet',
    ],
    { encoding: 'utf8', timeout: 60_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  manifest = JSON.parse(readFileSync(join(dir, 'custom-elements.json'), 'utf8')) as Manifest;
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const elements = () => manifest.modules.flatMap((m) => m.declarations.filter((d) => d.customElement).map((d) => ({ module: m, d })));
const element = (tag: string) => {
  const found = elements().find((e) => e.d.tagName === tag);
  if (!found) throw new Error(`no ${tag} in the manifest`);
  return found;
};
const names = (list: Named[] | undefined) => (list ?? []).map((x) => x.name);

describe('custom-elements.json', () => {
  it('lists every element of the package, at the path of its published module', () => {
    const tags = elements()
      .map((e) => e.d.tagName)
      .sort();
    expect(tags).toEqual(
      expect.arrayContaining([
        'actor-graph',
        'actor-graph-actor-form',
        'actor-graph-balance',
        'actor-graph-details',
        'actor-graph-evidence-form',
        'actor-graph-explorer',
        'actor-graph-filters',
        'actor-graph-legend',
        'actor-graph-path-finder',
        'actor-graph-relation-form',
        'actor-graph-search',
        'actor-graph-sources',
        'actor-graph-table',
        'actor-graph-timebar',
      ]),
    );
    for (const { module } of elements()) expect(module.path).toMatch(/^dist\/lib\/components\/[a-z-]+\.js$/);
    const { module } = element('actor-graph');
    expect(module.path).toBe('dist/lib/components/actor-graph.js');
    expect(module.exports).toContainEqual({
      kind: 'custom-element-definition',
      name: 'actor-graph',
      declaration: { name: 'ActorGraphElement', module: 'dist/lib/components/actor-graph.js' },
    });
  });

  it('gives <actor-graph> its attributes with their properties, and its public properties and methods', () => {
    const { d } = element('actor-graph');
    expect(d.name).toBe('ActorGraphElement');
    expect(d.attributes!.map((a) => [a.name, a.fieldName])).toEqual([
      ['timeout', 'timeout'],
      ['src', 'src'],
      ['types', 'types'],
      ['as-of', 'asOf'],
      ['known-on', 'knownOn'],
      ['possible', 'possible'],
      ['camps', 'camps'],
      ['size-by', 'sizeBy'],
      ['selected', 'selected'],
      ['controls', 'controls'],
      ['wheel', 'wheel'],
      ['layout', 'layout'],
    ]);
    for (const attribute of d.attributes!) expect(attribute.description, attribute.name).toBeTruthy();
    const visible = (d.members ?? []).filter((m) => !m.privacy || m.privacy === 'public');
    const fields = visible.filter((m) => m.kind === 'field').map((m) => m.name);
    expect(fields).toEqual(
      expect.arrayContaining([
        'src',
        'timeout',
        'data',
        'types',
        'asOf',
        'knownOn',
        'possible',
        'selected',
        'camps',
        'sizeBy',
        'choose',
        'shownCamps',
        'wheel',
        'layout',
        'graph',
        'cy',
        'ready',
      ]),
    );
    for (const name of ['graph', 'cy', 'ready', 'shownCamps']) expect(visible.find((m) => m.name === name)!.readonly, name).toBe(true);
    const methods = visible.filter((m) => m.kind === 'method').map((m) => m.name);
    expect(methods).toEqual(expect.arrayContaining(['findPaths', 'focusOn', 'highlight', 'clearHighlight', 'fit', 'refreshTheme']));
    // focus() is the browser's; its former form with an actor is listed as deprecated.
    const focus = visible.filter((m) => m.name === 'focus') as (Named & { parameters?: Named[]; deprecated?: string })[];
    expect(focus.map((m) => [m.parameters!.map((p) => p.name), m.deprecated])).toEqual([
      [['options'], undefined],
      [['actor', 'depth'], 'Use `focusOn(actor, depth)`; `focus(actor, depth)` goes in the next minor version.'],
    ]);
    // Nothing private leaks into what users see.
    expect(visible.map((m) => m.name).filter((name) => name.startsWith('#') || name.startsWith('_'))).toEqual([]);
  });

  it('gives <actor-graph> exactly its five events, typed and described', () => {
    const { d } = element('actor-graph');
    expect(names(d.events)).toEqual(['graph-ready', 'graph-error', 'actor-select', 'relation-select', 'path-change']);
    expect(d.events!.find((e) => e.name === 'graph-ready')!.type).toEqual({ text: 'CustomEvent<GraphReadyDetail>' });
    for (const event of d.events!) expect(event.description, event.name).toBeTruthy();
  });

  it('gives <actor-graph> its CSS parts and custom properties', () => {
    const { d } = element('actor-graph');
    expect(names(d.cssParts)).toEqual(['canvas', 'legend', 'error', 'summary', 'hint', 'controls', 'tooltip']);
    expect(names(d.cssProperties)).toEqual([
      '--actor-graph-background',
      '--actor-graph-text',
      '--actor-graph-cooperation',
      '--actor-graph-hostility',
      '--actor-graph-contested',
      '--actor-graph-node-fill',
      '--actor-graph-node-border',
      '--actor-graph-highlight',
      '--actor-graph-focus-ring',
      '--actor-graph-font',
    ]);
    for (const property of [...d.cssParts!, ...d.cssProperties!]) expect(property.description, property.name).toBeTruthy();
  });

  it('types every event of every element with the detail events.ts gives its name, and describes it', () => {
    // The map of src/components/events.ts, read from its source: `'actor-select': CustomEvent<ActorSelectDetail>;`.
    const source = readFileSync('src/components/events.ts', 'utf8');
    const map = source.slice(source.indexOf('export interface ActorGraphEventMap'));
    const declared = new Map([...map.slice(0, map.indexOf('}')).matchAll(/'([a-z-]+)': (CustomEvent<\w+>);/g)].map((m) => [m[1]!, m[2]!]));
    const events = elements().flatMap(({ d }) => (d.events ?? []).map((e) => ({ tag: d.tagName!, ...e })));
    expect(events.map((e) => `${e.tag} ${e.name}`).sort()).toEqual([
      'actor-graph actor-select',
      'actor-graph graph-error',
      'actor-graph graph-ready',
      'actor-graph path-change',
      'actor-graph relation-select',
      'actor-graph-actor-form actor-submit',
      'actor-graph-balance actor-select',
      'actor-graph-balance pair-choice',
      'actor-graph-balance relation-select',
      'actor-graph-balance triad-highlight',
      'actor-graph-details actor-select',
      'actor-graph-details edit-request',
      'actor-graph-details evidence-show',
      'actor-graph-details focus-change',
      'actor-graph-details locator-fix',
      'actor-graph-details relation-select',
      'actor-graph-evidence-form evidence-submit',
      'actor-graph-explorer file-problems',
      'actor-graph-explorer state-change',
      'actor-graph-export-menu export-done',
      'actor-graph-export-menu export-error',
      'actor-graph-filters filter-change',
      'actor-graph-path-finder actor-select',
      'actor-graph-path-finder path-highlight',
      'actor-graph-path-finder path-query',
      'actor-graph-path-finder relation-select',
      'actor-graph-relation-form relation-submit',
      'actor-graph-search actor-select',
      'actor-graph-sources evidence-cite',
      'actor-graph-sources source-text',
      'actor-graph-table relation-select',
      'actor-graph-timebar time-change',
    ]);
    expect(declared.size).toBe(24);
    for (const event of events) {
      expect(event.type, `${event.tag} ${event.name}`).toEqual({ text: declared.get(event.name) });
      expect(event.description, `${event.tag} ${event.name}`).toBeTruthy();
    }
    // An event fired from several elements is one event: the same detail from each.
    expect(events.filter((e) => e.name === 'actor-select').map((e) => e.type!.text)).toEqual(
      Array(5).fill('CustomEvent<ActorSelectDetail>'),
    );
  });

  it('lists no event named after a variable (a dispatch of `new CustomEvent(type)`)', () => {
    for (const { d } of elements()) {
      for (const event of d.events ?? []) expect(event.name, `${d.tagName} event`).toMatch(/^[a-z]+(-[a-z]+)+$/);
    }
  });
});
