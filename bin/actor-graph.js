#!/usr/bin/env node
// The `actor-graph` command. A checkout runs the TypeScript sources through tsx, so `npx
// actor-graph` works without a build step and never runs a stale build; a published package
// (which ships dist/ and not src/) runs its built file, dist/cli/actor-graph.js.
import { existsSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';

const source = fileURLToPath(new URL('../src/cli/actor-graph.ts', import.meta.url));
const built = fileURLToPath(new URL('../dist/cli/actor-graph.js', import.meta.url));
if (existsSync(source) || !existsSync(built)) {
  const { register } = await import('tsx/esm/api');
  register();
  await import(pathToFileURL(source).href);
} else {
  await import(pathToFileURL(built).href);
}
