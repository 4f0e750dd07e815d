import type { Outline, Section } from '../schema/outline.js';
import { lastAtOrBefore } from '../text/sorted.js';
import { sectionEnd, sectionStart } from './section.js';

/** Shared between the offsets of one place: read it, do not change it. */
export interface SectionPlace {
  /** The enclosing headings, top level first. */
  headings: readonly Section[];
  /** The enclosing 一是/第一 item, if any. */
  item: Section | null;
  /**
   * The answer holds from this offset up to `until` (exclusive): there the next section starts
   * or one of these ends. A caller going through the text in order asks again only then.
   */
  until: number;
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
  const parentOf: number[] = [];
  // Indexed, not for…of: this walk runs once per outline, mostly before it is compiled, and an
  // iterator per array costs the interpreter several times the loop.
  const visit = (sections: readonly Section[], parent: number) => {
    for (let i = 0; i < sections.length; i++) {
      const node = sections[i] as Section;
      const at = nodes.length;
      nodes.push(node);
      parentOf.push(parent);
      if (node.children.length > 0) visit(node.children, at);
    }
  };
  visit(outline.sections, -1);
  // Offsets in flat typed arrays: the search reads contiguous numbers, not a field of an object
  // two pointers away (a cache miss each, on a long report). Filled by plain loops:
  // Int32Array.from with a mapping function takes V8's slow generic path.
  const starts = new Int32Array(nodes.length);
  const ends = new Int32Array(nodes.length);
  const parents = new Int32Array(nodes.length);
  for (let i = 0; i < nodes.length; i++) {
    starts[i] = sectionStart(nodes[i] as Section);
    ends[i] = sectionEnd(nodes[i] as Section);
    parents[i] = parentOf[i] as number;
  }
  let last = 0; // the count of sections starting at or before the previous offset
  const places: Array<SectionPlace | undefined> = new Array(nodes.length);

  return (offset: number): SectionPlace => {
    // The count of sections starting at or before the offset (they are in text order).
    const lo = lastAtOrBefore(starts, offset, last - 1) + 1;
    last = lo;
    // Inside the last section that starts before it, an offset has that section's place, the
    // same for every offset there: made once per section (callers only read it).
    const inside = lo > 0 && offset < (ends[lo - 1] as number);
    if (inside) {
      const known = places[lo - 1];
      if (known) return known;
    }
    const path: Section[] = [];
    let until = lo < nodes.length ? (starts[lo] as number) : Infinity;
    for (let i = lo - 1; i >= 0; i = parents[i] as number) {
      const end = ends[i] as number;
      if (offset < end) {
        path.push(nodes[i] as Section);
        if (end < until) until = end;
      }
    }
    path.reverse();
    const item = path.at(-1)?.kind === 'item' ? (path.at(-1) as Section) : null;
    const place: SectionPlace = { headings: item ? path.slice(0, -1) : path, item, until };
    if (inside) places[lo - 1] = place;
    return place;
  };
}
