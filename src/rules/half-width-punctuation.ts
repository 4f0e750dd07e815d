import { defineRule } from './rule.js';
import { isAsciiDigit, isAsciiLetter, isChinese, isHan } from '../text/cjk.js';
import { charSet, isLineBreak } from '../text/space.js';

const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！', '(': '（', ')': '）', '.': '。' };
// One frozen data object per mark: the checker formats each message once (a long report has
// hundreds of thousands of these findings).
const DATA: Readonly<Record<string, Readonly<{ mark: string; fixed: string }>>> = Object.fromEntries(
  Object.entries(FULL_WIDTH).map(([mark, fixed]) => [mark, Object.freeze({ mark, fixed })]),
);
// A straight quote becomes an opening or a closing one by its place in the pair.
const OPEN_QUOTE = Object.freeze({ mark: '"', fixed: '“' });
const CLOSE_QUOTE = Object.freeze({ mark: '"', fixed: '”' });
// Found with test() and lastIndex: the regex engine skips the text natively and no match array
// is made per mark.
const MARKS = /[,;:?!()（）".\n\r]/g;
// Han numerals before a dot number a heading (一.): heading-dot-mixed's concern, not a full stop.
const HAN_NUMERAL = charSet('〇零一二三四五六七八九十百');

export const halfWidthPunctuation = defineRule({
  id: 'half-width-punctuation',
  description: {
    zh: '中文中使用了半角标点（, ; : ( ) ? ! " .）',
    en: 'Half-width punctuation (, ; : ( ) ? ! " .) in Chinese text',
  },
  severity: 'error',
  tags: ['punctuation'],
  fixable: true,
  messages: {
    mark: {
      zh: '中文中使用了半角“{mark}”：应改为全角“{fixed}”。',
      en: 'Half-width “{mark}” in Chinese text: use the full-width “{fixed}”.',
    },
  },
  docs: {
    rationale: {
      zh: '按照GB/T 15834，中文行文使用全角标点。数字中的逗号和小数点（1,234、7.1）、时间（10:30）、网址和外文中的标点不受影响；“人(次)”等单位中的括号一并改为全角；中文外的半角双引号成对改为“”，句末的半角点改为句号。',
      en: 'Under GB/T 15834 Chinese text takes full-width punctuation. Separators inside numbers (1,234, 7.1), times (10:30), URLs and Latin text are left alone; brackets in units such as 人(次) become full-width too; straight double quotes around Chinese become “ ”, a dot ending a Chinese sentence a 。.',
    },
    bad: ['依法受理90件,审结70件,纠错率7.1%。', '(一)提高政府履职能力', '现将工作开展情况报告如下:', '开展"八五"普法，办结率100%.'],
    good: ['依法受理90件，审结70件，纠错率7.1%。', '（一）提高政府履职能力', '现将工作开展情况报告如下：', '开展“八五”普法，办结率100%。'],
  },
  check(ctx) {
    const { text } = ctx;
    const code = (i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0x0a);
    const report = (at: number, data = DATA[text[at] as string] as { mark: string; fixed: string }) => {
      ctx.report({ start: at, end: at + 1, messageId: 'mark', data, fix: { start: at, end: at + 1, text: data.fixed } });
    };
    // Brackets are judged as pairs on one line: both halves change together, or neither.
    let open: number[] = [];
    let quote = -1;
    MARKS.lastIndex = 0;
    while (MARKS.test(text)) {
      const at = MARKS.lastIndex - 1;
      const c = text.charCodeAt(at);
      if (c === 0x0a || c === 0x0d) {
        if (open.length > 0) open = [];
        quote = -1;
        continue;
      }
      // Not only unreported (the checker drops those) but unread: a bracket in a URL pairs with nothing.
      if (ctx.facts.isOpaque(at)) continue;
      if (c === 0x28 || c === 0xff08) {
        open.push(at);
        continue;
      }
      if (c === 0x29 || c === 0xff09) {
        const start = open.pop();
        if (start === undefined) continue;
        if (text.charCodeAt(start) === 0xff08 && c === 0xff09) continue;
        if (bracketsInChinese(start, at)) {
          if (text.charCodeAt(start) === 0x28) report(start);
          if (c === 0x29) report(at);
        }
        continue;
      }
      if (c === 0x22) {
        if (quote === -1) quote = at;
        else {
          if (bracketsInChinese(quote, at)) {
            report(quote, OPEN_QUOTE);
            report(at, CLOSE_QUOTE);
          }
          quote = -1;
        }
        continue;
      }
      if (c === 0x2e) {
        if (isFullStop(at)) report(at);
        continue;
      }
      if (inChineseText(at)) report(at);
    }

    /** A dot that ends a Chinese sentence: after a word or a percentage, before the next or the line's end. */
    function isFullStop(at: number): boolean {
      const before = code(at - 1);
      const after = code(at + 1);
      if (!(before === 0x25 || (isHan(before) && !HAN_NUMERAL.has(before)))) return false;
      return isLineBreak(after) || isHan(after);
    }

    /** `,` `;` `:` `?` `!` between Chinese words, or after a number and before Chinese. */
    function inChineseText(at: number): boolean {
      const before = code(at - 1);
      const after = code(at + 1);
      const mark = text.charCodeAt(at);
      // ?? and !! are placeholders or emphasis, not sentence stops.
      if ((mark === 0x3f || mark === 0x21) && (before === mark || after === mark)) return false;
      if (isAsciiDigit(before) && isAsciiDigit(after)) return false; // 1,234 10:30
      if (isChinese(before)) return true;
      // A line that a PDF wrapped before the pause: ,出具法律审核意见书18份.
      if (isLineBreak(before) && (mark === 0x2c || mark === 0x3b) && isChinese(after)) return true;
      return isChinese(after) && (isAsciiDigit(before) || isAsciiLetter(before) || before === 0x25 || before === 0x29); // % )
    }

    function bracketsInChinese(start: number, end: number): boolean {
      if (text[start - 1] === ']') return false; // a Markdown link: [text](url)
      if (isChinese(code(start - 1)) || isChinese(code(end + 1))) return true;
      for (let i = start + 1; i < end; i++) if (isChinese(text.charCodeAt(i))) return true;
      // A bracket opening a line (a heading number such as (1)) followed by Chinese.
      return isLineBreak(code(start - 1)) && isChinese(code(end + 1));
    }
  },
});
