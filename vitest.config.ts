import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { findChromium } from './src/cli/chromium.ts';
import { faultRoutes } from './tests/support/faults.ts';
import { heapRetainers } from './tests/support/heap-retainers.ts';

/**
 * The Chromium the component tests drive (src/cli/chromium.ts says where it looks; none is
 * downloaded). `npm test` stops before this file is read when there is none.
 */
const search = findChromium(process.env);
const chromium = 'path' in search ? search.path : undefined;

export default defineConfig({
  // Pre-bundled up front: found mid-run, Vite would re-optimise and reload the page under the tests.
  optimizeDeps: {
    include: [
      'lit',
      'lit/decorators.js',
      'lit/directives/live.js',
      'graphology',
      'valibot',
      'cytoscape',
      'cytoscape-cola',
      '@xmldom/xmldom',
      'papaparse',
      'axe-core',
    ],
  },
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          // A time-out only catches a test that hangs. The command-line tests start Node processes,
          // which a 2-core machine running a second suite beside this one slows several times over.
          testTimeout: 90_000,
          hookTimeout: 90_000,
          include: ['tests/**/*.test.ts'],
          exclude: ['tests/**/*.browser.test.ts'],
        },
      },
      {
        // Test-only answers at /__faults/* (404, 500, HTML, held, stalled, endless…): see tests/support/faults.ts.
        plugins: [faultRoutes()],
        test: {
          name: 'browser',
          include: ['tests/**/*.browser.test.ts'],
          // A server on another origin (127.0.0.2) for CORS refusals.
          globalSetup: ['tests/support/browser-setup.ts'],
          // Only catches a hang: axe over every state of the explorer takes 10 s alone and over 40 s
          // with a second suite running beside it on 2 cores.
          testTimeout: 90_000,
          hookTimeout: 90_000,
          // Conditions waited for with expect.poll: a second is short on a busy 2-core machine.
          // A condition met returns at once; only a failure waits this long.
          expect: { poll: { timeout: 15_000 } },
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({
              launchOptions: {
                executablePath: chromium,
                // gc() for the leak tests, which check that removed elements are collected.
                args: [
                  '--no-sandbox',
                  '--disable-gpu',
                  '--disable-background-networking',
                  '--disable-component-update',
                  '--no-first-run',
                  '--disable-sync',
                  '--js-flags=--expose-gc',
                ],
              },
            }),
            // What holds an element a leak test found alive, for its failure message.
            commands: { heapRetainers },
            instances: [{ browser: 'chromium', viewport: { width: 1200, height: 800 } }],
          },
        },
      },
    ],
  },
});
