#!/usr/bin/env node
// The `actor-graph` command. A published package runs its built file; a checkout runs the
// TypeScript sources through tsx, so `npx actor-graph` works without a build step.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const built = fileURLToPath(new URL('../dist/cli/actor-graph.js', import.meta.url));
if (existsSync(built)) {
  await import(pathToFileURL(built).href);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../src/cli/actor-graph.ts');
}
