/**
 * The page's side of the fault routes of tests/support/faults.ts: what the server saw of held
 * and endless requests, waited for as conditions, and letting held answers go.
 */
import { expect } from 'vitest';

export interface FaultLog {
  /** Ids of held and endless requests the server received, once per request. */
  started: string[];
  /** Ids of those the client gave up before their answer ended. */
  aborted: string[];
  /** Characters of each endless body sent. */
  sent: Record<string, number>;
}

export async function faultLog(): Promise<FaultLog> {
  return (await fetch('/__faults/log')).json() as Promise<FaultLog>;
}

const times = (ids: string[], id: string) => ids.filter((seen) => seen === id).length;

/** Waits until the server has received request `id` `count` times in all. */
export async function receivedBy(id: string, count = 1): Promise<void> {
  await expect.poll(async () => times((await faultLog()).started, id), { message: `requests ${id} received` }).toBe(count);
}

/** Waits until the client has given up request `id` `count` times in all, as the server saw it. */
export async function abortedBy(id: string, count = 1): Promise<void> {
  await expect.poll(async () => times((await faultLog()).aborted, id), { message: `requests ${id} given up` }).toBe(count);
}

/** Lets the held requests `id` answer; how many there were. */
export async function release(id: string): Promise<number> {
  return ((await (await fetch(`/__faults/release?id=${encodeURIComponent(id)}`)).json()) as { released: number }).released;
}
