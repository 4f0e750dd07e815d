import type { Section } from '../schema/outline.js';
import { defineRule, type RuleContext } from './rule.js';
import { CIRCLED, markerFor } from './support/numbering.js';
import { markerRange, numberedRuns, writtenRunIn } from './support/siblings.js';
import { sectionStart } from '../outline/section.js';
import { lineStartAt } from '../text/space.js';

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
      zh: '段内列举“一是……二是……三是……”应连续编号；新的段落，或段内冒号引出的新列举（“主要原因：一是……”），可以重新从“一是”开始。',
      en: 'An in-paragraph enumeration 一是…二是…三是… is numbered without gaps; a new paragraph, or a new list a colon introduces within one (主要原因：一是…), may start again at 一是.',
    },
    bad: ['一是强化政治引领。区委主要负责同志先后18次调研。二是强化法治督察。对4家单位开展督察。四是抓住“关键少数”。'],
    good: ['一是强化政治引领。区委主要负责同志先后18次调研。二是强化法治督察。对4家单位开展督察。三是抓住“关键少数”。'],
  },
  check(ctx) {
    checkCircledInLines(ctx);
    // The line from the offset: a compact section makes its whole span (two positions) on each read.
    const lineOf = (s: Section) => ctx.locate.point(sectionStart(s)).line;
    for (const run of numberedRuns(ctx.outline, 'item')) {
      // The lists open at this point, outermost first, each with its last item: a paragraph that
      // starts again at 一是 opens a list of its own (一是…十是 inside the outer list's 七是), and
      // a later paragraph may go on with an outer list (八是 after the inner 十是).
      const open: Section[] = [];
      run.forEach((here, i) => {
        const prev = run[i - 1];
        const n = here.ordinal as number;
        if (!prev) {
          open.push(here);
          // 一是 and 二是 run into a heading's line (三、存在的不足一是…；二是…): read as its title.
          if (n !== 1 && !writtenRunIn(ctx.text, sectionStart(here), written(here, n - 1), true)) {
            ctx.report({ ...markerRange(here), messageId: 'first', data: { found: here.marker, expected: written(here, 1) } });
          }
          return;
        }
        const newParagraph = lineOf(prev) !== lineOf(here);
        if (n === (open[open.length - 1] as Section).ordinal! + 1) {
          open[open.length - 1] = here;
          return;
        }
        // A paragraph may start an enumeration of its own, and so may a colon within one
        // (存在问题：一是……三是……。主要原因：一是……).
        if (n === 1 && (newParagraph || INTRODUCED.test(ctx.text.slice(Math.max(0, sectionStart(here) - 8), sectionStart(here))))) {
          open.push(here);
          return;
        }
        // A later paragraph goes on with the open list it is nearest to: 八是 after 七是 of the
        // outer list, not after 三是 of a list inside 七是 (and 九是 there skips 八是 of the outer).
        const at = newParagraph ? listGoingOn(open, n) : open.length - 1;
        open.length = at + 1;
        const last = open[at] as Section;
        open[at] = here;
        const p = last.ordinal as number;
        if (n === p + 1) return;
        const data = { found: here.marker, previous: last.marker, expected: written(here, p + 1) };
        const messageId = n === p ? 'repeat' : n > p + 1 ? 'skip' : 'order';
        ctx.report({ ...markerRange(here), messageId, data });
      });
    }
  },
});

const CIRCLED_IN_LINE = /[①-⑳]/g;
// What introduces a list of its own inside a paragraph: a colon, or 原因 and a comma (究其原因，一是).
const INTRODUCED = /(?:[：:]|原因[，,])[\s\u3000]*$/;

/**
 * Circled numbers written inside a paragraph (重点开展了以下工作：①……②……④……), which the
 * outline does not read as items: two or more in one paragraph count on one by one.
 */
function checkCircledInLines(ctx: RuleContext<Record<string, never>, 'skip' | 'repeat' | 'order'>): void {
  const { text } = ctx;
  let line = -1;
  let run: Array<{ at: number; n: number }> = [];
  const flush = () => {
    if (run.length >= 2) {
      run.forEach((here, i) => {
        // The first may go on from a paragraph before (notes numbered through the text): not judged.
        if (i === 0) return;
        const report = (messageId: 'skip' | 'repeat' | 'order', data: Record<string, string>) =>
          ctx.report({ start: here.at, end: here.at + 1, messageId, data: { found: CIRCLED[here.n - 1] as string, ...data } });
        const p = (run[i - 1] as { n: number }).n;
        if (here.n === p + 1) return;
        const data = { previous: CIRCLED[p - 1] as string, expected: CIRCLED[p] ?? '' };
        report(here.n === p ? 'repeat' : here.n > p + 1 ? 'skip' : 'order', data);
      });
    }
    run = [];
  };
  CIRCLED_IN_LINE.lastIndex = 0;
  for (let m = CIRCLED_IN_LINE.exec(text); m; m = CIRCLED_IN_LINE.exec(text)) {
    const at = m.index;
    if (ctx.facts.isOpaque(at)) continue;
    const lineStart = lineStartAt(text, at);
    if (lineStart !== line) {
      flush();
      line = lineStart;
    }
    // One at the line's start heads the line (a circled heading), the outline's to read.
    if (text.slice(lineStart, at).trim() === '') continue;
    run.push({ at, n: CIRCLED.indexOf(m[0]) + 1 });
  }
  flush();
}

/**
 * The open list an item of a new paragraph belongs to: the one whose last item is nearest below
 * it (the innermost on a tie), else the current one.
 */
function listGoingOn(open: readonly Section[], n: number): number {
  let best = open.length - 1;
  let bestOrdinal = -1;
  for (let k = open.length - 1; k >= 0; k--) {
    const o = (open[k] as Section).ordinal as number;
    if (o < n && o > bestOrdinal) {
      best = k;
      bestOrdinal = o;
    }
  }
  return best;
}

/** The marker of number `n` as this list writes its markers (三是, or 三要 in a list of 一要 二要). */
function written(item: Section, n: number): string {
  const marker = markerFor(item.style, n);
  return item.style === 'item-shi' ? marker.slice(0, -1) + item.marker.slice(-1) : marker;
}
