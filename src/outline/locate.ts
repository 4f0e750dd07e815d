import type { Outline, Section } from '../schema/outline.js';

export interface SectionPlace {
  /** The enclosing headings, top level first. */
  headings: Section[];
  /** The enclosing 一是/第一 item, if any. */
  item: Section | null;
}

/**
 * Answers "which section is this offset in?" for many offsets: a binary search over the sections
 * in text order, then up the parents to the innermost one that contains the offset. Parents are
 * indexes, so building costs one small record per section (not a path array per section).
 * Built once per outline (an outline is not changed once parsed): extraction and lint of the
 * same report share it.
 */
export function createSectionLocator(outline: Outline): (offset: number) => SectionPlace {
  built ??= new WeakMap();
  let locate = built.get(outline);
  if (!locate) built.set(outline, (locate = buildSectionLocator(outline)));
  return locate;
}

let built: WeakMap<Outline, (offset: number) => SectionPlace> | undefined;

function buildSectionLocator(outline: Outline): (offset: number) => SectionPlace {
  const nodes: Section[] = [];
  const parents: number[] = [];
  const visit = (sections: readonly Section[], parent: number) => {
    for (const node of sections) {
      const at = nodes.length;
      nodes.push(node);
      parents.push(parent);
      visit(node.children, at);
    }
  };
  visit(outline.sections, -1);

  return (offset: number): SectionPlace => {
    // The last section starting at or before the offset (sections are in text order).
    let lo = 0;
    let hi = nodes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((nodes[mid] as Section).span.start.offset <= offset) lo = mid + 1;
      else hi = mid;
    }
    const path: Section[] = [];
    for (let i = lo - 1; i >= 0; i = parents[i] as number) {
      const node = nodes[i] as Section;
      if (offset < node.span.end.offset) path.push(node);
    }
    path.reverse();
    const item = path.at(-1)?.kind === 'item' ? (path.at(-1) as Section) : null;
    return { headings: item ? path.slice(0, -1) : path, item };
  };
}
