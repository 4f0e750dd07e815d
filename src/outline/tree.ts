import type { Section } from '../schema/outline.js';
import type { Locator } from '../text/location.js';
import type { OutlineToken } from './token.js';
import { trimEndOffset } from '../text/space.js';

interface Open {
  token: OutlineToken;
  node: Section;
}

/**
 * Builds the section tree. A heading is a sibling of the nearest open heading of the same rank
 * (closing everything below it), else a child of the innermost open heading: the depth of `1.`
 * comes from where it appears, not from a fixed ladder, so documents that skip a level still nest.
 * Items (一是…) hang under the innermost heading and end with their paragraph.
 */
export function buildTree(text: string, tokens: OutlineToken[], locate: Locator): Section[] {
  const roots: Section[] = [];
  const stack: Open[] = [];
  let item: Open | null = null;

  const close = (open: Open, at: number) => {
    open.node.span = locate.span(open.token.start, trimEndOffset(text, open.token.start, at) /* not on the blank lines before the next heading */);
  };
  const attach = (node: Section) => {
    const parent = stack.at(-1)?.node;
    const siblings = parent ? parent.children : roots;
    node.level = parent ? parent.level + 1 : 1;
    node.id = parent ? `${parent.id}.${siblings.length + 1}` : String(siblings.length + 1);
    siblings.push(node);
  };

  for (const token of tokens) {
    if (item) {
      close(item, Math.min(token.start, item.token.lineEnd));
      item = null;
    }
    const node: Section = {
      id: '',
      kind: token.kind,
      level: 1,
      style: token.style,
      marker: token.marker,
      ordinal: token.ordinal,
      title: text.slice(token.titleStart, token.titleEnd),
      titleSpan: locate.span(token.titleStart, token.titleEnd),
      span: locate.span(token.start, token.start),
      children: [],
    };
    if (token.kind === 'item') {
      attach(node);
      item = { token, node };
      continue;
    }
    const sibling = findRank(stack, token.rank);
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

function findRank(stack: Open[], rank: string): number {
  for (let i = stack.length - 1; i >= 0; i--) if ((stack[i] as Open).token.rank === rank) return i;
  return -1;
}

