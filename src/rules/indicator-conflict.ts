import { isExact } from '../profiles/bounds.js';
import type { Indicator } from '../schema/indicator.js';
import { defineRule } from './rule.js';
import { leadOf } from './support/clause.js';

// Words that open a clause without saying what is counted: 共受理 and 受理 count the same thing.
const OPENERS = /^(?:其中|全年|全区|全市|全县|本年度|年内|共计|累计|共|已|依法|先后)+/;
const YEAR = /(?:19|20)\d{2}年/g;
const MIN_LEAD = 4;

export const indicatorConflict = defineRule({
  id: 'indicator-conflict',
  description: {
    zh: '同一指标在报告中出现两个不同的数值',
    en: 'The same indicator given two different values in one report',
  },
  severity: 'warning',
  tags: ['indicators'],
  fixable: false,
  messages: {
    conflict: {
      zh: '“{label}”在此为{value}，但第{line}行为{other}：同一指标前后数值不一致，请核对并统一。',
      en: '“{label}” is {value} here but {other} on line {line}: the same indicator has two values; check and make them agree.',
    },
  },
  docs: {
    rationale: {
      zh: '同一指标（按指标目录的标准键，或完全相同的表述和单位）在报告中出现两次且数值不同，往往是某处数据未随修改同步更新。带“余”“约”等的概数、不同年份的数据不作比较。',
      en: 'The same indicator (by catalogue key, or by identical wording and unit) stated twice with different values usually means one place was not updated. Approximate figures and figures of different years are not compared.',
    },
    bad: ['依法受理行政复议案件90件……全年受理行政复议案件95件。'],
    good: ['依法受理行政复议案件90件……全年受理行政复议案件90件。'],
  },
  check(ctx) {
    // A 政府工作报告 names the same thing for many years and places (中央财政安排…): there only
    // catalogue keys identify an indicator.
    const byWording = ctx.profile.id !== 'gzbg';
    const seen = new Map<string, Indicator>();
    const sorted = [...ctx.indicators].sort((a, b) => a.span.start.offset - b.span.start.offset);
    for (const indicator of sorted) {
      if (indicator.kind !== 'quantity' || !isExact(indicator)) continue;
      const label = identity(ctx.text, indicator, byWording);
      if (label === null) continue;
      const key = `${indicator.key ?? `${label}…${clauseTail(ctx.text, indicator.span.end.offset)}`}\u0000${indicator.unitKind}\u0000${yearsOf(ctx.text, ctx.facts.sentenceAt(indicator.span.start.offset))}`;
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
 * The words that name an indicator, when they are enough to identify it: with a catalogue key,
 * or (where wording is trusted) a clause of some length. The rest of the clause after the number
 * is part of the identity too (安排384亿元用于… and 安排423亿元用于… differ).
 */
function identity(text: string, indicator: Indicator, byWording: boolean): string | null {
  const lead = leadOf(text, indicator).replace(OPENERS, '');
  if (indicator.key) return lead.length > 0 ? lead : indicator.label;
  return byWording && lead.length >= MIN_LEAD ? lead : null;
}

function clauseTail(text: string, from: number): string {
  const rest = text.slice(from, from + 30);
  const end = /[，,；;。！？!?、\n]/.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}

function yearsOf(text: string, sentence: { start: number; end: number }): string {
  return (text.slice(sentence.start, sentence.end).match(YEAR) ?? []).join(',');
}
