import type { Section } from '../schema/outline.js';
import { defineRule } from './rule.js';
import { markerFor } from './support/numbering.js';
import { markerRange, numberedRuns } from './support/siblings.js';

export const enumeratorOrder = defineRule({
  id: 'enumerator-order',
  description: {
    zh: '“一是、二是……”“第一，第二，……”顺序错乱',
    en: 'In-paragraph enumerators (一是…二是…, 第一，第二，…) out of order',
  },
  severity: 'error',
  tags: ['structure'],
  fixable: false,
  messages: {
    first: {
      zh: '列举从“{found}”开始：应从“{expected}”开始，请检查是否漏写。',
      en: 'The enumeration starts at “{found}”: it should start at “{expected}”; check for a missing item.',
    },
    skip: {
      zh: '列举跳号：“{previous}”之后是“{found}”，缺少“{expected}”，请补上或重新编号。',
      en: 'The enumeration skips: “{found}” follows “{previous}”, “{expected}” is missing; add it or renumber.',
    },
    repeat: {
      zh: '列举重复：“{found}”出现了两次，请重新编号。',
      en: 'The enumeration repeats “{found}”; renumber.',
    },
    order: {
      zh: '列举顺序颠倒：“{found}”出现在“{previous}”之后，请调整顺序或重新编号。',
      en: 'The enumeration is out of order: “{found}” comes after “{previous}”; reorder or renumber.',
    },
  },
  docs: {
    rationale: {
      zh: '段内列举“一是……二是……三是……”应连续编号；新的段落可以重新从“一是”开始。',
      en: 'An in-paragraph enumeration 一是…二是…三是… is numbered without gaps; a new paragraph may start again at 一是.',
    },
    bad: ['一是强化政治引领。区委主要负责同志先后18次调研。二是强化法治督察。对4家单位开展督察。四是抓住“关键少数”。'],
    good: ['一是强化政治引领。区委主要负责同志先后18次调研。二是强化法治督察。对4家单位开展督察。三是抓住“关键少数”。'],
  },
  check(ctx) {
    for (const run of numberedRuns(ctx.outline, 'item')) {
      run.forEach((here, i) => {
        const prev = run[i - 1];
        const n = here.ordinal as number;
        if (!prev) {
          if (n !== 1) ctx.report({ ...markerRange(here), messageId: 'first', data: { found: here.marker, expected: written(here, 1) } });
          return;
        }
        const p = prev.ordinal as number;
        // A paragraph may start an enumeration of its own.
        if (n === p + 1 || (n === 1 && prev.span.start.line !== here.span.start.line)) return;
        const data = { found: here.marker, previous: prev.marker, expected: written(here, p + 1) };
        const messageId = n === p ? 'repeat' : n > p + 1 ? 'skip' : 'order';
        ctx.report({ ...markerRange(here), messageId, data });
      });
    }
  },
});

/** The marker of number `n` as this list writes its markers (三是, or 三要 in a list of 一要 二要). */
function written(item: Section, n: number): string {
  const marker = markerFor(item.style, n);
  return item.style === 'item-shi' ? marker.slice(0, -1) + item.marker.slice(-1) : marker;
}
