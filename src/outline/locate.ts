import type { Outline, Section } from '../schema/outline.js';

export interface SectionPlace {
  /** The enclosing headings, top level first. */
  headings: Section[];
  /** The enclosing 一是/第一 item, if any. */
  item: Section | null;
}

/**
 * Answers "which section is this offset in?" for many offsets. Offsets asked in increasing order
 * (as a scanner produces them) cost O(1) amortised; any order works.
 */
export function createSectionLocator(outline: Outline): (offset: number) => SectionPlace {
  // Flatten to [start, end, path] intervals; nested spans are contained in their parents'.
  const entries: Array<{ start: number; end: number; node: Section; path: Section[] }> = [];
  const visit = (nodes: readonly Section[], path: Section[]) => {
    for (const node of nodes) {
      const here = [...path, node];
      entries.push({ start: node.span.start.offset, end: node.span.end.offset, node, path: here });
      visit(node.children, here);
    }
  };
  visit(outline.sections, []);
  const starts = entries.map((e) => e.start);

  return (offset: number): SectionPlace => {
    // The last entry starting at or before the offset, then up its path to one that contains it.
    let lo = 0;
    let hi = starts.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((starts[mid] as number) <= offset) lo = mid + 1;
      else hi = mid;
    }
    const entry = entries[lo - 1];
    if (!entry) return { headings: [], item: null };
    const path = entry.path.filter((s) => s.span.start.offset <= offset && offset < s.span.end.offset);
    const item = path.at(-1)?.kind === 'item' ? (path.at(-1) as Section) : null;
    return { headings: path.filter((s) => s.kind === 'heading'), item };
  };
}
