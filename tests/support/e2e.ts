/** What the end-to-end tests share: the Chromium the CLI finds, launched as the CLI launches it, and a loopback server. */
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { findChromium } from '../../src/cli/chromium.ts';
import { CHROMIUM_ARGS } from '../../src/cli/render.ts';

const search = findChromium(process.env);
/** The browser's path, or '' when there is none (the suites that need it then skip). */
export const executablePath = 'path' in search ? search.path : '';

/** Content types of the files the test servers send. */
export const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.map': 'application/json',
};

export const launchChromium = (): Promise<Browser> => chromium.launch({ executablePath, args: CHROMIUM_ARGS });

/** Starts `server` on a free loopback port; its origin. */
export async function listenOnLoopback(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  return `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
}

/** Where actor `id` of the `<actor-graph>` matching `selector` is drawn, in page pixels (to click it). */
export function actorPoint(page: Page, selector: string, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([s, actor]) => {
      const el = document.querySelector(s!) as unknown as HTMLElement & {
        cy: { getElementById(id: string): { renderedPosition(): { x: number; y: number } } };
      };
      const point = el.cy.getElementById(actor!).renderedPosition();
      const box = el.shadowRoot!.querySelector('[part="canvas"]')!.getBoundingClientRect();
      return { x: box.left + point.x, y: box.top + point.y };
    },
    [selector, id],
  );
}
