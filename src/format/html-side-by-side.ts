import { alignSections } from '../diff/sections.js';
import type { Outline, Section } from '../schema/outline.js';

/** A stretch of a report's text: its preamble, or a heading and what follows up to the next. */
export interface Block {
  start: number;
  end: number;
}

/** A row of the side-by-side view: a part of the old report beside its counterpart, or alone. */
export interface BlockRow {
  old: Block | null;
  new: Block | null;
}

// Headings down to this depth cut the text into the rows: a report's 一、 and （一） parts, the
// size a reader compares; deeper ones stay inside their part.
const DEPTH = 2;

function blocksOf(outline: Outline, length: number): { sections: Section[]; blocks: Block[]; preamble: Block | null } {
  const sections: Section[] = [];
  const walk = (list: readonly Section[]) => {
    for (const s of list) {
      if (s.kind !== 'heading') continue;
      sections.push(s);
      if (s.level < DEPTH) walk(s.children);
    }
  };
  walk(outline.sections);
  const blocks = sections.map((s, i) => ({ start: s.span.start.offset, end: sections[i + 1]?.span.start.offset ?? length }));
  const first = blocks[0]?.start ?? length;
  return { sections, blocks, preamble: first > 0 ? { start: 0, end: first } : null };
}

/**
 * The two reports cut at their headings and paired as the diff pairs headings (by title, a
 * renamed one with its old self), in the new report's order; a part only one report has stands
 * alone where it falls.
 */
export function sideBySideRows(old: { text: string; outline: Outline }, neu: { text: string; outline: Outline }): BlockRow[] {
  const a = blocksOf(old.outline, old.text.length);
  const b = blocksOf(neu.outline, neu.text.length);
  const { oldOf } = alignSections({ list: a.sections, textLength: old.text.length }, { list: b.sections, textLength: neu.text.length });
  const rows: BlockRow[] = [];
  if (a.preamble || b.preamble) rows.push({ old: a.preamble, new: b.preamble });
  const used = new Set<number>();
  const paired = new Set(oldOf.filter((i): i is number => i !== null));
  let next = 0; // the first old block not yet shown
  b.blocks.forEach((block, j) => {
    const i = oldOf[j];
    if (i === null || i === undefined) {
      rows.push({ old: null, new: block });
      return;
    }
    // Old parts before this one's counterpart that have none of their own: removed, shown here.
    for (; next < i; next++) if (!paired.has(next) && !used.has(next)) rows.push({ old: a.blocks[next] as Block, new: null });
    rows.push({ old: a.blocks[i] as Block, new: block });
    used.add(i);
    next = Math.max(next, i + 1);
  });
  for (; next < a.blocks.length; next++) if (!paired.has(next) && !used.has(next)) rows.push({ old: a.blocks[next] as Block, new: null });
  return rows;
}
