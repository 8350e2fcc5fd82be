import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findChromium, noChromiumMessage } from '../../src/cli/chromium.ts';

/** A file system holding only `files`: what exists, and what a folder lists. */
function fakeDisk(files: string[]) {
  const exists = (path: string): boolean => files.includes(path);
  const list = (dir: string): string[] => {
    const names = files.filter((file) => file.startsWith(`${dir}/`)).map((file) => file.slice(dir.length + 1).split('/')[0]!);
    return [...new Set(names)];
  };
  return { exists, list };
}

const find = (env: Record<string, string>, files: string[], platform: NodeJS.Platform = 'linux') => {
  const disk = fakeDisk(files);
  return findChromium(env, disk.exists, disk.list, platform);
};

const HOME = '/home/ann';
const LINUX_CACHE = `${HOME}/.cache/ms-playwright/chromium-1187/chrome-linux/chrome`;
const MAC_CACHE = `${HOME}/Library/Caches/ms-playwright/chromium-1187/chrome-mac/Chromium.app/Contents/MacOS/Chromium`;

describe('findChromium', () => {
  it('takes the places in order: CHROMIUM_PATH, Debian, Playwright, Chrome, PATH', () => {
    const places = [
      '/usr/bin/chromium',
      '/usr/bin/chromium-browser',
      LINUX_CACHE,
      '/usr/bin/google-chrome',
      '/usr/bin/google-chrome-stable',
      '/opt/google/chrome/chrome',
      '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
      '/usr/local/bin/chromium',
    ];
    const env = { HOME, PATH: '/usr/local/bin' };
    expect(find({ ...env, CHROMIUM_PATH: '/srv/chrome' }, ['/srv/chrome', ...places])).toEqual({ path: '/srv/chrome' });
    // Each place is found once every place before it is gone.
    places.forEach((place, i) => expect(find(env, places.slice(i))).toEqual({ path: place }));
  });

  it("looks in PLAYWRIGHT_BROWSERS_PATH instead of HOME's cache, and on macOS in ~/Library/Caches", () => {
    expect(find({ HOME, PLAYWRIGHT_BROWSERS_PATH: '/pw' }, [LINUX_CACHE, '/pw/chromium-1200/chrome-linux64/chrome'])).toEqual({
      path: '/pw/chromium-1200/chrome-linux64/chrome',
    });
    expect(find({ HOME }, [MAC_CACHE], 'darwin')).toEqual({ path: MAC_CACHE });
    expect(find({ HOME }, [MAC_CACHE], 'linux')).toMatchObject({ problem: expect.any(String) });
    // The newest revision first; headless shells and other browsers are not Chromium.
    const builds = ['chromium-999', 'chromium-1187', 'chromium_headless_shell-1187', 'firefox-1490'].map(
      (b) => `/pw/${b}/chrome-linux/chrome`,
    );
    expect(find({ PLAYWRIGHT_BROWSERS_PATH: '/pw' }, builds)).toEqual({ path: '/pw/chromium-1187/chrome-linux/chrome' });
  });

  it('reports a CHROMIUM_PATH naming no file, without looking elsewhere', () => {
    const search = find({ HOME, CHROMIUM_PATH: '/nonexistent' }, ['/usr/bin/chromium']);
    expect(search).toEqual({ problem: 'CHROMIUM_PATH=/nonexistent is not a file' });
    expect(noChromiumMessage('CHROMIUM_PATH=/nonexistent is not a file')).toBe(
      'No Chromium found for the component tests: CHROMIUM_PATH=/nonexistent is not a file. Debian/Ubuntu: sudo apt-get install chromium — or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  });

  it('says where it looked when nothing is found', () => {
    const search = find({ HOME, PATH: '/usr/local/bin:/usr/bin' }, []);
    expect('problem' in search && noChromiumMessage(search.problem)).toBe(
      'No Chromium found for the component tests (looked at CHROMIUM_PATH, /usr/bin/chromium, /usr/bin/chromium-browser, ' +
        '/home/ann/.cache/ms-playwright/chromium-*, /usr/bin/google-chrome, /usr/bin/google-chrome-stable, /opt/google/chrome/chrome, ' +
        '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome, chromium, chromium-browser, google-chrome-stable, google-chrome on PATH). ' +
        'Debian/Ubuntu: sudo apt-get install chromium — or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
  });
});

describe('the check npm test runs first', () => {
  const empty = mkdtempSync(join(tmpdir(), 'actor-graph-no-chromium-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('prints one line and fails when there is no Chromium', () => {
    const run = spawnSync(process.execPath, ['--import', 'tsx', 'tests/support/check-chromium.ts'], {
      encoding: 'utf8',
      timeout: 60_000,
      env: { CHROMIUM_PATH: '/nonexistent', PATH: empty, HOME: empty },
    });
    const output = run.stdout + run.stderr;
    expect(output).toBe(`${noChromiumMessage('CHROMIUM_PATH=/nonexistent is not a file')}\n`);
    expect(output.trimEnd().split('\n')).toHaveLength(1);
    expect(run.status).not.toBe(0);
  });
});
