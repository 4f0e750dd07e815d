import type { Section } from '../schema/outline.js';
import type { Locator } from '../text/location.js';
import type { PartFact } from './facts.js';
import { PARTS } from './parts.js';

/**
 * Parts judged by what their paragraphs do, for a report whose headings are topical (一、坚持党的
 * 全面领导…, （一）强化理论武装…) rather than the names of the parts: measures are paragraphs
 * that report work done with its results, the plan is what opens with next year and 将.
 */

// A result of work done: a count or share (受理90件, 建成13个, 覆盖率达100%).
const RESULT = /[0-9０-９]+(?:[.．][0-9０-９]+)?(?:余|多)?(?:件|次|人次|人|个|项|场|家|所|名|条|份|宗|期|批|户|起|篇|支|万|亿|%|％)/g;
// Results a section must report to be taken for the measures: one figure may be a plan's target.
const RESULTS_OF_MEASURES = 2;

// Work written of without figures (组织专题学习，健全决策程序，推行告知承诺制): a section under a
// topical heading (一、深入学习宣传贯彻习近平法治思想) that does this at length is a measure too.
const WORK = /开展|组织|召开|举办|完成|办理|出台|制定|修订|印发|建立|健全|推行|实施|落实|深化|推进|规范|加强|强化|提升|完善/g;
const WORKS_OF_MEASURES = 3;
const MEASURE_LENGTH = 80;

// A paragraph that opens next year's plan: 2022年，我们将…; 下一步，…; 新的一年，我局将….
const PLAN_OPENER = /^[\s\u3000]*(?:((?:19|20)[0-9]{2})年(?:[，,]|[^。\n，,]{0,16}?将)|下一步|今后|新的一年|明年)/;

/** Whether a paragraph opens the plan of a year after the report's (2022年，我们将… in a 2021 report). */
export function opensPlan(paragraph: string, year: number | null): boolean {
  const m = PLAN_OPENER.exec(paragraph);
  if (!m) return false;
  if (m[1] === undefined) return true;
  const opened = Number(m[1]);
  // A year alone (2021年，实验区…) opens the review; the next year with 将 opens the plan.
  return (year === null || opened > year) && /将|要|计划|着力|重点/.test(paragraph.slice(0, 40));
}

/** The first paragraph that opens next year's plan, as a part found by its words. */
export function findPlanOpener(text: string, year: number | null, locate: Locator): PartFact | null {
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const paragraph = text.slice(start, end);
    if (opensPlan(paragraph, year)) {
      const clause = /^[^，,。；;\n]*/.exec(paragraph.trimStart())?.[0] ?? '';
      const at = start + (paragraph.length - paragraph.trimStart().length);
      return { title: clause, span: locate.span(at, at + Math.max(clause.length, 1)) };
    }
    start = end + 1;
  }
  return null;
}

/**
 * The first top-level section that reports work done (with results, or at length), when no heading names the
 * measures: not a section whose heading names the shortcomings, the plan or the leaders' duties,
 * nor one that opens with next year's plan. A report without top-level headings reports its
 * measures in paragraphs: the first paragraph with results before the plan.
 */
export function findMeasuresByContent(
  text: string,
  headings: readonly Section[],
  year: number | null,
  locate: Locator,
): PartFact | null {
  const top = headings.filter((s) => s.level === 1);
  for (const s of top) {
    if (PARTS.shortcomings.heading?.test(s.title) || PARTS.plan.heading?.test(s.title) || PARTS.leaderDuties.heading?.test(s.title)) continue;
    const body = text.slice(s.titleSpan.end.offset, s.span.end.offset);
    const firstParagraph = body.slice(body.indexOf('\n') + 1);
    if (opensPlan(s.title, year) || opensPlan(firstParagraph, year)) continue;
    if (reportsWork(body)) return { title: `${s.marker}${s.title}`, span: s.titleSpan };
  }
  if (top.length > 0) return null;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const paragraph = text.slice(start, end);
    if (opensPlan(paragraph, year)) return null;
    if (countResults(paragraph) >= RESULTS_OF_MEASURES) {
      const lead = paragraph.length - paragraph.trimStart().length;
      const clause = /^[^，,。；;\n]*/.exec(paragraph.slice(lead))?.[0] ?? '';
      return { title: clause, span: locate.span(start + lead, start + lead + Math.max(clause.length, 1)) };
    }
    start = end + 1;
  }
  return null;
}

/** Whether a top-level section's body reports work done: results, or work described at length. */
function reportsWork(body: string): boolean {
  if (countResults(body) >= RESULTS_OF_MEASURES) return true;
  if (body.length < MEASURE_LENGTH) return false;
  let n = 0;
  WORK.lastIndex = 0;
  while (n < WORKS_OF_MEASURES && WORK.test(body)) n++;
  return n >= WORKS_OF_MEASURES;
}

function countResults(body: string): number {
  let n = 0;
  RESULT.lastIndex = 0;
  while (n < RESULTS_OF_MEASURES && RESULT.test(body)) n++;
  return n;
}
