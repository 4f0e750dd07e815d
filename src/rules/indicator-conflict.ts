import { isExact } from '../profiles/bounds.js';
import type { Indicator } from '../schema/indicator.js';
import { isClauseBoundary } from '../extract/chars.js';
import { defineRule } from './rule.js';
import { leadOf } from './support/clause.js';
import { inTextOrder } from './support/text-order.js';
import type { TextRange } from '../text/facts.js';

// Words that do not say what is counted: 全年共受理, 依法受理 and 共受理 count the same thing, and so
// do 行政复议案件共受理 and 行政复议案件受理.
const FILLERS = /其中|全年|全区|全市|全县|本年度|年内|共计|累计|依法|先后|共|已/g;
// The period a sentence speaks of: a year, months (1—6月, 1-11月), a half or a quarter. A figure
// of the first half (1—6月，受理40件) and one of the whole year (全年受理95件) are two indicators.
const PERIOD = /(?:19|20)\d{2}年|[0-9０-９]{1,2}(?:[-－—–～~至到][0-9０-９]{1,2})?月|上半年|下半年|前三季度|[一二三四1-4１-４]季度/g;
// 开展培训 names many things; 受理行政复议案件 names one.
const MIN_LEAD = 6;
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
      zh: '同一指标（表述完全相同、单位相同）在报告中出现两次且数值不同，往往是某处数据未随修改同步更新。只有动词的简短表述（如“审结”）、带“余”“约”等的概数、不同时期（年份、月份、上半年、季度）的数据不作比较。政府工作报告中只比较指标目录中的指标，以及前后写了两次的同一目标（如先写“地区生产总值增长6%左右”，后又写“增长6.5%左右”）。',
      en: 'The same indicator (identical wording and unit) stated twice with different values usually means one place was not updated. A bare verb (审结), approximate figures and figures of different periods (years, months, halves, quarters) are not compared. In a government work report only catalogue indicators are compared, and a target stated twice (地区生产总值增长6%左右, later 增长6.5%左右).',
    },
    bad: ['依法受理行政复议案件90件……全年受理行政复议案件95件。'],
    good: ['依法受理行政复议案件90件……全年受理行政复议案件90件。'],
  },
  check(ctx) {
    const seen = new Map<string, Indicator>();
    const years = new Map<TextRange, string>();
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
      const period = yearsAt(indicator.span.start.offset);
      if (keyedOnly && indicator.kind === 'target') {
        // Targets are stated with 左右 and 以上: their words, not their precision, say they are one.
        if (!indicator.key) continue;
        label = indicator.label;
        key = `${indicator.key}\u0000${label}\u0000target\u0000${indicator.unitKind}\u0000${period}`;
      } else {
        if (indicator.kind !== 'quantity' || !isExact(indicator) || (keyedOnly && !indicator.key)) continue;
        label = identity(ctx.text, indicator);
        if (label === null) continue;
        key = `${indicator.key ?? ''}\u0000${label}…${clauseTail(ctx.text, indicator.span.end.offset)}\u0000${indicator.unitKind}\u0000${period}`;
      }
      const first = seen.get(key);
      if (!first) {
        seen.set(key, indicator);
        continue;
      }
      if (first.base.value === indicator.base.value) continue;
      ctx.report({
        span: indicator.span,
        messageId: 'conflict',
        data: { label, value: indicator.text, other: first.text, line: first.span.start.line },
        related: [{ span: first.span, message: { zh: '另一处', en: 'the other value' } }],
      });
    }
  },
});

/**
 * The words that name an indicator, when they are enough to identify it: the clause before the
 * number, of some length. A bare verb (审结) names different things in different sentences, and
 * a catalogue key may have been borrowed from the context, so neither alone identifies a figure.
 * The rest of the clause after the number counts too (安排384亿元用于… and 安排423亿元用于… differ).
 */
function identity(text: string, indicator: Indicator): string | null {
  const lead = leadOf(text, indicator).replace(FILLERS, '');
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
