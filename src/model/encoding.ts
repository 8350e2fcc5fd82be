/**
 * Naming a file saved in the wrong encoding. Readers are given text decoded as UTF-8, so a
 * UTF-16 file arrives mangled in a recognisable way: its byte order mark (FF FE or FE FF) as
 * two U+FFFD, and every ASCII character followed (little-endian) or preceded (big-endian) by a
 * NUL. Without this, the reader would complain of an unexpected "�" or NUL character.
 */

/** Which half of each pair of characters holds the NULs, if the pairs look like UTF-16. */
function byteOrder(first: string | undefined, second: string | undefined): 'little-endian' | 'big-endian' | undefined {
  if (first === undefined || second === undefined) return undefined;
  if (first !== '\0' && second === '\0') return 'little-endian';
  if (first === '\0' && second !== '\0') return 'big-endian';
  return undefined;
}

/**
 * The problem with text that is a UTF-16 file read as UTF-8, or null; `file` names it when
 * there are several (CSV tables). Only the first few characters are looked at: JSON, XML and
 * CSV all start with ASCII (a brace, an angle bracket, a header name), which UTF-16 pairs with a
 * NUL that none of these formats may hold.
 */
export function encodingProblem(text: string, file = 'the file'): string | null {
  const bom = text.startsWith('\uFFFD\uFFFD');
  const order = byteOrder(text[bom ? 2 : 0], text[bom ? 3 : 1]);
  if (order !== undefined) return `${file} is UTF-16 (${order}); save it as UTF-8`;
  // Two U+FFFD and nothing else: an empty UTF-16 file. Followed by other text they may just be
  // damage in a UTF-8 file, which the reader then reports where it is.
  if (bom && text.length === 2) return `${file} is UTF-16; save it as UTF-8`;
  return null;
}
