import { charClasses } from '../text/space.js';
import * as z from 'zod/mini';
import { defineRule } from './rule.js';

// Set phrases of political language recur by design (坚持以习近平新时代中国特色社会主义思想为指导):
// they may belong to a repeated passage but do not make one.
const SET_PHRASE = /习近平|思想|精神|党的|总书记|重要讲话|重要指示|二十大|十九大|党中央|决策部署/;

const SINGLE_CLAUSE_FACTOR = 1.5;

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
  },
  docs: {
    rationale: {
      zh: '同一内容在报告不同部分逐字重复（如“工作进展”和“经验做法”各写一遍），说明材料拼接时未加取舍。按分句比较，连续相同的分句合为一处报告；“坚持以习近平新时代中国特色社会主义思想为指导”等固定表述不计入长度。选项 minLength（默认20）为报告所需的最少字数。',
      en: 'The same passage word for word in two parts of a report (once under 工作进展, again under 经验做法) shows material pasted together without editing. Clauses are compared; a run of equal clauses is one finding. Set phrases of political language do not count towards the length. Option minLength (default 20) is the number of characters a repeat must have.',
    },
    bad: ['开展“随同式”执法专项活动5期,通过“现场发现、即时整改、全程留痕、闭环管理”,实现监督从“事后纠错”向“源头治理”转变。……开展“随同式”执法专项活动5期,通过“现场发现、即时整改、全程留痕、闭环管理”,实现监督溯源转型。'],
    good: ['开展“随同式”执法专项活动5期，实现监督从“事后纠错”向“源头治理”转变。……以“随同式”执法推动法治政府建设取得新进展。'],
  },
  check(ctx) {
    const { text } = ctx;
    const clauses = splitClauses(text);
    const { count: n, starts, ends } = clauses;
    const ids = firstOccurrences(text, clauses);
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
      let substance = 0;
      for (let x = i; x < i + k && substance < needed; x++) {
        const clause = text.slice(starts[x] as number, ends[x] as number);
        if (!SET_PHRASE.test(clause)) substance += clause.length;
      }
      if (substance >= needed) {
        const start = starts[i] as number;
        const end = ends[i + k - 1] as number;
        const excerpt = text.slice(start, end);
        ctx.report({
          start,
          end,
          messageId: 'repeated',
          data: { excerpt: excerpt.length > 24 ? `${excerpt.slice(0, 24)}…` : excerpt, line: ctx.locate.point(starts[j] as number).line },
          related: [{ start: starts[j] as number, end: ends[j + k - 1] as number, message: { zh: '首次出现', en: 'first occurrence' } }],
        });
      }
      i += k;
    }
  },
});

// A clause ends at a comma, semicolon or colon, a sentence stop (with the quotes closing after
// it) or a line break.
const COMMA = 1;
const STOP = 2;
const CLOSER = 4;
// An ellipsis, dash or space that opens a clause (……开展) is not part of what it says.
const LEADING = 8;
const TRAILING = 16;
const LF = 32;
const CR = 64;
const classes = charClasses([
  ['，,；;：:', COMMA],
  ['。！？!?', STOP],
  ['”’）)》」』', CLOSER],
  ['…— \t\u3000', LEADING],
  [' \t\u3000', TRAILING],
  ['\n', LF],
  ['\r', CR],
]);

interface Clauses {
  count: number;
  starts: Int32Array;
  ends: Int32Array;
  /** FNV-1a of each clause's characters, taken while splitting (no second pass over the text). */
  hashes: Int32Array;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/**
 * The clauses of the text, without their closing mark, of at least two characters, each with the
 * hash of what it says. One pass, one table read per character; the clauses are kept in typed
 * arrays rather than an object (and a match array) per clause: a long report has hundreds of
 * thousands.
 */
function splitClauses(text: string): Clauses {
  const table = classes();
  const length = text.length;
  const clauses: Clauses = { count: 0, starts: new Int32Array(256), ends: new Int32Array(256), hashes: new Int32Array(256) };
  // The clause being read: where its words start (after any leading ellipsis or space), where
  // they end (before trailing space), and the hash up to that end. Plain locals, which no
  // closure captures: the loop keeps them in registers.
  let from = -1;
  let end = 0;
  let hash = FNV_OFFSET;
  let kept = FNV_OFFSET;
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    const c = table[code] as number;
    if ((c & (COMMA | STOP | LF | CR)) === 0) {
      if (from < 0) {
        if (c & LEADING) continue;
        from = i;
      }
      hash = Math.imul(hash ^ code, FNV_PRIME);
      if ((c & TRAILING) === 0) {
        kept = hash;
        end = i + 1;
      }
      continue;
    }
    if (from >= 0 && end - from >= 2) addClause(clauses, from, end, kept);
    from = -1;
    hash = kept = FNV_OFFSET;
    // The mark ends the clause; a stop takes the quotes and brackets closing after it along.
    if (c & CR && text.charCodeAt(i + 1) === 0x0a) i++;
    else if (c & STOP) while (i + 1 < length && (table[text.charCodeAt(i + 1)] as number) & CLOSER) i++;
  }
  if (from >= 0 && end - from >= 2) addClause(clauses, from, end, kept);
  return clauses;
}

function addClause(clauses: Clauses, start: number, end: number, hash: number): void {
  if (clauses.count === clauses.starts.length) {
    const capacity = clauses.count * 2;
    clauses.starts = grown(clauses.starts, capacity);
    clauses.ends = grown(clauses.ends, capacity);
    clauses.hashes = grown(clauses.hashes, capacity);
  }
  clauses.starts[clauses.count] = start;
  clauses.ends[clauses.count] = end;
  clauses.hashes[clauses.count] = hash;
  clauses.count++;
}

function grown(array: Int32Array, capacity: number): Int32Array {
  const out = new Int32Array(capacity);
  out.set(array);
  return out;
}

/**
 * Each clause as the index of its first occurrence, so that runs compare as numbers. Clauses go
 * by their hashes into an open-addressing table of clause indexes (no Map, whose 32-bit hash keys
 * would each be a boxed number, and no substring for a clause seen once); equal hashes are
 * confirmed by comparing the text natively.
 */
function firstOccurrences(text: string, clauses: Clauses): Int32Array {
  const { count, starts, ends, hashes } = clauses;
  const ids = new Int32Array(count);
  let size = 16;
  while (size < count * 2) size *= 2;
  const mask = size - 1;
  const slots = new Int32Array(size).fill(-1);
  const same = (a: number, b: number) =>
    (ends[a] as number) - (starts[a] as number) === (ends[b] as number) - (starts[b] as number) &&
    text.startsWith(text.slice(starts[a] as number, ends[a] as number), starts[b] as number);
  for (let i = 0; i < count; i++) {
    const hash = hashes[i] as number;
    let slot = hash & mask;
    let first = i;
    for (let j = slots[slot] as number; j >= 0; j = slots[slot] as number) {
      if (hashes[j] === hash && same(j, i)) {
        first = j;
        break;
      }
      slot = (slot + 1) & mask;
    }
    ids[i] = first;
    if (first === i) slots[slot] = i;
  }
  return ids;
}
