import { SENTENCE_CLOSERS } from '../text/facts.js';
import { SENTENCE_STOPS } from '../text/sentence-end.js';
import { charClasses } from '../text/space.js';
import * as z from 'zod/mini';
import { defineRule } from './rule.js';
import { carriesOwnFacts, isFormula } from './support/formulas.js';

const SINGLE_CLAUSE_FACTOR = 1.5;
// A passage with neither a figure nor a name of the report's own work is still a pasted one when
// it is this many times the minimum length: a paragraph of measures repeated whole.
const LONG_PASSAGE_FACTOR = 3;

const Options = z.object({
  /** Characters of substance a repeated run of clauses must have to be reported (one clause: 1.5×). */
  minLength: z._default(z.number().check(z.int(), z.positive()), 20),
});

export const repeatedSentence = defineRule({
  id: 'repeated-sentence',
  description: { zh: '句子（或一连串分句）逐字重复', en: 'A sentence (or run of clauses) repeated verbatim' },
  severity: 'warning',
  tags: ['wording'],
  fixable: false,
  options: Options,
  messages: {
    repeated: {
      zh: '“{excerpt}”与第{line}行逐字重复：请删去一处，或改写以说明不同的内容。',
      en: '“{excerpt}” repeats line {line} word for word: delete one of them, or rewrite to say what is different.',
    },
    repeatedInLine: {
      zh: '“{excerpt}”与本行第{column}列处逐字重复：请删去一处，或改写以说明不同的内容。',
      en: '“{excerpt}” repeats column {column} of this line word for word: delete one of them, or rewrite to say what is different.',
    },
  },
  docs: {
    rationale: {
      zh: '同一内容在报告不同部分逐字重复（如“工作进展”和“经验做法”各写一遍），说明材料拼接时未加取舍。按分句比较，连续相同的分句合为一处报告；“坚持以习近平新时代中国特色社会主义思想为指导”“坚持稳中求进工作总基调”“奋力谱写……篇章”等固定表述每份报告都会反复出现，不计入长度。值得报告的重复须带有报告自己的事实（数字、本单位工作的名称），或是一整段较长的文字。选项 minLength（默认20）为报告所需的最少字数。',
      en: 'The same passage word for word in two parts of a report (once under 工作进展, again under 经验做法) shows material pasted together without editing. Clauses are compared; a run of equal clauses is one finding. The standard formulas of political language (坚持稳中求进工作总基调, 奋力谱写…篇章) recur by design and do not count towards the length; a repeat worth reporting carries the report’s own facts (a figure, a name of its own work) or is a long passage. Option minLength (default 20) is the number of characters a repeat must have.',
    },
    bad: ['开展“随同式”执法专项活动5期,通过“现场发现、即时整改、全程留痕、闭环管理”,实现监督从“事后纠错”向“源头治理”转变。……开展“随同式”执法专项活动5期,通过“现场发现、即时整改、全程留痕、闭环管理”,实现监督溯源转型。'],
    good: ['开展“随同式”执法专项活动5期，实现监督从“事后纠错”向“源头治理”转变。……以“随同式”执法推动法治政府建设取得新进展。'],
  },
  check(ctx) {
    const { text } = ctx;
    const { count: n, starts, ends, ids } = splitClauses(text);
    for (let i = 0; i < n; ) {
      const j = ids[i] as number;
      if (j === i) {
        i++;
        continue;
      }
      // Extend the repeat as far as the clauses go on being equal (never into itself).
      let k = 1;
      while (i + k < n && j + k < i && ids[i + k] === ids[j + k]) k++;
      // One clause alone must say more than a run of them: a short clause recurs by chance.
      const needed = ctx.options.minLength * (k > 1 ? 1 : SINGLE_CLAUSE_FACTOR);
      // Standard formulas recur by design (坚持稳中求进工作总基调, 奋力谱写…篇章): they may belong to a
      // repeated passage but do not make one, and a repeat worth reporting carries the report's
      // own facts (a figure, a name of its own work) or is a long passage.
      let substance = 0;
      for (let x = i; x < i + k && substance < needed * LONG_PASSAGE_FACTOR; x++) {
        const clause = text.slice(starts[x] as number, ends[x] as number);
        if (!isFormula(clause)) substance += clause.length;
      }
      const start = starts[i] as number;
      const end = ends[i + k - 1] as number;
      const first = ctx.locate.point(starts[j] as number);
      // In one paragraph (a line) the line number would point at the finding itself; there, a
      // sentence said twice is a slip whatever it says.
      const sameLine = ctx.locate.point(start).line === first.line;
      const worth =
        substance >= needed && (sameLine || substance >= needed * LONG_PASSAGE_FACTOR || carriesOwnFacts(text.slice(start, end)));
      // (One in an HTML comment or code is dropped by the checker: no prose to repeat.)
      if (worth) {
        // A run of clauses may span lines: the excerpt is shown on one.
        const excerpt = text.slice(start, Math.min(end, start + 25)).replace(/[\r\n]+/g, ' ');
        ctx.report({
          start,
          end,
          messageId: sameLine ? 'repeatedInLine' : 'repeated',
          data: { excerpt: end - start > 24 ? `${excerpt.slice(0, 24)}…` : excerpt, line: first.line, column: first.column },
          related: [{ start: starts[j] as number, end: ends[j + k - 1] as number, message: { zh: '首次出现', en: 'first occurrence' } }],
        });
      }
      i += k;
    }
  },
});

// A clause ends at a comma, semicolon or colon, a sentence stop (with the quotes closing after
// it) or a line break; the marks are found natively, with test() and lastIndex.
const CLAUSE_END = /[，,；;：:。！？!?\n\r]/g;
const STOP = 1;
const CLOSER = 2;
// An ellipsis, dash or space that opens a clause (……开展) is not part of what it says.
const LEADING = 4;
const TRAILING = 8;
const classes = charClasses([
  [SENTENCE_STOPS, STOP],
  [SENTENCE_CLOSERS, CLOSER],
  ['…— \t\u3000', LEADING],
  [' \t\u3000', TRAILING],
]);

interface Clauses {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** Each clause as the index of its first occurrence, so that runs compare as numbers. */
  ids: Int32Array;
}

/**
 * The clauses of the text, without their closing mark, of at least two characters, each with
 * the index of its first occurrence.
 */
function splitClauses(text: string): Clauses {
  const table = classes();
  const length = text.length;
  // Offsets in typed arrays that double when full: half the memory of arrays of numbers, and
  // less copying as they grow (a long report has hundreds of thousands of clauses).
  let starts = new Int32Array(256);
  let ends = new Int32Array(256);
  let count = 0;
  let start = 0;
  CLAUSE_END.lastIndex = 0;
  for (;;) {
    const found = CLAUSE_END.test(text);
    const at = found ? CLAUSE_END.lastIndex - 1 : length;
    // The clause start..at without leading ellipses or spaces and trailing spaces.
    let from = start;
    let end = at;
    while (from < end && (table[text.charCodeAt(from)] as number) & LEADING) from++;
    while (end > from && (table[text.charCodeAt(end - 1)] as number) & TRAILING) end--;
    // A Markdown table row (| 指标 | 2024年 | 2025年 |) is no clause: tables repeat their headers.
    if (end - from >= 2 && text.charCodeAt(from) !== 0x7c) {
      if (count === starts.length) {
        starts = grown(starts);
        ends = grown(ends);
      }
      starts[count] = from;
      ends[count] = end;
      count++;
    }
    if (!found) break;
    start = at + 1;
    // A stop takes the quotes and brackets closing after it along.
    if ((table[text.charCodeAt(at)] as number) & STOP) {
      while (start < length && (table[text.charCodeAt(start)] as number) & CLOSER) start++;
      CLAUSE_END.lastIndex = start;
    }
  }
  const used = { starts: starts.subarray(0, count), ends: ends.subarray(0, count) };
  return { count, ...used, ids: firstOccurrences(text, used.starts, used.ends) };
}

function grown(array: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const out = new Int32Array(array.length * 2);
  out.set(array);
  return out;
}

/**
 * Each clause as the index of its first occurrence. Most clauses of a report occur once: a cheap
 * fingerprint (length, first, middle and last character) picks out those that may recur, and
 * only they are looked up by their text in a Map (V8 hashes and compares strings natively).
 */
function firstOccurrences(text: string, starts: Int32Array, ends: Int32Array): Int32Array {
  const n = starts.length;
  const ids = new Int32Array(n);
  const prints = new Int32Array(n);
  const seen = new Uint8Array(FINGERPRINTS);
  for (let i = 0; i < n; i++) {
    const from = starts[i] as number;
    const end = ends[i] as number;
    const print =
      (Math.imul(end - from, 0x9e3779b1) ^ Math.imul(text.charCodeAt(from), 0x85ebca6b) ^
        Math.imul(text.charCodeAt((from + end) >> 1), 0xc2b2ae35) ^ text.charCodeAt(end - 1)) & (FINGERPRINTS - 1);
    prints[i] = print;
    if ((seen[print] as number) < 2) (seen[print] as number)++;
  }
  const first = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    ids[i] = i;
    if (seen[prints[i] as number] !== 2) continue;
    const clause = text.slice(starts[i] as number, ends[i] as number);
    const earlier = first.get(clause);
    if (earlier === undefined) first.set(clause, i);
    else ids[i] = earlier;
  }
  return ids;
}

// Fingerprints of clauses, a power of two: a report of a few thousand clauses rarely has two
// distinct ones share one.
const FINGERPRINTS = 1 << 16;
