import type { OutlineToken } from './token.js';

/**
 * A table of contents at the head of a report: the headings listed one per line with nothing
 * between them (a Word document's 目录, with dot leaders and page numbers; a web page's list of
 * the report's parts above its title), then the report whose first heading is the list's first
 * entry again. Its entries are no sections: read as sections they have no body (empty-section)
 * and the report's own headings restart after them (heading-restart).
 */

// Fewer lines are a report's own headings over no text, not a list of contents.
const MIN_ENTRIES = 3;
// An entry's dot leader and page number (一、2023年工作回顾……………3), and the spaces around them.
const LEADER_AND_PAGE = /[\s.．·…]*[0-9０-９]*[\s]*$/;

/** How many of the leading tokens list the report's contents (0 when they do not). */
export function contentsLength(text: string, tokens: readonly OutlineToken[]): number {
  const first = tokens[0];
  if (!first || first.kind !== 'heading') return 0;
  const firstEntry = entryOf(text, first);
  let n = 1;
  while (n < tokens.length) {
    const token = tokens[n] as OutlineToken;
    if (token.kind !== 'heading' || text.slice((tokens[n - 1] as OutlineToken).lineEnd, token.start).trim() !== '') break;
    // The report itself begins: its first heading is the list's first entry.
    if (entryOf(text, token) === firstEntry) return n >= MIN_ENTRIES && hasBody(text, tokens, n) ? n : 0;
    n++;
  }
  if (n < MIN_ENTRIES) return 0;
  for (let i = n; i < tokens.length; i++) {
    const token = tokens[i] as OutlineToken;
    if (token.kind === 'heading' && token.style === first.style && entryOf(text, token) === firstEntry) return hasBody(text, tokens, i) ? n : 0;
  }
  return 0;
}

/**
 * Whether the heading at tokens[i] has text of its own before the next one: the report's first
 * part, listed above, has a body. Headings listed twice with no text under either are a report
 * pasted twice (heading-restart's), not its contents.
 */
function hasBody(text: string, tokens: readonly OutlineToken[], i: number): boolean {
  const next = tokens[i + 1];
  return text.slice((tokens[i] as OutlineToken).lineEnd, next ? next.start : text.length).trim() !== '';
}

/** A heading as a list of contents names it: marker and title, without leader, page number or spaces. */
function entryOf(text: string, token: OutlineToken): string {
  return (token.marker + text.slice(token.titleStart, token.titleEnd).replace(LEADER_AND_PAGE, '')).replace(/\s+/g, '');
}
