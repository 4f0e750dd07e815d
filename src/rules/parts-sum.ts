import { isExact, lowerBound, upperBound } from '../profiles/bounds.js';
import { sameTimeFrame } from '../profiles/time-frame.js';
import type { Indicator } from '../schema/indicator.js';
import { defineRule } from './rule.js';
import { leadOf } from './support/clause.js';
import { comparableUnits, indicatorsBySentence } from './support/scope.js';

/**
 * Kinds that a breakdown names one by one, none counted twice: case types, a decision's outcomes,
 * complaints and reports. `complete`: the kinds make up their whole between them, so a breakdown
 * naming them all leaves nothing out. `whole`: the set is of wholes so named only. Data: a new set
 * of kinds is one line.
 */
const KINDS: ReadonlyArray<{ words: readonly string[]; complete: boolean; whole?: RegExp }> = [
  // Hazards are graded 重大 or 一般 (accidents have four grades: only hazards are a complete pair).
  { words: ['重大', '一般'], complete: true, whole: /隐患/ },
  { words: ['民事', '刑事', '行政'], complete: true },
  { words: ['投诉', '举报'], complete: true },
  { words: ['新开工', '续建'], complete: true },
  { words: ['男', '女'], complete: true },
  { words: ['城镇', '农村'], complete: true },
  { words: ['线上', '线下'], complete: true },
  { words: ['维持', '撤销', '变更', '确认违法', '确认无效', '驳回', '终止', '责令履行', '调解', '和解'], complete: false },
  { words: ['一审', '二审', '再审'], complete: false },
];
// A part for the rest (其他3件) completes any breakdown.
const THE_REST = /其他|其它|其余/;
// A breakdown goes on through 、 (其中民事案件1105件、刑事案件628件); a comma, a stop or a bracket
// ends it (其中女性45人，35岁以下的60人 is another count).
const LIST_GAP = /^[^，,；;。：:（(）)！？\n]*$/;
const WHOLE_GAP = /^[，,：:\s]*其中[：:\s]*$/;
// 其中 and the first part's words: a few characters.
const MAX_LEAD = 16;

interface Breakdown {
  whole: Indicator;
  parts: Indicator[];
  leads: string[];
}

export const partsSum = defineRule({
  id: 'parts-sum',
  description: {
    zh: '“其中”所列各项之和与总数不符',
    en: 'The parts listed after 其中 do not add up to their whole',
  },
  severity: 'warning',
  tags: ['indicators'],
  fixable: false,
  messages: {
    exceeds: {
      zh: '其中{parts}之和为{sum}，多于总数“{whole}”：请核对各项数字。',
      en: 'The parts ({parts}) add up to {sum}, more than the whole “{whole}”: check the figures.',
    },
    shortOfRest: {
      zh: '其中{parts}之和为{sum}，少于总数“{whole}”：已列有“其他”，各项之和应等于总数，请核对各项数字。',
      en: 'The parts ({parts}) add up to {sum}, less than the whole “{whole}”: with a part for the rest they add up to the whole; check the figures.',
    },
    short: {
      zh: '其中{parts}已列出全部类别，之和为{sum}，少于总数“{whole}”：请核对各项数字，或补列其他类别。',
      en: 'The parts ({parts}) name every kind and add up to {sum}, less than the whole “{whole}”: check the figures, or list the other kinds.',
    },
  },
  docs: {
    rationale: {
      zh: '“共办理案件1862件，其中民事案件1105件、刑事案件628件、行政案件41件”中，以顿号并列的各项是总数的组成部分。只比较互不重叠的类别（案件类型、复议结果、投诉与举报、新开工与续建、男女等），以及列有“其他”或由总数本身列举的类别（“行政复议和行政应诉案件31件，其中行政复议案件17件、行政应诉案件12件”）：各项之和不应多于总数；若各项已列全某一组类别（如民事、刑事、行政）或列有“其他”，之和还应等于总数。女性、党员等可能重叠的属性，以及以逗号分开的另一计数，不作比较；带“余”“约”等的概数只在肯定超出时报告。',
      en: 'In 共办理案件1862件，其中民事案件1105件、刑事案件628件、行政案件41件 the items joined by 、 make up the whole. Only kinds that cannot overlap are compared (case types, review outcomes, complaints and reports, new and continued projects, men and women), and kinds laid out with a part for the rest or named by the whole itself (行政复议和行政应诉案件31件，其中行政复议案件17件、行政应诉案件12件): the parts never add up to more than the whole, and when they name every kind of a set (民事, 刑事, 行政) or include 其他 they add up to it exactly. Attributes that may overlap (women, Party members) and another count after a comma are not compared; rounded figures (余, 约) are reported only when certainly over.',
    },
    bad: ['全年共办理法律援助案件1862件，其中民事案件1105件、刑事案件628件、行政案件41件。'],
    good: ['全年共办理法律援助案件1774件，其中民事案件1105件、刑事案件628件、行政案件41件。'],
  },
  check(ctx) {
    const { text } = ctx;
    for (const { sentence, indicators } of indicatorsBySentence(ctx.facts, ctx.indicators)) {
      // Within the sentence: a search on to the text's end from every sentence would be quadratic.
      if (indicators.length < 3 || !text.slice(sentence.start, sentence.end).includes('其中')) continue;
      for (const found of breakdowns(text, indicators)) {
        const { whole, parts } = found;
        const kinds = kindsOf(found.leads, leadOf(text, whole));
        if (!kinds) continue;
        const names = found.leads.join('、');
        const wholeText = `${leadOf(text, whole)}${whole.text}`;
        const least = parts.reduce((sum, p) => sum + lowerBound(p), 0);
        const span = { start: (parts[0] as Indicator).span.start.offset, end: (parts.at(-1) as Indicator).span.end.offset };
        if (least > upperBound(whole)) {
          ctx.report({ ...span, messageId: 'exceeds', data: { parts: names, sum: String(least), whole: wholeText } });
        } else if (kinds.complete && isExact(whole) && parts.every(isExact) && least < whole.base.value) {
          const messageId = found.leads.some((l) => THE_REST.test(l)) ? 'shortOfRest' : 'short';
          ctx.report({ ...span, messageId, data: { parts: names, sum: String(least), whole: wholeText } });
        }
      }
    }
  },
});

/** Each 其中 of a sentence with the count just before it and the counts it lists joined by 、. */
function breakdowns(text: string, indicators: readonly Indicator[]): Breakdown[] {
  const out: Breakdown[] = [];
  for (let w = 0; w + 2 < indicators.length; w++) {
    const whole = indicators[w] as Indicator;
    const first = indicators[w + 1] as Indicator;
    const gap = text.slice(whole.span.end.offset, first.span.start.offset);
    const at = gap.indexOf('其中');
    if (at === -1 || !WHOLE_GAP.test(gap.slice(0, at + 2)) || gap.length - at > MAX_LEAD || !countable(whole)) continue;
    const parts = [first];
    const leads = [gap.slice(at + 2).replace(/^[：:\s]+/, '')];
    for (let p = w + 2; p < indicators.length; p++) {
      const next = indicators[p] as Indicator;
      const between = text.slice((parts.at(-1) as Indicator).span.end.offset, next.span.start.offset);
      if (!between.startsWith('、') || !LIST_GAP.test(between) || between.length > MAX_LEAD) break;
      parts.push(next);
      leads.push(between.slice(1));
    }
    if (parts.length >= 2 && parts.every((p) => countable(p) && comparableUnits(p, whole) && sameTimeFrame(p, whole))) out.push({ whole, parts, leads });
  }
  return out;
}

function countable(i: Indicator): boolean {
  return i.kind === 'quantity' && i.unitKind === 'count' && i.change === undefined;
}

/**
 * The set of kinds the parts name, each kind once; complete when they name all of a complete set,
 * or one part is the rest. Kinds of no set are kinds too when a part is the rest (其中政府采购合同
 * 58件、招商引资协议37件、其他合同协议27件) or the whole names them (行政复议和行政应诉案件31件，其中
 * 行政复议案件17件、行政应诉案件12件): the writer lays out a partition.
 */
function kindsOf(leads: readonly string[], wholeLead: string): { complete: boolean } | null {
  const rest = leads.filter((l) => THE_REST.test(l)).length;
  if (rest > 1) return null;
  const distinct = new Set(leads).size === leads.length;
  if (distinct && rest === 1 && leads.every((l) => l.length > 0)) return { complete: true };
  if (distinct && rest === 0 && namedByWhole(leads, wholeLead)) return { complete: true };
  for (const set of KINDS) {
    if (set.whole && !set.whole.test(wholeLead)) continue;
    const named = new Set<string>();
    let all = true;
    for (const lead of leads) {
      if (THE_REST.test(lead)) continue;
      // One kind or more (撤销或变更31件, 驳回和终止38件), none named before.
      const words = set.words.filter((w) => lead.includes(w));
      if (words.length === 0 || words.some((w) => named.has(w))) {
        all = false;
        break;
      }
      for (const w of words) named.add(w);
    }
    if (all && named.size >= 1) return { complete: rest === 1 || (set.complete && named.size === set.words.length) };
  }
  return null;
}

// How a whole joins the kinds it names: 行政复议和行政应诉案件, 民事、刑事及行政案件.
const JOINED = /^[和与及、]|^以及/;

/**
 * Whether the whole names each part's kind, joined as one list: the parts' leads without the
 * words they share at the end (行政复议|案件, 行政应诉|案件) each occur in the whole's lead, one
 * after another, a conjunction between each two.
 */
function namedByWhole(leads: readonly string[], wholeLead: string): boolean {
  let shared = 0;
  const first = leads[0] as string;
  while (shared < first.length && leads.every((l) => l.length > shared && l[l.length - 1 - shared] === first[first.length - 1 - shared])) shared++;
  let from = 0;
  for (const [i, lead] of leads.entries()) {
    const stem = lead.slice(0, lead.length - shared);
    if (stem.length < 2) return false;
    const at = wholeLead.indexOf(stem, from);
    if (at === -1 || (i > 0 && !JOINED.test(wholeLead.slice(from, at)))) return false;
    if (i > 0 && at - from > 3) return false;
    from = at + stem.length;
  }
  return true;
}
