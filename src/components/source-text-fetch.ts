/**
 * A source's text fetched from the address its `text` field gives, bounded in time and size as
 * graph files are, and read as Markdown, HTML or plain text by the address's ending (else by the
 * type the server sends).
 */
import { textFormatOf, type SourceText } from '../model/source-text.ts';
import { DEFAULT_TIMEOUT, urlFileName } from '../view/fetch-document.ts';
import { readBody } from '../view/read-body.ts';

/** The text, or why it could not be had. */
export async function fetchSourceText(url: string, timeout = DEFAULT_TIMEOUT): Promise<SourceText | { problem: string }> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(timeout) });
    if (!response.ok) {
      response.body?.cancel().catch(() => {});
      return { problem: `the server answered ${response.status}` };
    }
    const text = await readBody(response);
    if (text === null) return { problem: 'it is too long' };
    const name = urlFileName(url);
    const byName = textFormatOf(new URL(url).pathname);
    const type = response.headers.get('content-type') ?? '';
    const format = byName !== 'text' ? byName : type.includes('html') ? 'html' : type.includes('markdown') ? 'markdown' : 'text';
    return { name, text, format };
  } catch (error) {
    const name = error instanceof Error ? error.name : '';
    return { problem: name === 'TimeoutError' ? 'it took too long' : 'the address could not be reached' };
  }
}
