import { z } from 'zod';
import { defineRule } from './rule.js';
import type { TextRange } from './support/text-facts.js';

const CLAUSE_BREAK = /[，,；;：:]/g;
// Set phrases of political language recur by design (坚持以习近平新时代中国特色社会主义思想为指导):
// they may belong to a repeated passage but do not make one.
const SET_PHRASE = /习近平|思想|精神|党的|总书记|重要讲话|重要指示|二十大|十九大|党中央|决策部署/;

const SINGLE_CLAUSE_FACTOR = 1.5;

const Options = z.object({
  /** Characters of substance a repeated run of clauses must have to be reported (one clause: 1.5×). */
  minLength: z.number().int().positive().default(20),
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
    const clauses = splitClauses(text, ctx.facts.sentences);
    const keys = clauses.map((c) => text.slice(c.start, c.end));
    const first = new Map<string, number>();
    for (let i = 0; i < clauses.length; ) {
      const key = keys[i] as string;
      const j = first.get(key);
      if (j === undefined) {
        first.set(key, i);
        i++;
        continue;
      }
      // Extend the repeat as far as the clauses go on being equal (never into itself).
      let k = 1;
      while (i + k < clauses.length && j + k < i && keys[i + k] === keys[j + k]) k++;
      let substance = 0;
      for (let x = i; x < i + k; x++) if (!SET_PHRASE.test(keys[x] as string)) substance += (keys[x] as string).length;
      // One clause alone must say more than a run of them: a short clause recurs by chance.
      if (substance >= ctx.options.minLength * (k > 1 ? 1 : SINGLE_CLAUSE_FACTOR)) {
        const start = (clauses[i] as TextRange).start;
        const end = (clauses[i + k - 1] as TextRange).end;
        const source = clauses[j] as TextRange;
        const excerpt = text.slice(start, end);
        ctx.report({
          start,
          end,
          messageId: 'repeated',
          data: { excerpt: excerpt.length > 24 ? `${excerpt.slice(0, 24)}…` : excerpt, line: ctx.locate.point(source.start).line },
          related: [{ start: source.start, end: (clauses[j + k - 1] as TextRange).end, message: { zh: '首次出现', en: 'first occurrence' } }],
        });
      }
      for (let x = i; x < i + k; x++) if (!first.has(keys[x] as string)) first.set(keys[x] as string, x);
      i += k;
    }
  },
});

/** Clauses of every sentence, without their closing mark, of at least two characters. */
function splitClauses(text: string, sentences: readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const s of sentences) {
    const body = text.slice(s.start, s.end);
    let start = 0;
    CLAUSE_BREAK.lastIndex = 0;
    for (let m = CLAUSE_BREAK.exec(body); m; m = CLAUSE_BREAK.exec(body)) {
      push(s.start + start, s.start + m.index);
      start = m.index + 1;
    }
    let end = body.length;
    while (end > start && /[。！？!?\s]/.test(body[end - 1] as string)) end--;
    push(s.start + start, s.start + end);
  }
  return out;

  function push(start: number, end: number): void {
    if (end - start >= 2) out.push({ start, end });
  }
}
