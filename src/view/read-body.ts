/**
 * A response body read as text a piece at a time, given up once it is past the character
 * limit. A server may announce no length, or a false one, and send without end:
 * `Response.text()` would hold all of it (a gigabyte in seconds) before anything could be
 * checked.
 */
import { LIMITS } from '../model/limits.ts';

/**
 * The body's text (UTF-8, as `Response.text()` decodes it), or null when more arrives after
 * `limit` characters have come: reading stops there and the rest is cancelled. The piece that
 * passes the limit is kept, so that a body ending with it is whole and the checks of whole text
 * name its exact length.
 */
export async function readBody(response: Response, limit: number = LIMITS.characters): Promise<string | null> {
  // A stand-in response without a stream (a test's, or a wrapper's) is read whole.
  if (!response.body) return response.text();
  const reader = response.body.getReader();
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  let length = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    if (length > limit) {
      reader.cancel().catch(() => {});
      return null;
    }
    const piece = decoder.decode(value, { stream: true });
    pieces.push(piece);
    length += piece.length;
  }
  pieces.push(decoder.decode());
  return pieces.join('');
}
