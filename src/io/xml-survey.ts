/**
 * A quick pass over GEXF or GraphML text before it is parsed: it counts the nodes and edges of
 * the graph and the depth of the elements, and stops at the first limit passed. The XML parser
 * builds the whole tree before any node is looked at, and recurses over deep trees; refusing
 * here means a file of 300,000 nodes costs a scan, not a tree of 300,000 elements.
 *
 * The pass only needs where tags begin and end: outside comments, CDATA, processing
 * instructions and the document type, every `<` starts a tag, and a tag ends at the first `>`
 * outside its quoted attribute values. Text it cannot make sense of is left to the parser.
 */
import type { Problem } from '../model/format.ts';
import { jsonPath, lineAndColumn } from '../model/json.ts';
import { LIMITS, NESTING_PROBLEM, passedLimitProblem } from '../model/limits.ts';

/** The `>` that ends a tag whose name starts at `from`, skipping quoted attribute values; -1 if none. */
function tagEnd(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 62) return i;
    if (c === 34 || c === 39) {
      i = text.indexOf(c === 34 ? '"' : "'", i + 1);
      if (i < 0) return -1;
    }
  }
  return -1;
}

/** Where a construct at `at` that is not a tag ends (past its closing mark), or -1 when it is a tag. */
function skipNonTag(text: string, at: number): number {
  const past = (close: string, from = at) => {
    const end = text.indexOf(close, from);
    return end < 0 ? text.length : end + close.length;
  };
  if (text.startsWith('<!--', at)) return past('-->');
  if (text.startsWith('<![CDATA[', at)) return past(']]>');
  if (text.startsWith('<?', at)) return past('?>');
  if (!text.startsWith('<!', at)) return -1;
  // A document type: the declarations in its brackets hold `>` of their own.
  const bracket = text.indexOf('[', at);
  const close = text.indexOf('>', at);
  if (bracket >= 0 && (close < 0 || bracket < close)) {
    const inner = text.indexOf(']', bracket);
    return inner < 0 ? text.length : past('>', inner);
  }
  return past('>');
}

const localName = (qualified: string) => qualified.slice(qualified.indexOf(':') + 1);
const count = (n: number) => n.toLocaleString('en-US');

/**
 * The first limit the XML text passes, as a problem, or null: elements nested deeper than
 * LIMITS.nesting, or more nodes (actors) or edges (relations) in its first `<graph>` than the
 * limits allow, counted as the readers count them (every descendant of that graph).
 */
export function surveyXml(text: string): Problem | null {
  let depth = 0;
  // 2 while inside the root's first <graph>, 0 before it, -1 after it.
  let graphDepth = 0;
  let nodes = 0;
  let edges = 0;
  const at = (offset: number) => {
    const { line, column } = lineAndColumn(text, offset);
    return `line ${line}, column ${column}`;
  };
  for (let i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i)) {
    const skipped = skipNonTag(text, i);
    if (skipped >= 0) {
      i = skipped;
      continue;
    }
    const closing = text.charCodeAt(i + 1) === 47;
    const nameStart = closing ? i + 2 : i + 1;
    const end = tagEnd(text, nameStart);
    if (end < 0) return null; // a tag left open: the parser says where
    if (closing) {
      if (depth === graphDepth) graphDepth = -1;
      depth--;
      i = end + 1;
      continue;
    }
    const name = localName(/^[^\s/>]*/.exec(text.slice(nameStart, Math.min(end, nameStart + 256)))![0]);
    const selfClosing = text.charCodeAt(end - 1) === 47;
    if (++depth > LIMITS.nesting) return { path: '$', message: `elements ${NESTING_PROBLEM} (at ${at(i)})` };
    if (depth === 2 && graphDepth === 0 && name === 'graph') graphDepth = selfClosing ? -1 : 2;
    else if (graphDepth > 0 && name === 'node' && ++nodes > LIMITS.actors) {
      return { path: jsonPath(['actors']), message: `${passedLimitProblem('actors')} (node ${count(nodes)} is at ${at(i)})` };
    } else if (graphDepth > 0 && name === 'edge' && ++edges > LIMITS.relations) {
      return { path: jsonPath(['relations']), message: `${passedLimitProblem('relations')} (edge ${count(edges)} is at ${at(i)})` };
    }
    if (selfClosing) depth--;
    i = end + 1;
  }
  return null;
}
