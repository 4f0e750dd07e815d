import type { Section } from '../schema/outline.js';
import type { Locator } from '../text/location.js';
import type { OutlineToken } from './token.js';
import { trimEndOffset, trimStartOffset } from '../text/space.js';
import { CompactSection, NO_CHILDREN } from './section.js';

interface Open {
  token: OutlineToken;
  node: CompactSection;
}

/**
 * Builds the section tree. A heading is a sibling of the nearest open heading of the same rank
 * (closing everything below it), else a child of the innermost open heading: the depth of `1.`
 * comes from where it appears, not from a fixed ladder, so documents that skip a level still nest.
 * Items (一是…) hang under the innermost heading and end with their paragraph.
 */
export function buildTree(text: string, tokens: OutlineToken[], locate: Locator): Section[] {
  const roots: CompactSection[] = [];
  const stack: Open[] = [];
  const source = { text, locate };
  // One string per distinct marker: 400,000 `##` are one `##`.
  const markers = new Map<string, string>();
  let item: Open | null = null;

  const close = (open: Open, at: number) => {
    open.node.end = trimEndOffset(text, open.token.start, at) /* not on the blank lines before the next heading */;
  };
  // The last item attached to each open section (null: the top level), to tell where a list goes on.
  const lastItem = new Map<Section | null, OutlineToken>();
  const continues = (owner: Section | null, token: OutlineToken) => {
    const last = lastItem.get(owner);
    return last !== undefined && last.style === token.style && last.ordinal !== null && token.ordinal === last.ordinal + 1;
  };
  /** The stack index of the section whose list the item continues (ROOT: the top level); -1 if none or the innermost. */
  const listOwner = (token: OutlineToken): number => {
    if (continues(stack.at(-1)?.node ?? null, token)) return -1;
    for (let k = stack.length - 2; k >= 0; k--) if (continues((stack[k] as Open).node, token)) return k;
    return stack.length > 0 && continues(null, token) ? ROOT : -1;
  };
  const attach = (node: CompactSection) => {
    const parent = stack.at(-1)?.node;
    if (parent && parent.children === NO_CHILDREN) parent.children = [];
    const siblings = parent ? parent.children : roots;
    node.level = parent ? parent.level + 1 : 1;
    node.parent = parent ?? null;
    node.index = siblings.length;
    siblings.push(node);
  };

  for (const token of tokens) {
    if (item) {
      close(item, Math.min(token.start, item.token.lineEnd));
      item = null;
    }
    const [titleStart, titleEnd] = titleRange(text, token.titleStart, token.titleEnd);
    let marker = markers.get(token.marker);
    if (marker === undefined) markers.set(token.marker, (marker = token.marker));
    const node = new CompactSection(source, token.kind, token.style, marker, token.ordinal, token.start, titleStart, titleEnd);
    if (token.kind === 'item') {
      // 第三 continuing 第一、第二 of an enclosing section, after numbered headings that
      // detailed 第二 (第二，… 1.… 2.… 第三，…), goes back to its list's level: those headings end.
      const owner = listOwner(token);
      if (owner > -1 && owner < stack.length - 1) {
        for (const open of stack.splice(owner + 1)) close(open, token.start);
      } else if (owner === ROOT && stack.length > 0) {
        for (const open of stack.splice(0)) close(open, token.start);
      }
      attach(node);
      lastItem.set(stack.at(-1)?.node ?? null, token);
      item = { token, node };
      continue;
    }
    // An unnumbered part (2024年工作回顾, 名词解释) is always top level: it ends every open section.
    const sibling = token.rank === PART_RANK ? 0 : findRank(stack, token.rank);
    if (sibling !== -1) {
      for (const open of stack.splice(sibling)) close(open, token.start);
    }
    attach(node);
    stack.push({ token, node });
  }
  if (item) close(item, item.token.lineEnd);
  for (const open of stack) close(open, text.length);
  return roots;
}

const ROOT = -2;
const PART_RANK = 'part';

function findRank(stack: Open[], rank: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if ((stack[i] as Open).token.rank === rank) return i;
  return -1;
}


/**
 * The title without the space after its marker (1. 标题) and, when it is set in bold or italics
 * (1. **提振消费**), without the emphasis marks: `**`, `__`, `*` or `_` at both ends.
 */
function titleRange(text: string, from: number, end: number): [number, number] {
  const start = trimStartOffset(text, from, end);
  for (const mark of EMPHASIS) {
    if (end - start > 2 * mark.length && text.startsWith(mark, start) && text.startsWith(mark, end - mark.length)) {
      return [start + mark.length, end - mark.length];
    }
  }
  return [start, end];
}

const EMPHASIS = ['**', '__', '*', '_'];
