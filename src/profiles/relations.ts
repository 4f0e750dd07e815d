import type { Indicator } from '../schema/indicator.js';
import type { TextFacts } from '../text/facts.js';
import { lowerBound, upperBound } from './bounds.js';
import { mentionsCarryOver } from './carry-over.js';
import { sameTimeFrame } from './time-frame.js';

/** A part that cannot exceed its whole, by catalogue key: 审结 ≤ 受理 (a profile's `relations`). */
export interface KeyRelation {
  part: string;
  whole: string;
}

/** A part over its whole: the figures and their indexes in the list given. */
export interface Excess {
  part: Indicator;
  whole: Indicator;
}

/**
 * The keyed parts larger than their whole of the same sentence (受理90件，审结95件). In another
 * sentence the same key may count something else (诉前委派调解案件 beside 排查纠纷); a sentence
 * that says its counts include last year's carried-over cases (上年结转) is left alone.
 */
export function keyedExcesses(text: string, facts: TextFacts, indicators: readonly Indicator[], relations: readonly KeyRelation[]): Excess[] {
  if (relations.length === 0) return [];
  // One pass groups the keyed figures: each whole's first figure per sentence, so that a part
  // finds its whole at once, and each part key's figures, so that a relation visits only its
  // own parts instead of every figure of the report.
  const wholes = new Set(relations.map((r) => r.whole));
  const parts = new Set(relations.map((r) => r.part));
  const firstOf = new Map<string, Map<number, Indicator>>(); // key → sentence start → figure
  const partsOf = new Map<string, Array<{ indicator: Indicator; sentence: number }>>();
  for (const indicator of indicators) {
    const key = indicator.key;
    if (!key || (!wholes.has(key) && !parts.has(key))) continue;
    const sentence = facts.sentenceAt(indicator.span.start.offset).start;
    if (wholes.has(key)) {
      let bySentence = firstOf.get(key);
      if (!bySentence) firstOf.set(key, (bySentence = new Map()));
      if (!bySentence.has(sentence)) bySentence.set(sentence, indicator);
    }
    if (parts.has(key)) {
      const list = partsOf.get(key);
      if (list) list.push({ indicator, sentence });
      else partsOf.set(key, [{ indicator, sentence }]);
    }
  }
  const carries = mentionsCarryOver(text); // most reports never speak of carried-over cases
  const carried = new Map<number, boolean>(); // by sentence start
  const carriesOver = (start: number): boolean => {
    let yes = carried.get(start);
    if (yes === undefined) carried.set(start, (yes = carries && mentionsCarryOver(text.slice(start, facts.sentenceAt(start).end))));
    return yes;
  };
  const out: Excess[] = [];
  for (const { part, whole } of relations) {
    for (const { indicator: p, sentence } of partsOf.get(part) ?? []) {
      const w = firstOf.get(whole)?.get(sentence);
      // Of another unit, or another time (受理 of the year, 审结 of its first half): not its whole.
      if (!w || w.unitKind !== p.unitKind || !sameTimeFrame(w, p)) continue;
      if (lowerBound(p) <= upperBound(w) || carriesOver(sentence)) continue;
      out.push({ part: p, whole: w });
    }
  }
  return out;
}
