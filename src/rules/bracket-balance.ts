import { defineRule } from './rule.js';
import { isAsciiDigit, isAsciiLetter } from './support/cjk.js';

// Closer → opener. Half- and full-width round brackets close each other: a mixed pair is
// half-width-punctuation's to fix, not an imbalance.
const OPENER_OF: Readonly<Record<string, string>> = {
  '”': '“', '’': '‘', '》': '《', '〉': '〈', '）': '（(', ')': '（(', '】': '【', '」': '「', '』': '『', '〕': '〔',
};
const OPENERS = '“‘《〈（(【「『〔';
const CLOSER_OF: Readonly<Record<string, string>> = {
  '“': '”', '‘': '’', '《': '》', '〈': '〉', '（': '）', '(': ')', '【': '】', '「': '」', '『': '』', '〔': '〕',
};
const PAIRS = /[“”‘’《》〈〉（）()【】「」『』〔〕\n\r]/g;
// `1）` and `2)` after a stop or at the start of a line number a list: no opening bracket.
const LIST_NUMBER = /(?:^|[\s，,；;。：:])[0-9一二三四五六七八九十]{1,2}$/;

export const bracketBalance = defineRule({
  id: 'bracket-balance',
  description: {
    zh: '引号、书名号、括号不成对',
    en: 'Unbalanced quotation marks, title marks or brackets',
  },
  severity: 'error',
  tags: ['punctuation'],
  fixable: false,
  messages: {
    unclosed: {
      zh: '“{mark}”没有对应的“{closer}”：请补上或删去。',
      en: '“{mark}” is never closed by “{closer}”: add it or delete this one.',
    },
    unopened: {
      zh: '“{mark}”前面没有对应的“{opener}”：请补上或删去。',
      en: '“{mark}” closes nothing: add the “{opener}” before it or delete it.',
    },
  },
  docs: {
    rationale: {
      zh: '引号“”‘’、书名号《》、括号（）【】应在同一段内成对出现。缺一半多是删改时误删；跨段引用请在每段开头加前引号。',
      en: 'Quotation marks “” ‘’, title marks 《》 and brackets （） 【】 come in pairs within a paragraph. A missing half is usually lost in editing.',
    },
    bad: ['认真落实《西宁市重大行政决策程序暂行规定,不断完善重大行政决策制定环节。', '充分发挥法治督察“利剑作用。'],
    good: ['认真落实《西宁市重大行政决策程序暂行规定》，不断完善重大行政决策制定环节。', '充分发挥法治督察“利剑”作用。'],
  },
  check(ctx) {
    const { text } = ctx;
    let stack: number[] = [];
    const unclosed = (at: number) => {
      const mark = text[at] as string;
      ctx.report({ start: at, end: at + 1, messageId: 'unclosed', data: { mark, closer: CLOSER_OF[mark] as string } });
    };
    PAIRS.lastIndex = 0;
    for (let m = PAIRS.exec(text); m; m = PAIRS.exec(text)) {
      const at = m.index;
      const c = m[0];
      if (c === '\n' || c === '\r') {
        stack.forEach(unclosed);
        stack = [];
        continue;
      }
      if (ctx.facts.isOpaque(at)) continue;
      if (OPENERS.includes(c)) {
        stack.push(at);
        continue;
      }
      if (c === '’' && isAsciiLetter(text.charCodeAt(at - 1))) continue; // an apostrophe: China’s
      const openers = OPENER_OF[c] as string;
      let depth = stack.length - 1;
      while (depth >= 0 && !openers.includes(text[stack[depth] as number] as string)) depth--;
      if (depth >= 0) {
        stack.splice(depth + 1).forEach(unclosed);
        stack.pop();
        continue;
      }
      if ((c === ')' || c === '）') && isListNumber(at)) continue;
      ctx.report({ start: at, end: at + 1, messageId: 'unopened', data: { mark: c, opener: (openers[0] as string) } });
    }
    stack.forEach(unclosed);

    function isListNumber(at: number): boolean {
      let s = at;
      while (s > 0 && at - s < 3 && (isAsciiDigit(text.charCodeAt(s - 1)) || '一二三四五六七八九十'.includes(text[s - 1] as string))) s--;
      return s < at && LIST_NUMBER.test(text.slice(Math.max(0, s - 1), at));
    }
  },
});
