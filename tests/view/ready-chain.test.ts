import { describe, expect, it } from 'vitest';
import { ReadyChain } from '../../src/view/ready-chain.ts';

describe('ReadyChain', () => {
  it('starts settled with its initial value', async () => {
    const chain = new ReadyChain('none');
    expect(chain.pending).toBe(false);
    expect(await chain.promise).toBe('none');
  });

  it('makes a replaced pending promise follow the latest work', async () => {
    const chain = new ReadyChain('none');
    let finishFirst!: (v: string) => void;
    chain.begin(
      () => new Promise<string>((resolve) => (finishFirst = resolve)),
      () => 'error',
    );
    const first = chain.promise;
    expect(chain.pending).toBe(true);
    let finishSecond!: (v: string) => void;
    chain.begin(
      () => new Promise<string>((resolve) => (finishSecond = resolve)),
      () => 'error',
    );
    const second = chain.promise;
    finishFirst('first');
    finishSecond('second');
    expect(await first).toBe('second');
    expect(await second).toBe('second');
    expect(chain.pending).toBe(false);
  });

  it('keeps a settled promise as it was and recovers from failed work', async () => {
    const chain = new ReadyChain('none');
    chain.begin(
      async () => 'one',
      () => 'error',
    );
    const one = chain.promise;
    expect(await one).toBe('one');
    chain.begin(
      async () => {
        throw new Error('boom');
      },
      (error) => `recovered ${(error as Error).message}`,
    );
    expect(await chain.promise).toBe('recovered boom');
    expect(await one).toBe('one');
  });
});
