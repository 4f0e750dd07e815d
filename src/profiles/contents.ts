import { sectionEnd, sectionTitleEnd, sectionTitleStart } from '../outline/section.js';
import { walkSections } from '../outline/walk.js';
import type { Outline, Section } from '../schema/outline.js';
import type { Locator } from '../text/location.js';
import { isHan } from '../text/cjk.js';
import { isLineBreak, trimStartOffset } from '../text/space.js';
import type { PartFact, ReportContents } from './facts.js';
import { findMeasuresByContent, findPlanOpener } from './part-content.js';
import { PARTS, PROMISED_CAUSES, type PartDefinition } from './parts.js';

/**
 * Finds the parts of a report (by heading, else by wording) for a profile's schema to judge. Each
 * part is looked for when the schema first reads it: a profile that does not ask for a part does
 * not pay for a search of the whole text.
 */
export function collectContents(text: string, outline: Outline, locate: Locator, sections?: readonly Section[]): ReportContents {
  let headings: Section[] | undefined;
  const find = (part: PartDefinition, from = 0, to = text.length): PartFact | null => {
    headings ??= allHeadings(outline, sections);
    return findByHeading(part, headings, from, to) ?? findByWords(part, text, from, to, locate);
  };
  const shortcomings = () => {
    const found = find(PARTS.shortcomings);
    return found && { ...found, causes: findCauses(found, headings ?? [], text, find) };
  };
  return lazily({
    span: () => outline.title?.span ?? firstLineSpan(text, locate),
    // A part is judged by what its paragraphs do when no heading names it: topical headings over
    // work done with its results are the measures, 2022年，我们将… opens the plan.
    measures: () => find(PARTS.measures) ?? findMeasuresByContent(text, (headings ??= allHeadings(outline, sections)), outline.year, locate),
    leaderDuties: () => find(PARTS.leaderDuties),
    shortcomings,
    plan: () => find(PARTS.plan) ?? findPlanOpener(text, outline.year, locate),
    review: () => find(PARTS.review),
    targets: () => find(PARTS.targets),
  });
}

/** `sections`: every section depth first, when the caller has walked the outline already. */
function allHeadings(outline: Outline, sections: readonly Section[] = walkSections(outline.sections)): Section[] {
  return sections.filter((s) => s.kind === 'heading');
}

/** An object whose properties are computed on first read, then kept. */
function lazily<T extends object>(getters: { [K in keyof T]: () => T[K] }): T {
  const out = {} as T;
  for (const key of Object.keys(getters) as Array<keyof T>) {
    let cached: { value: T[typeof key] } | undefined;
    Object.defineProperty(out, key, {
      enumerable: true,
      get: () => (cached ??= { value: getters[key]() }).value,
    });
  }
  return out;
}

/**
 * Causes are looked for where the shortcomings are: in their section, or in the paragraph that
 * lists them and the next. A section that also holds next year's plan (存在的问题及下一步工作思路)
 * is searched only up to where the plan begins, so that the plan's wording does not pass for causes.
 */
function findCauses(
  shortcomings: PartFact,
  headings: readonly Section[],
  text: string,
  find: (part: PartDefinition, from?: number, to?: number) => PartFact | null,
): PartFact | null {
  const at = shortcomings.span.start.offset;
  const section = headings.find((s) => sectionTitleStart(s) === at);
  if (section) {
    const from = sectionTitleEnd(section);
    let to = sectionEnd(section);
    const plan = PARTS.plan.words?.exec(text.slice(from, to));
    if (plan) to = from + plan.index;
    // A heading that promises the causes (存在的不足和原因) must still give them under it, in
    // any wording of a reason (主要是专业人员流失较多).
    return find(PARTS.causes.heading?.test(section.title) ? PROMISED_CAUSES : PARTS.causes, from, to);
  }
  const from = shortcomings.span.start.offset;
  return find(PARTS.causes, from, paragraphEnd(text, paragraphEnd(text, from) + 1));
}

function findByHeading(part: PartDefinition, headings: readonly Section[], from: number, to: number): PartFact | null {
  if (!part.heading) return null;
  for (const s of headings) {
    const at = sectionTitleStart(s);
    if (at >= from && at < to && part.heading.test(s.title)) return { title: `${s.marker}${s.title}`, span: s.titleSpan };
  }
  return null;
}


function findByWords(part: PartDefinition, text: string, from: number, to: number, locate: Locator): PartFact | null {
  if (!part.words) return null;
  const scope = from === 0 && to === text.length ? text : text.slice(from, to);
  const found = firstWords(part, scope);
  if (found) return { title: found.title, span: locate.span(from + found.index, from + found.index + found.title.length) };
  if (part !== PARTS.causes && part !== PROMISED_CAUSES) return null;
  // A PDF's text breaks lines mid-word (主要原 / 因是): the causes are looked for again with
  // the breaks between two Chinese characters closed.
  const joined = closeWordBreaks(scope);
  if (joined.text.length === scope.length) return null;
  const again = firstWords(part, joined.text);
  if (!again) return null;
  const start = from + (joined.at[again.index] as number);
  const end = from + (joined.at[again.index + again.title.length - 1] as number) + 1;
  return { title: again.title, span: locate.span(start, end) };
}

/** The text with each line break between two Han characters taken out, and where each character was. */
function closeWordBreaks(scope: string): { text: string; at: number[] } {
  const pieces: string[] = [];
  const at: number[] = [];
  let from = 0;
  for (let i = 0; i < scope.length; i++) {
    const c = scope.charCodeAt(i);
    if (isLineBreak(c) && isHan(scope.charCodeAt(i - 1)) && isHan(scope.charCodeAt(i + 1))) {
      pieces.push(scope.slice(from, i));
      from = i + 1;
    } else {
      at.push(i);
    }
  }
  pieces.push(scope.slice(from));
  return { text: pieces.join(''), at };
}

/** The first of the part's words in `scope` that names the part itself, and where. */
function firstWords(part: PartDefinition, scope: string): { title: string; index: number } | null {
  const words = new RegExp((part.words as RegExp).source, 'g');
  for (let m = words.exec(scope); m; m = words.exec(scope)) {
    // Work done about problems or causes (查找存在的问题, 客观剖析原因，制定整改措施) is a measure, not
    // the report's own shortcomings or their causes.
    if (isWorkOn(part, scope, m.index, m[0])) continue;
    // The preamble's announcement of the parts (现将工作情况、存在不足及下一步安排报告如下) names them only.
    if (announces(scope, m.index)) continue;
    return { title: m[0], index: m.index };
  }
  return null;
}

// Verbs of work on problems and causes: what follows them is the object of a measure.
const WORK_ON = /(?:查找|排查|对照|整改|梳理|查摆|解决|发现|剖析|分析|研究|深挖|找准|纠正|整治|化解|破解|针对)[^，,。；;]{0,6}$/;
const ANNOUNCEMENT = /(?:报告|汇报|说明)如下/;
const MAX_SENTENCE = 200;

/** Whether the sentence around `at` announces what the report will set out (……报告如下). */
function announces(scope: string, at: number): boolean {
  let end = at;
  while (end < scope.length && end - at < MAX_SENTENCE && !SENTENCE_STOP.has(scope.charCodeAt(end))) end++;
  let start = at;
  while (start > 0 && at - start < MAX_SENTENCE && !SENTENCE_STOP.has(scope.charCodeAt(start - 1))) start--;
  return ANNOUNCEMENT.test(scope.slice(start, end));
}

// 。！？ and a line break end a sentence; ： does not (……报告如下：).
const SENTENCE_STOP = new Set([0x3002, 0xff01, 0xff1f, 0x0a, 0x0d]);
// Causes stated after the analysis (分析原因：一是…, 剖析原因，主要是…) are causes all the same.
const CAUSES_GIVEN = /^[：:，,]?(?:主要|在于|是|：|:)/;

function isWorkOn(part: PartDefinition, scope: string, at: number, found: string): boolean {
  if (part !== PARTS.shortcomings && part !== PARTS.causes && part !== PROMISED_CAUSES) return false;
  if (!WORK_ON.test(scope.slice(Math.max(0, at - 8), at))) return false;
  return !(part !== PARTS.shortcomings && CAUSES_GIVEN.test(scope.slice(at + found.length, at + found.length + 4)));
}

function paragraphEnd(text: string, from: number): number {
  const n = text.indexOf('\n', from);
  return n === -1 ? text.length : n;
}

/** The first non-blank line: where a finding about the report as a whole is shown. */
export function firstLineSpan(text: string, locate: Locator) {
  // A text of blank lines has no first line of words: its start, not a line past its end.
  const words = trimStartOffset(text, 0, text.length);
  const start = words < text.length ? words : 0;
  let end = start;
  while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
  return locate.span(start, Math.max(end, Math.min(start + 1, text.length)));
}
