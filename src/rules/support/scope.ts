import type { Indicator } from '../../schema/indicator.js';
import type { TextFacts, TextRange } from '../../text/facts.js';
import { inTextOrder } from './text-order.js';

/** The indicators of each sentence, in text order (sentences without any are left out). */
export function indicatorsBySentence(facts: TextFacts, indicators: readonly Indicator[]): Array<{ sentence: TextRange; indicators: Indicator[] }> {
  const out: Array<{ sentence: TextRange; indicators: Indicator[] }> = [];
  for (const indicator of inTextOrder(indicators)) {
    const sentence = facts.sentenceAt(indicator.span.start.offset);
    const last = out.at(-1);
    if (last && last.sentence === sentence) last.indicators.push(indicator);
    else out.push({ sentence, indicators: [indicator] });
  }
  return out;
}

// Counts of the same kind of thing can be compared even in different words: 1600余次 of disputes
// looked into and 3158件 settled are both matters; 人 and 人次 are both people.
const UNIT_GROUPS: ReadonlyArray<ReadonlySet<string>> = [
  new Set(['件', '次', '起', '宗', '例', '单', '批', '个']),
  new Set(['人', '名', '人次', '人(次)', '人（次）', '位']),
];

/** Whether two counts are of things that can be compared. */
export function comparableUnits(a: Indicator, b: Indicator): boolean {
  if (a.unitKind !== b.unitKind) return false;
  if (a.unit === b.unit || (a.unitKind !== 'count' && a.base.unit === b.base.unit)) return true;
  return UNIT_GROUPS.some((g) => g.has(a.unit) && g.has(b.unit));
}
