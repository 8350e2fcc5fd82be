/**
 * Global setup of the browser tests: the server on another origin that `corsServer` describes;
 * tests read its address with `inject('corsOrigin')`.
 */
import type { TestProject } from 'vitest/node';
import { corsServer } from './faults.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    corsOrigin: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const { origin, server } = await corsServer();
  project.provide('corsOrigin', origin);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}
