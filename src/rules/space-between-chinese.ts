import type { Section } from '../schema/outline.js';
import { defineRule } from './rule.js';
import { betweenIssuers, isIssuerLine, isTitleBreak } from './support/issuer.js';
import { isHan, isInlineSpace } from '../text/cjk.js';
import { charSet, isLineBreak, lineStartAt } from '../text/space.js';
import { HAN_DIGIT_BY_VALUE, HAN_ORDINAL, HAN_YEAR_DIGITS, lazyRegExp } from '../text/numerals.js';

// Spaces are rare in Chinese text: find them, then look at their neighbours.
const SPACES = /[ \u3000\u00a0]+/g;
// Full-width punctuation of Chinese text, opening and closing; and those after which a space
// before the next word is a typo (a pause or an opening mark).
const CHINESE_MARKS = charSet('，。、；：？！“”‘’（）《》【】');
const MARKS_BEFORE_WORDS = charSet('，、；：“‘（《【');
const SENTENCE_STOPS = charSet('。；！？');
// A figure's parts: a space inside 12.5 %, 3000 余人次 or 受理 90 件 came with the copy.
const PERCENT = charSet('%％‰');
// A dateline sets the date off from the meeting (2026年1月12日 在…第五次会议上).
const DATELINE = lazyRegExp(() => {
  const day = `[0-9${HAN_DIGIT_BY_VALUE}十]`;
  return `^[\\s\\u3000]*(?:[0-9]{4}|[${HAN_YEAR_DIGITS}]{4})年${day}{1,2}月${day}{1,3}日$`;
});
// A full date (2025年1月10日, 2019.12.26, 2019-12-26) opening what follows a space, on a line no
// longer than a signature or a draft's mark.
const FULL_DATE = lazyRegExp(() => {
  const day = `[0-9${HAN_DIGIT_BY_VALUE}十]`;
  return `^(?:(?:[0-9]{4}|[${HAN_YEAR_DIGITS}]{4})年${day}{1,2}月${day}{1,3}日|[0-9]{4}([.\\-/])[0-9]{1,2}\\1[0-9]{1,2}(?![0-9]))`;
});
const MAX_DATED_LINE = 30;
// Columns set out with spaces: a gap of two spaces or more between cells.
const COLUMN_GAP = /[ \u3000]{2,}/g;
const MAX_TABLE_ROW = 100;
// A name set off by spaces (国务院总理 温家宝, 新华社记者 饶爱民 摄) is layout, not a typo.
const MAX_NAME = 4;
// A quoted title set in two halves: each half a phrase, the whole within a line's quote.
const HEADLINE_HALF = 6;
const MAX_QUOTED = 40;
// How far back a half-width ( is looked for from its ).
const MAX_BRACKETED = 16;

export const spaceBetweenChinese = defineRule({
  id: 'space-between-chinese',
  description: { zh: '汉字之间（或汉字与中文标点之间）有多余的空格', en: 'A space between Chinese characters (or a Chinese character and Chinese punctuation)' },
  severity: 'warning',
  tags: ['punctuation'],
  fixable: true,
  messages: {
    space: {
      zh: '中文行文中有空格：请删去。',
      en: 'A space inside Chinese text: delete it.',
    },
  },
  docs: {
    rationale: {
      zh: '中文词语之间、汉字与中文标点之间不加空格（“水平 ，”“， 确保”）；句中的空格多是从其他文档复制时带入的。数字与汉字、单位、百分号之间（“12.5 %”“3000 余人次”）和句末标点后的单个空格（“。 实验区”）也要删去。署名、图片说明中用空格隔开的人名（如“国务院总理 李克强”）、联合行文时并列的发文机关（如“中共××县委  ××县人民政府”“《中共中央办公厅 国务院办公厅关于……》”）、两条口号之间或引号内标题两半之间的空格、句末标点后表示段落缩进的全角空格不在此列。',
      en: 'Chinese words are not separated by spaces, nor are Chinese characters and Chinese punctuation (水平 ，, ， 确保); one inside a sentence usually came with text copied from elsewhere. So do spaces around a figure (12.5 %, 3000 余人次) and a single space after a sentence stop (。 实验区). A name set off by spaces in a byline or caption (国务院总理 李克强) is not concerned, nor the issuing bodies of a joint document set side by side (中共××县委  ××县人民政府, 《中共中央办公厅 国务院办公厅关于……》), nor a space between two quoted slogans or between the two halves of a quoted title or full-width spaces indenting a paragraph after a stop.',
    },
    bad: ['全面落实 行政执法“三项制度”。', '全面提升依法行政水平 ，确保各项工作落到实处。'],
    good: ['全面落实行政执法“三项制度”。', '国务院总理 李克强'],
  },
  check(ctx) {
    const { text } = ctx;
    const code = (i: number) => codeAt(text, i);
    let layout: Set<number> | undefined;
    SPACES.lastIndex = 0;
    for (let m = SPACES.exec(text); m; m = SPACES.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = code(start - 1);
      const after = code(end);
      // Between two Chinese characters, a Chinese character and a mark after it, or a pause or an
      // opening mark and the character after it. Spaces after a sentence stop indent a paragraph
      // run into the line (。　　各位代表！): layout, not a typo.
      const inWords =
        (isHan(before) ? isHan(after) || CHINESE_MARKS.has(after) : isHan(after) && MARKS_BEFORE_WORDS.has(before)) ||
        inChineseBrackets(text, start, end);
      // Around a figure in Chinese text: 12.5 %, 3000 余人次, 共有 219 个.
      const atFigure = (isDigit(before) && (isHan(after) || PERCENT.has(after))) || (isHan(before) && isDigit(after));
      // One space after a sentence stop (。 实验区) is a slip; a run of full-width spaces there
      // indents a paragraph run into the line.
      const afterStop = SENTENCE_STOPS.has(before) && (isHan(after) || isDigit(after)) && m[0].length === 1 && m[0] !== '\u3000';
      if (!inWords && !atFigure && !afterStop) continue;
      if (inWords && isHan(after) && (isName(text, end) || isDateline(text, start) || isIssuerLine(lineAt(text, start)) || betweenIssuers(text, start, end))) continue;
      // A signature's date beside its issuer (某某县人民政府 2021年1月25日), and a full date set off
      // on a short line: a signer's (述职人：某某 2025年1月10日), a draft's (（讨论稿 2019.12.26）).
      if (atFigure && (isIssuerLine(lineAt(text, start)) || datedShortLine(text, start, end))) continue;
      // Columns of a table typed with spaces (项目      2018年     2019年).
      if (m[0].length >= 2 && isSpacedTableRow(text, start, end)) continue;
      // The issuer over 关于……的报告, the two lines of a title run into one.
      if (inWords && isTitleBreak(text, start, end)) continue;
      // A quoted title in two halves (“某某创新监管服务模式 护航平台经济发展”), as headlines are set.
      if (inWords && isHan(after) && inQuotedHeadline(text, start, end)) continue;
      // Before an enumerator run into the line (…以下几个方面 一是…), where a paragraph broke, and
      // after a part's number (第一部分　2024年工作回顾), as parts are headed: layout.
      if ((layout ??= layoutSpaceEnds(ctx.sections)).has(end)) continue;
      // After a heading a page ran into the paragraph before (……收入偏低。四、2022年工作思路 2022年，…):
      // the space stands for the line break after its title.
      if ((inWords || atFigure) && RUN_IN_HEADING().test(text.slice(Math.max(0, start - MAX_RUN_IN_HEADING), start))) continue;
      // A figure with a space on either side (共有 219 个) is one finding, with one fix.
      const figureEnd = isHan(before) && isDigit(after) ? endOfFigure(text, end) : -1;
      const spaceAfter = figureEnd === -1 ? null : /^[ \u00a0]+/.exec(text.slice(figureEnd, figureEnd + 4));
      if (spaceAfter && (isHan(code(figureEnd + spaceAfter[0].length)) || PERCENT.has(code(figureEnd + spaceAfter[0].length)))) {
        const last = figureEnd + spaceAfter[0].length;
        ctx.report({ start, end: last, messageId: 'space', fix: { start, end: last, text: text.slice(end, figureEnd) } });
        SPACES.lastIndex = last;
        continue;
      }
      // 村(居 ) 专职: the spaces on either side of one bracket are one slip, with one fix.
      if (code(end) === 0x29) {
        const spaceAfterBracket = /^[ \u3000\u00a0]+/.exec(text.slice(end + 1, end + 5));
        const last = spaceAfterBracket ? end + 1 + spaceAfterBracket[0].length : -1;
        if (spaceAfterBracket && isHan(code(last)) && inChineseBrackets(text, end + 1, last)) {
          ctx.report({ start, end: last, messageId: 'space', fix: { start, end: last, text: ')' } });
          SPACES.lastIndex = last;
          continue;
        }
      }
      ctx.report({ start, end, messageId: 'space', fix: { start, end, text: '' } });
    }

  },
});

/**
 * Whether the spaces at [from, to) sit inside or beside half-width brackets that a Chinese
 * phrase set inline (村(居 ) 专职, 乡镇(街道) 调委会, 村 (社区)): the brackets are typed
 * half-width, the space is a slip as it would be beside （）. Brackets after no Han, as a
 * heading's (一) or a Latin (PPP), are left alone.
 */
function inChineseBrackets(text: string, from: number, to: number): boolean {
  const before = codeAt(text, from - 1);
  const after = codeAt(text, to);
  // 村 (社区): the bracket opens on Chinese after a Chinese word.
  if (after === 0x28) return isHan(before) && isHan(codeAt(text, to + 1));
  // 村(居 ): the bracket closes on Chinese it opened on.
  if (after === 0x29) return isHan(before) && opensAfterHan(text, from - 1);
  // (街道) 调委会: a Chinese word follows a bracket set inline.
  if (before === 0x29) return isHan(after) && (isHan(codeAt(text, from - 2)) || isInlineSpace(codeAt(text, from - 2))) && opensAfterHan(text, from - 2);
  return false;
}

/** Whether a half-width ( opens at most MAX_BRACKETED before `at`, on its line, after a Han character (and any spaces). */
function opensAfterHan(text: string, at: number): boolean {
  for (let i = at; i >= 0 && at - i <= MAX_BRACKETED; i--) {
    const c = codeAt(text, i);
    if (c === 0x28) {
      let j = i - 1;
      while (j >= 0 && isInlineSpace(codeAt(text, j))) j--;
      return isHan(codeAt(text, j));
    }
    if (c === 0x29 || isLineBreak(c)) return false;
  }
  return false;
}

/** Whether a full date follows the space, on a line of a byline's length. */
function datedShortLine(text: string, from: number, to: number): boolean {
  return shortLineAt(text, from, to, MAX_DATED_LINE) !== null && FULL_DATE().test(text.slice(to, to + 12));
}

/**
 * The line that holds [from, to), if it is no longer than `max`; null otherwise. Looks no
 * further than `max` either way: a long line is not read whole for each space in it.
 */
function shortLineAt(text: string, from: number, to: number, max: number): string | null {
  const lineStart = lineStartAt(text, from, Math.max(0, from - max));
  let lineEnd = to;
  while (lineEnd < text.length && lineEnd - lineStart <= max && !isLineBreak(text.charCodeAt(lineEnd))) lineEnd++;
  return lineEnd - lineStart <= max ? text.slice(lineStart, lineEnd) : null;
}

/** A row of a table set out with runs of spaces: two runs of two spaces or more, on a short line. */
function isSpacedTableRow(text: string, from: number, to: number): boolean {
  const line = shortLineAt(text, from, to, MAX_TABLE_ROW);
  if (line === null) return false;
  let runs = 0;
  for (const _ of line.matchAll(COLUMN_GAP)) if (++runs >= 2) return true;
  return false;
}

/** Whether the line up to the space is a date alone: a dateline. */
function isDateline(text: string, at: number): boolean {
  // Looked back no further than a dateline runs: a lastIndexOf would search a long line whole.
  const lineStart = lineStartAt(text, at, Math.max(0, at - 17));
  return at - lineStart <= 16 && DATELINE().test(text.slice(lineStart, at));
}

/** Where the figure starting at `from` ends: its digits, decimal point and separators. */
function endOfFigure(text: string, from: number): number {
  let i = from;
  while (i < text.length && (isDigit(codeAt(text, i)) || codeAt(text, i) === 0x2e || codeAt(text, i) === 0x2c)) i++;
  return i;
}

function isDigit(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || (c >= 0xff10 && c <= 0xff19);
}

/** A short run of Han after the space that ends at a space or the end of the line. */
function isName(text: string, from: number): boolean {
  let i = from;
  while (i < text.length && i - from <= MAX_NAME && isHan(codeAt(text, i))) i++;
  return i - from <= MAX_NAME && (isInlineSpace(codeAt(text, i)) || isLineBreak(codeAt(text, i)));
}

/** The char code at `i`, a line break outside the text. */
function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : 0x0a;
}

/**
 * Whether the spaces at [from, to) part two halves of a quoted title or name, each a phrase of
 * its own (HEADLINE_HALF characters or more), the quote closing on the same line.
 */
function inQuotedHeadline(text: string, from: number, to: number): boolean {
  let open = -1;
  for (let i = from - 1; i >= 0 && from - i <= MAX_QUOTED; i--) {
    const c = text.charCodeAt(i);
    if (c === 0x201c || c === 0x300a) open = i; // “ 《
    if (c === 0x201c || c === 0x300a || c === 0x201d || c === 0x300b || isLineBreak(c)) break;
  }
  if (open < 0) return false;
  let close = -1;
  for (let i = to; i < text.length && i - to <= MAX_QUOTED; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x201d || c === 0x300b) close = i; // ” 》
    if (c === 0x201c || c === 0x300a || c === 0x201d || c === 0x300b || isLineBreak(c)) break;
  }
  return close >= 0 && hanCount(text, open + 1, from) >= HEADLINE_HALF && hanCount(text, to, close) >= HEADLINE_HALF;
}

function hanCount(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) if (isHan(text.charCodeAt(i))) n++;
  return n;
}

/**
 * Where a space of layout ends: at the marker of an enumerator that does not open its line, and
 * at the title of a numbered part. Built only when a space between words is found.
 */
// A heading's number and title run in after a sentence's stop: 四、2022年工作思路, （三）平安建设.
const MAX_RUN_IN_HEADING = 28;
const RUN_IN_HEADING = lazyRegExp(
  () => `[。！？；][\\s\\u3000]*(?:[${HAN_ORDINAL}]{1,3}、|[（(][${HAN_ORDINAL}]{1,3}[)）])[^，。；：:,;\\s]{2,24}$`,
);

function layoutSpaceEnds(sections: readonly Section[]): Set<number> {
  const out = new Set<number>();
  for (const s of sections) {
    if (s.kind === 'item') out.add(s.span.start.offset);
    else if (s.style === 'part' && s.marker !== '') out.add(s.titleSpan.start.offset);
  }
  return out;
}

/** The line that holds an offset, without its line break. */
function lineAt(text: string, at: number): string {
  let from = at;
  while (from > 0 && !isLineBreak(text.charCodeAt(from - 1))) from--;
  let to = at;
  while (to < text.length && !isLineBreak(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}
