import type { Outline, Section } from '../schema/outline.js';
import { isGlossaryTitle } from '../outline/part.js';
import { sectionEnd, sectionStart } from '../outline/section.js';
import type { TextRange } from '../text/facts.js';

/**
 * The parts of a report whose digits are no figures, in text order: a glossary (名词解释: its
 * entries define terms, `6个重大科技专项：是指…`), and a list number written before a figure
 * (`8.` of `8.6个重大科技专项`, which the outline read as item 8 of its list).
 */
export function unscannedRanges(outline: Outline): TextRange[] {
  const out: TextRange[] = [];
  // Indexed, not for…of: see bodiesUnder (src/extract/index.ts).
  const visit = (sections: readonly Section[]) => {
    for (let i = 0; i < sections.length; i++) {
      const s = sections[i] as Section;
      const start = sectionStart(s);
      if (s.style === 'annex' && isGlossaryTitle(s.title)) {
        out.push({ start, end: sectionEnd(s) });
        continue;
      }
      if (s.style === 'arabic-dot' && LIST_NUMBER_BEFORE_DIGIT.test(s.marker + s.title.slice(0, 1))) {
        out.push({ start, end: start + s.marker.length });
      }
      if (s.children.length > 0) visit(s.children);
    }
  };
  visit(outline.sections);
  return out;
}

const LIST_NUMBER_BEFORE_DIGIT = /^[0-9０-９]{1,2}[.．][0-9０-９]$/;

/** text[start, end) without the given ranges (sorted, not overlapping), as the ranges left. */
export function rangesBetween(start: number, end: number, skipped: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  let from = start;
  for (const r of skipped) {
    if (r.start > from) out.push({ start: from, end: Math.min(r.start, end) });
    from = Math.max(from, r.end);
  }
  if (from < end) out.push({ start: from, end });
  return out;
}
