/**
 * Where Chromium is on this machine, for everything that drives one: the component tests
 * (vitest.config.ts), the end-to-end tests (tests/support/e2e.ts) and `actor-graph export`
 * (src/cli/render.ts). Plain Node, no browser is ever downloaded.
 *
 * The places, in order:
 * 1. CHROMIUM_PATH, when set. It is then the only place: a setting naming no file is reported,
 *    not passed over, so that a typo does not quietly pick another browser.
 * 2. Debian's and Ubuntu's: /usr/bin/chromium, /usr/bin/chromium-browser.
 * 3. Playwright's download cache: $PLAYWRIGHT_BROWSERS_PATH, else ~/.cache/ms-playwright, or on
 *    macOS ~/Library/Caches/ms-playwright. In it, newest revision first, the `chrome` of a
 *    chromium-<revision>/chrome-linux<suffix> folder, or on macOS the
 *    Chromium.app/Contents/MacOS/Chromium of a chromium-<revision>/chrome-mac<suffix> folder.
 * 4. Google Chrome's usual places on Linux and macOS.
 * 5. chromium, chromium-browser, google-chrome-stable or google-chrome on PATH.
 */
import { readdirSync, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The browser found, or in a few words why none was. */
export type ChromiumSearch = { path: string } | { problem: string };

/** The environment variables the search reads. */
export interface ChromiumEnv {
  CHROMIUM_PATH?: string | undefined;
  PLAYWRIGHT_BROWSERS_PATH?: string | undefined;
  HOME?: string | undefined;
  PATH?: string | undefined;
}

export const DEBIAN_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROME_PATHS = [
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
];

/** Names tried in each folder of PATH, last of all. */
export const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/** What to do about it, the same words wherever a browser is missing. */
export const GET_CHROMIUM = 'Debian/Ubuntu: sudo apt-get install chromium — or set CHROMIUM_PATH to a Chromium or Chrome binary.';

/** Playwright's cache folder: the one PLAYWRIGHT_BROWSERS_PATH names, else the system's usual one under HOME. */
function playwrightCache(env: ChromiumEnv, platform: NodeJS.Platform): string | undefined {
  const named = env.PLAYWRIGHT_BROWSERS_PATH?.trim();
  if (named) return named;
  const home = env.HOME?.trim();
  if (!home) return undefined;
  return platform === 'darwin' ? join(home, 'Library', 'Caches', 'ms-playwright') : join(home, '.cache', 'ms-playwright');
}

/** The number of a `chromium-1187` folder, for newest-first order. */
const revision = (name: string): number => Number(/^chromium-(\d+)$/.exec(name)?.[1] ?? -1);

/** Every Chromium binary in a Playwright cache folder, newest revision first. */
function playwrightBinaries(cache: string, list: (dir: string) => string[]): string[] {
  const found: string[] = [];
  const builds = list(cache)
    .filter((name) => name.startsWith('chromium-'))
    .sort((a, b) => revision(b) - revision(a) || (a < b ? 1 : -1));
  for (const build of builds) {
    for (const platform of list(join(cache, build)).sort()) {
      if (platform.startsWith('chrome-linux')) found.push(join(cache, build, platform, 'chrome'));
      else if (platform.startsWith('chrome-mac')) found.push(join(cache, build, platform, 'Chromium.app', 'Contents', 'MacOS', 'Chromium'));
    }
  }
  return found;
}

/**
 * Looks for Chromium in the places listed at the top of this file. `exists` says whether a path
 * is a file and `list` names a folder's entries ([] when there is no such folder); they default
 * to the real file system, and they and `platform` are there for tests.
 */
export function findChromium(
  env: ChromiumEnv = process.env,
  exists: (path: string) => boolean = isFile,
  list: (dir: string) => string[] = listDir,
  platform: NodeJS.Platform = process.platform,
): ChromiumSearch {
  const named = env.CHROMIUM_PATH?.trim();
  if (named) return exists(named) ? { path: named } : { problem: `CHROMIUM_PATH=${named} is not a file` };
  const cache = playwrightCache(env, platform);
  const caches = cache === undefined ? [] : [cache];
  const onPath = (env.PATH ?? '').split(delimiter).filter(Boolean);
  const candidates = [
    ...DEBIAN_PATHS,
    ...caches.flatMap((cache) => playwrightBinaries(cache, list)),
    ...CHROME_PATHS,
    ...onPath.flatMap((dir) => PATH_NAMES.map((name) => join(dir, name))),
  ];
  const path = candidates.find((candidate) => exists(candidate));
  if (path !== undefined) return { path };
  const places = [
    'CHROMIUM_PATH',
    ...DEBIAN_PATHS,
    ...caches.map((cache) => `${cache}/chromium-*`),
    ...CHROME_PATHS,
    `${PATH_NAMES.join(', ')} on PATH`,
  ];
  return { problem: `looked at ${places.join(', ')}` };
}

/**
 * The one line said when Chromium is missing: "No Chromium found for the component tests
 * (looked at …). Debian/Ubuntu: sudo apt-get install chromium — or set CHROMIUM_PATH …".
 */
export function noChromiumMessage(problem: string, purpose = 'for the component tests'): string {
  const why = problem.startsWith('looked at ') ? ` (${problem})` : `: ${problem}`;
  return `No Chromium found ${purpose}${why}. ${GET_CHROMIUM}`;
}

function isFile(path: string): boolean {
  try {
    return statSync(path).isFile();
  } catch {
    return false;
  }
}

function listDir(dir: string): string[] {
  try {
    return readdirSync(dir);
  } catch {
    return [];
  }
}
