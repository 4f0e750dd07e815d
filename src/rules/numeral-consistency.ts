import { CHINESE_NUMERAL_CHARS, parseChineseNumeral } from '../numeral/chinese.js';
import type { Indicator } from '../schema/indicator.js';
import { defineRule, type RuleContext } from './rule.js';

// A count written in Chinese numerals begins with one of these; 百名/千人/万家 with no digit
// before them are slogans (千名律师进万家, 百千万工程), not counts.
const CHINESE_START = '一二两三四五六七八九十';
const DIGITS = '一二两三四五六七八九';
const ARABIC_START = /^[0-9０-９]/;
// The smallest count reported: 一 to 九 in running prose are left to house style.
const MIN_VALUE = 10;
// What a programme's count names: 十件民生实事, 十大重点工程, 十项专项行动.
const PROGRAMME = /^(?:民生实事|惠民实事|实事|重点工程|工程|专项行动|攻坚行动|行动)/;
const QUOTES: ReadonlyArray<readonly [string, string]> = [['“', '”'], ['《', '》'], ['「', '」'], ['『', '』'], ['"', '"']];

export const numeralConsistency = defineRule({
  id: 'numeral-consistency',
  description: {
    zh: '同类计数混用阿拉伯数字和汉字数字（如“备案117件”与“审核文件二十三件”）',
    en: 'Counts written in Arabic digits in one place and Chinese numerals in another (备案117件 next to 审核文件二十三件)',
  },
  severity: 'warning',
  tags: ['punctuation'],
  fixable: true,
  messages: {
    chinese: {
      zh: '“{found}”用汉字数字计数，而本报告其他计数用阿拉伯数字（如“{example}”）：按GB/T 15835，计数应统一用阿拉伯数字，写作“{fixed}”。',
      en: '“{found}” is a count in Chinese numerals, while the report writes its other counts in Arabic digits (e.g. “{example}”): GB/T 15835 wants counts in Arabic digits, “{fixed}”.',
    },
  },
  docs: {
    rationale: {
      zh: '按照GB/T 15835《出版物上数字用法》，计量和计数（件、次、人、项、家……）用阿拉伯数字，同一文件中同类数字的写法应一致。报告中多数计数用阿拉伯数字时，报告用汉字数字写出的确数（“审核文件二十三件”），建议改为“23件”。不报告：定型的词语、序数和缩略语（一是、第一、三张清单、一刻钟、两个严禁、“十五五”、八五普法、二十大、一把手、一站式、一次性）；概数（三四个、二三十件、十余个、二十多人、几十、数百）；引号、书名号中的名称（“百名法官进百村”）和约定俗成的工作名称（十件民生实事、十大工程）；十以下的数（“建成两个中心”“开展培训三次”），按通行做法可用汉字。',
      en: 'Under GB/T 15835 (numbers in publications) counts and measures (件, 次, 人, 项, 家 …) take Arabic digits, and numbers of one kind are written one way within a document. When most counts of a report are in Arabic digits, an exact count in Chinese numerals (审核文件二十三件) is reported with the Arabic form (23件). Not reported: set phrases, ordinals and abbreviations (一是, 第一, 三张清单, 一刻钟, 两个严禁, “十五五”, 八五普法, 二十大, 一把手, 一站式, 一次性); approximate numbers (三四个, 二三十件, 十余个, 二十多人, 几十, 数百); names in quotes or title marks (“百名法官进百村”) and the usual names of programmes (十件民生实事, 十大工程); numbers below ten (建成两个中心, 开展培训三次), which house style may write in Chinese.',
    },
    bad: ['全年备案规范性文件117件，审核区级文件二十三件。'],
    good: ['全年备案规范性文件117件，审核区级文件23件。', '全年备案规范性文件117件，落实“三张清单”制度，一是加强审核，办结十余件。'],
  },
  check(ctx) {
    const arabic: Indicator[] = [];
    const chinese: Indicator[] = [];
    const quoted = quoteCursor(ctx);
    for (const indicator of ctx.indicators) {
      if (indicator.unitKind !== 'count' || indicator.range) continue;
      if (ARABIC_START.test(indicator.text)) arabic.push(indicator);
      else if (isExactChineseCount(ctx, indicator) && !quoted(indicator.span.start.offset)) chinese.push(indicator);
    }
    const nearest = nearestCursor(arabic);
    // The report's own form: only a report that mostly counts in Arabic digits is held to it.
    if (chinese.length === 0 || arabic.length === 0 || arabic.length < chinese.length) return;
    for (const indicator of chinese) {
      const numeral = leadingNumeral(indicator.text);
      const fixed = arabicForm(numeral);
      if (fixed === null) continue;
      const start = indicator.span.start.offset;
      const example = nearest(start).text;
      ctx.report({
        start,
        end: start + indicator.text.length,
        messageId: 'chinese',
        data: { found: indicator.text, example, fixed: fixed + indicator.text.slice(numeral.length) },
        fix: { start, end: start + numeral.length, text: fixed },
      });
    }
  },
});

/** An exact count in Chinese numerals: not an approximation, a slogan or a name in quotes. */
function isExactChineseCount(ctx: RuleContext<Record<string, never>>, indicator: Indicator): boolean {
  const { text } = indicator;
  if (!CHINESE_START.includes(text[0] as string) || indicator.approx !== null) return false;
  if (indicator.base.value < MIN_VALUE) return false;
  // 十四亿人民: a bare magnitude with no unit after it is rhetoric more often than a count.
  if (/^(?:万亿|亿|万)$/.test(indicator.unit)) return false;
  const numeral = leadingNumeral(text);
  // 二三十件, 三四个: two digits side by side give a range of about, not a number.
  for (let i = 1; i < numeral.length; i++) if (DIGITS.includes(numeral[i - 1] as string) && DIGITS.includes(numeral[i] as string)) return false;
  const start = indicator.span.start.offset;
  // A figure in a URL or code is no evidence of how the report writes its counts.
  if (ctx.facts.isOpaque(start)) return false;
  // 十件民生实事, 十大工程, 十项行动: the name of a programme, written so by convention.
  if (PROGRAMME.test(ctx.text.slice(indicator.span.end.offset, indicator.span.end.offset + 4))) return false;
  // 十几件: 几 after the numeral makes it approximate (几十, 数百 before it are not extracted).
  return ctx.text[start + numeral.length] !== '几';
}

/**
 * Whether a quote or title mark opened earlier in the sentence is still open at an offset, asked
 * for offsets in text order: the sentence is read once, forward, however many figures it holds
 * (slicing it for each figure was quadratic in a long sentence).
 */
function quoteCursor(ctx: RuleContext<Record<string, never>>): (at: number) => boolean {
  let sentenceStart = -1;
  let read = 0;
  const open = new Int32Array(QUOTES.length);
  return (at) => {
    const sentence = ctx.facts.sentenceAt(at);
    if (sentence.start !== sentenceStart || at < read) {
      sentenceStart = sentence.start;
      read = sentence.start;
      open.fill(0);
    }
    for (; read < at; read++) {
      const c = ctx.text[read] as string;
      for (let q = 0; q < QUOTES.length; q++) {
        const [opener, closer] = QUOTES[q] as readonly [string, string];
        // A mark that both opens and closes (") toggles; a pair counts its depth.
        if (opener === closer) {
          if (c === opener) open[q] = open[q] === 0 ? 1 : 0;
        } else if (c === opener) open[q] = (open[q] as number) + 1;
        else if (c === closer && (open[q] as number) > 0) open[q] = (open[q] as number) - 1;
      }
    }
    return open.some((n) => n > 0);
  };
}

function leadingNumeral(text: string): string {
  let i = 0;
  while (i < text.length && CHINESE_NUMERAL_CHARS.includes(text[i] as string)) i++;
  return text.slice(0, i);
}

/** 二十三 → 23, 两万 → 2万, 一百二十万 → 120万; null when unsure (一亿二千万). */
function arabicForm(numeral: string): string | null {
  const last = numeral.at(-1);
  if (numeral.includes('亿') && numeral.includes('万')) return null;
  if (last === '万' || last === '亿') {
    const head = numeral.slice(0, -1);
    if (head.includes('万') || head.includes('亿')) return null;
    const n = parseChineseNumeral(head);
    return n === null || n === 0 ? null : `${n}${last}`;
  }
  const n = parseChineseNumeral(numeral);
  return n === null ? null : String(n);
}

/**
 * The Arabic count nearest to an offset, to show the report's own form; asked for offsets in text
 * order, so one pointer walks the list once.
 */
function nearestCursor(list: readonly Indicator[]): (at: number) => Indicator {
  let k = 0;
  return (at) => {
    while (k + 1 < list.length && Math.abs((list[k + 1] as Indicator).span.start.offset - at) < Math.abs((list[k] as Indicator).span.start.offset - at)) k++;
    return list[k] as Indicator;
  };
}
