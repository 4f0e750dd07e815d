import { isExact } from '../profiles/bounds.js';
import type { Indicator } from '../schema/indicator.js';
import { isClauseBoundary } from '../extract/chars.js';
import { defineRule } from './rule.js';
import { leadOf } from './support/clause.js';
import { subjectBefore } from './support/subject.js';
import { inTextOrder } from './support/text-order.js';
import type { TextRange } from '../text/facts.js';

// Words that do not say what is counted: 全年共受理, 依法受理 and 共受理 count the same thing, and so
// do 行政复议案件共受理 and 行政复议案件受理.
const FILLERS = /其中|全年|全区|全市|全县|各级|本年度|年内|共计|累计|依法|先后|共|已/g;
// The period a sentence speaks of: a year, months (1—6月, 1-11月), a half or a quarter. A figure
// of the first half (1—6月，受理40件) and one of the whole year (全年受理95件) are two indicators.
const PERIOD = /(?:19|20)\d{2}年|[0-9０-９]{1,2}(?:[-－—–～~至到][0-9０-９]{1,2})?月|上半年|下半年|前三季度|[一二三四1-4１-４]季度/g;
// 开展培训 names many things; 受理行政复议案件 names one.
const MIN_LEAD = 6;
const OF_THE_AIM = /^(?:完成|为|占|达到|相当于)?(?:年度|全年|年初|上级下达)?(?:的)?(?:目标|计划|任务)(?:任务)?(?:数)?的$/;
const LIST_JOINER = /^\s*(?:、|和|及|与|以及|，|,)\s*$/;
const MAX_TAIL = 30;

export const indicatorConflict = defineRule({
  id: 'indicator-conflict',
  description: {
    zh: '同一指标在报告中出现两个不同的数值',
    en: 'The same indicator given two different values in one report',
  },
  severity: 'warning',
  tags: ['indicators'],
  fixable: false,
  // A 政府工作报告 names the same thing for many years and places (中央财政安排…).
  profiles: ['fazhi', 'generic', 'gzbg'],
  messages: {
    conflict: {
      zh: '“{label}”在此为{value}，但第{line}行为{other}：同一指标前后数值不一致，请核对并统一。',
      en: '“{label}” is {value} here but {other} on line {line}: the same indicator has two values; check and make them agree.',
    },
  },
  docs: {
    rationale: {
      zh: '同一指标（表述完全相同、单位相同）在报告中出现两次且数值不同，往往是某处数据未随修改同步更新。只比较时间口径相同的数：同为实绩、预计、目标或安排，同一时期（年份、月份、上半年、季度、五年），同为水平值、增减、累计或年均；去年的预计与今年的目标、五年累计与一年的数不作比较。不同单位（如“区执法应急局”与“区经济发展局”）各自的数字、同一句中的底线与力争值（增长7%以上、力争达到8%）、只有动词的简短表述（如“审结”）、带“余”“约”等的概数不作比较。政府工作报告中只比较指标目录中的指标，以及前后写了两次的同一目标（如先写“地区生产总值增长6%左右”，后又写“增长6.5%左右”）。',
      en: 'The same indicator (identical wording and unit) stated twice with different values usually means one place was not updated. Only figures of one time frame are compared: the same status (result, estimate, target, plan), the same period (year, months, half, quarter, five years) and the same aggregate (level, change, cumulative, average); last year\'s estimate and this year\'s target, or a five-year total and a year\'s figure, are not. Two bodies\' figures (区执法应急局 and 区经济发展局), a floor and its stretch in one sentence (增长7%以上、力争达到8%), a bare verb (审结) and approximate figures are not compared. In a government work report only catalogue indicators are compared, and a target stated twice (地区生产总值增长6%左右, later 增长6.5%左右).',
    },
    bad: ['依法受理行政复议案件90件……全年受理行政复议案件95件。'],
    good: ['依法受理行政复议案件90件……全年受理行政复议案件90件。'],
  },
  check(ctx) {
    const seen = new Map<string, Indicator>();
    const years = new Map<TextRange, string>();
    // The years and months the sentence names, besides the figure's own time frame.
    const yearsAt = (offset: number) => {
      const sentence = ctx.facts.sentenceAt(offset);
      let found = years.get(sentence);
      if (found === undefined) {
        found = yearsOf(ctx.text, sentence);
        years.set(sentence, found);
      }
      return found;
    };
    // A 政府工作报告 names many things in like words (中央财政安排384亿元 for one purpose, 423亿元
    // for another; a district's growth beside the province's): there only catalogue indicators
    // are compared, and a target stated twice (地区生产总值增长6%左右, later 增长6.5%左右) too.
    const keyedOnly = ctx.profile.id === 'gzbg';
    for (const indicator of inTextOrder(ctx.indicators)) {
      let key: string;
      let label: string | null;
      const at = indicator.span.start.offset;
      // Only figures of one time frame are one indicator: last year's estimate and this year's
      // target, a five-year total and a year's figure, a level and its change are not.
      // Made only for a figure that is compared: the subject's search looks back a whole line.
      const frame = () => `${indicator.status}\u0000${indicator.period ?? ''}\u0000${indicator.aggregate}\u0000${yearsAt(at)}`;
      // 区执法应急局…530部 and 区经济发展局…21部: two bodies' figures.
      // Named in the figure's own sentence: a body in the sentence before (认真履行区司法局局长职责。
      // 全年调解矛盾纠纷1826件) is not what the figure counts.
      const subject = () => subjectBefore(ctx.text, at, ctx.facts.sentenceAt(at).start) ?? '';
      if (keyedOnly && indicator.kind === 'target') {
        // Targets are stated with 左右 and 以上: their words, not their precision, say they are one.
        if (!indicator.key) continue;
        label = indicator.label;
        key = `${indicator.key}\u0000${label}\u0000target\u0000${indicator.unitKind}\u0000${frame()}\u0000${subject()}`;
      } else {
        if (indicator.kind !== 'quantity' || !isExact(indicator) || (keyedOnly && !indicator.key)) continue;
        label = identity(ctx.text, indicator);
        if (label === null) continue;
        key = `${indicator.key ?? ''}\u0000${label}…${clauseTail(ctx.text, indicator.span.end.offset)}\u0000${indicator.unitKind}\u0000${frame()}\u0000${subject()}`;
      }
      const first = seen.get(key);
      if (!first) {
        seen.set(key, indicator);
        continue;
      }
      if (first.base.value === indicator.base.value) continue;
      // 增长7%以上、力争达到8%: a floor and its stretch in one sentence, or a list of aims
      // (分别降低13.5%、18%), are not one aim stated twice.
      if (indicator.status === 'target' && ctx.facts.sentenceAt(first.span.start.offset) === ctx.facts.sentenceAt(at)) continue;
      // 存贷款余额229.33亿元、91.09亿元: values listed side by side are of two things a word names
      // together, never one thing said twice.
      if (LIST_JOINER.test(ctx.text.slice(first.span.end.offset, at))) continue;
      ctx.report({
        span: indicator.span,
        messageId: 'conflict',
        data: { label, value: indicator.text, other: first.text, line: first.span.start.line },
        related: [{ span: first.span, message: { zh: '另一处', en: 'the other value' } }],
      });
    }
  },
});

function identity(text: string, indicator: Indicator): string | null {
  const lead = leadOf(text, indicator).replace(FILLERS, '');
  // 完成年度目标的108.3%: a share of the aim of the figure before it, whatever that figure counts.
  if (OF_THE_AIM.test(lead)) return null;
  return lead.length >= MIN_LEAD ? lead : null;
}

/** The rest of the clause after an offset, up to 30 characters (a colon does not end it here). */
function clauseTail(text: string, from: number): string {
  const limit = Math.min(text.length, from + MAX_TAIL);
  let end = from;
  for (; end < limit; end++) {
    const c = text.charCodeAt(end);
    if ((isClauseBoundary(c) && c !== 0xff1a && c !== 0x3a) || c === 0x2026) break; // ： : …
  }
  return text.slice(from, end);
}

function yearsOf(text: string, sentence: { start: number; end: number }): string {
  return (text.slice(sentence.start, sentence.end).match(PERIOD) ?? []).join(',');
}
