import { describe, expect, it } from 'vitest';
import { passedCharactersProblem } from '../../src/model/limits.ts';
import { readBody } from '../../src/view/read-body.ts';

/** A response whose body comes in these pieces, then ends (or, with `endless`, keeps coming); `pulled` counts pieces taken. */
function streamed(pieces: (string | Uint8Array)[], endless = false) {
  const state = { pulled: 0, cancelled: false };
  const encoder = new TextEncoder();
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        const piece = pieces[state.pulled] ?? (endless ? 'x'.repeat(10) : null);
        state.pulled++;
        if (piece === null) controller.close();
        else controller.enqueue(typeof piece === 'string' ? encoder.encode(piece) : piece);
      },
      cancel() {
        state.cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { response: new Response(body), state };
}

describe('readBody', () => {
  it('reads a body in pieces as UTF-8, a character split between pieces included, a BOM dropped', async () => {
    const bytes = new TextEncoder().encode('\uFEFF{"title": "Ł→ü"}');
    const { response } = streamed([bytes.subarray(0, 13), bytes.subarray(13, 15), bytes.subarray(15)]);
    expect(await readBody(response, 100)).toBe('{"title": "Ł→ü"}');
  });

  it('stops reading when more comes after the limit, and cancels the rest', async () => {
    const { response, state } = streamed([], true);
    expect(await readBody(response, 95)).toBeNull();
    // Ten pieces of ten characters pass 95; the eleventh is the one that finds the limit passed.
    expect(state.pulled).toBe(11);
    expect(state.cancelled).toBe(true);
  });

  it('keeps a body that ends with the piece passing the limit whole, for its length to be named', async () => {
    const { response, state } = streamed(['x'.repeat(60), 'x'.repeat(41)]);
    expect(await readBody(response, 100)).toBe('x'.repeat(101));
    expect(state.cancelled).toBe(false);
  });

  it('reads a body without a stream whole', async () => {
    expect(await readBody(new Response(null), 10)).toBe('');
  });

  it('names the limit', () => {
    expect(passedCharactersProblem()).toBe('the file holds more than 33,554,432 characters; the limit is 33,554,432');
  });
});
