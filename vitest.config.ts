import { existsSync } from 'node:fs';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

/** Debian's Chromium, or the one CHROMIUM_PATH names: no browser is downloaded. */
const chromium = process.env.CHROMIUM_PATH ?? ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => existsSync(p));

export default defineConfig({
  // Pre-bundled up front: found mid-run, Vite would re-optimise and reload the page under the tests.
  optimizeDeps: {
    include: ['lit', 'lit/decorators.js', 'lit/directives/live.js', 'graphology', 'valibot', 'cytoscape', 'cytoscape-cola', '@xmldom/xmldom', 'papaparse'],
  },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.browser.test.ts'],
        },
      },
      {
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: chromium,
                args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync'],
              },
            }),
            instances: [{ browser: 'chromium', viewport: { width: 1200, height: 800 } }],
          },
        },
      },
    ],
  },
});
