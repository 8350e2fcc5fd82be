/**
 * Where a graph file comes from, judged against the page that shows it. A link can name any
 * address as the graph to show, so a graph from another site is named as such on screen, and
 * a deployment can list the only other sites it opens graphs from. Pure: no fetch, no DOM.
 */

/** How a graph's address stands to the page showing it. */
export type SourceStanding =
  /** The page's own origin (or an address that is not a URL, left for the fetch to refuse). */
  | { kind: 'own' }
  /** Another origin, opened: `host` names it for the reader. */
  | { kind: 'other'; origin: string; host: string }
  /** Another origin that the page's list of allowed sources does not name. */
  | { kind: 'refused'; origin: string; host: string };

const WEB = new Set(['http:', 'https:']);

function parse(address: string, base?: string): URL | null {
  try {
    return new URL(address, base);
  } catch {
    return null;
  }
}

/**
 * The origins a setting lists, e.g. `"https://a.example https://b.example:8443"`, separated by
 * spaces or commas. Each entry is an http(s) origin alone, a final `/` allowed; an entry with a
 * path, query or credentials is left out rather than read as its whole origin, so that a list
 * stays as narrow as it looks. `null` (no setting) gives `null`: every origin is opened.
 */
export function allowedOrigins(setting: string | null | undefined): Set<string> | null {
  if (setting === null || setting === undefined) return null;
  const origins = new Set<string>();
  for (const entry of setting.split(/[\s,]+/).filter(Boolean)) {
    const url = parse(entry);
    if (!url || !WEB.has(url.protocol) || url.username || url.password) continue;
    if (url.pathname !== '/' || url.search || url.hash || /[?#]/.test(entry)) continue;
    origins.add(url.origin);
  }
  return origins;
}

/**
 * How `src` stands to the page at `page`: its own origin, another one opened, or another one
 * refused because `allowed` (from `allowedOrigins`) does not list it. Addresses are resolved
 * against the page. An address without an origin of its own (`data:`) is never the page's.
 */
export function sourceStanding(src: string, page: string, allowed: ReadonlySet<string> | null): SourceStanding {
  const here = parse(page);
  const url = here ? parse(src, here.href) : null;
  if (!here || !url) return { kind: 'own' };
  const opaque = url.origin === 'null';
  if (!opaque && url.origin === here.origin) return { kind: 'own' };
  // A page opened from disk reads files beside it; they are its own.
  if (url.protocol === 'file:' && here.protocol === 'file:') return { kind: 'own' };
  // The host as the URL parser writes it, in ASCII (punycode), so that a look-alike letter of
  // another script shows as such; with its port when not the scheme's own.
  const named = opaque
    ? { origin: url.protocol, host: `a ${url.protocol} address` }
    : { origin: url.origin, host: new URL(url.origin).host };
  if (allowed && (opaque || !allowed.has(url.origin))) return { kind: 'refused', ...named };
  return { kind: 'other', ...named };
}

/** Where a graph came from, as an exported image's caption ends: the image leaves the site behind. */
export function loadedFrom(host: string): string {
  return `Graph loaded from ${host}`;
}

/** The notice under the title of a graph from another origin. */
export function otherOriginNotice(host: string): string {
  return `${loadedFrom(host)} — not from this site`;
}

/** Why a graph from `origin` was not opened, naming the setting that refused it and what it allows. */
export function refusedMessage(origin: string, allowed: ReadonlySet<string>): string {
  const list = allowed.size ? `lists only ${[...allowed].join(', ')}` : 'lists no other site';
  return `graphs from ${origin} are not opened here: the page's allowed-sources setting ${list}.`;
}
