import { parseChineseNumeral } from '../numeral/chinese.js';
import { foldDigits } from '../numeral/width.js';
import type { OutlineToken } from './token.js';
import { isLineBreak, isSpace, trimEndOffset } from '../text/space.js';
import { lazyRegExp, YEAR_ARABIC, YEAR_NUMBER } from '../text/numerals.js';
import { withoutLetterSpacing } from '../text/letter-spacing.js';
import { isPageChromeLine, isSiteHeadline, pageChromeLines, pieceLabelLength } from '../text/page-chrome.js';

/** The title line, if the report has one: a short line before the first heading that names the report. */
export interface TitleLine {
  start: number;
  end: number;
}

// Simplified and traditional forms: a report from Hong Kong or Taiwan, or a converted draft.
const TITLE_WORDS = /报告|報告|总结|總結|要点|要點|汇报|匯報|情况|情況|纲要|綱要|计划|計劃/;
const MAX_TITLE_LINE = 90;
const LOOKED_AT_LINES = 4;

/** `from`: where the report's lines begin (after a list of its contents). */
export function findTitleLine(text: string, tokens: OutlineToken[], from = 0): TitleLine | null {
  // `# 某区2025年法治政府建设工作报告`: a lone top Markdown heading that names the report.
  const first = tokens[0];
  if (first?.style === 'markdown' && !tokens.slice(1).some((t) => t.rank === first.rank)) {
    const title = text.slice(first.titleStart, first.titleEnd);
    return TITLE_WORDS.test(title) ? { start: first.titleStart, end: first.titleEnd } : null;
  }
  const limit = first?.start ?? text.length;
  let ls = from;
  // A page's field that names the report (名称：……年度报告): its title when no line of its own gives one.
  let named: TitleLine | null = null;
  // A title without a year (工作报告, the site's column above the report) gives way to one with a
  // year on a line below (2020年某区法治政府建设情况报告).
  let yearless: TitleLine | null = null;
  let headline = false;
  for (let seen = 0; ls < limit && seen < LOOKED_AT_LINES; ) {
    let le = ls;
    while (le < text.length && !isLineBreak(text.charCodeAt(le))) le++;
    let s = ls;
    let e = le;
    while (s < e && /[\s\ufeff#]/.test(text[s] as string)) s++;
    e = trimEndOffset(text, s, e);
    // A version's own title on a sample-text site (篇一：某某镇2019年……报告) begins after its label.
    if (e - s <= MAX_TITLE_LINE) s += pieceLabelLength(text.slice(s, e));
    if (e > s && e - s <= MAX_TITLE_LINE && isPageChromeLine(text.slice(s, e))) {
      // A web page's own lines (发布时间：… 浏览次数：) above the report are neither its title nor its text.
      named ??= namedTitle(text, s, e);
    } else if (e > s) {
      seen++;
      const line = text.slice(s, e);
      // A sentence (ends with 。 or runs long) is the preamble, not a title.
      if (e - s > MAX_TITLE_LINE || /[。；：:]$/.test(line)) return yearless ?? named;
      if (yearless) {
        if (TITLE_WORDS.test(line) && (headline || YEAR_IN_TITLE.test(line)) && !/[。，；：,;:]/.test(line)) return { start: s, end: e };
      } else if (TITLE_WORDS.test(withoutLetterSpacing(line))) {
        // A sample-text site's headline (……工作报告范文, ……（通用3篇）) gives way to the title of the
        // report it offers below.
        if (isSiteHeadline(line)) {
          yearless = { start: s, end: e };
          headline = true;
          ls = le + 1;
          continue;
        }
        // 政 府 工 作 报 告: a title letter-spaced as a cover prints it.
        if (YEAR_IN_TITLE.test(line)) return { start: s, end: e };
        yearless = { start: s, end: e };
      } else {
        // A web page's link text broken onto lines of its own (政府工作报⏎告): the title goes on.
        const rest = nextLine(text, le);
        if (rest && rest.end - rest.start <= BROKEN_TAIL && TITLE_WORDS.test(line + text.slice(rest.start, rest.end))) {
          return { start: s, end: rest.end };
        }
        // A title set in two lines, the issuer and the year over the rest (某某厅关于2019年度⏎法治政府建设情况的报告).
        if (rest && TITLE_HEAD().test(line) && rest.end - rest.start <= MAX_TITLE_LINE) {
          const tail = text.slice(rest.start, rest.end);
          if (TITLE_TAIL.test(tail) && !/[。，；：,;:]/.test(tail)) return { start: s, end: rest.end };
        }
      }
    }
    ls = le + 1;
  }
  return yearless ?? named;
}

const YEAR_IN_TITLE = /[0-9０-９〇零一二三四五六七八九]{4}年/;

// A field line (名称：……) or a table's row (|标题|……|).
const NAME_FIELD = /^[\s\u3000•·*|｜-]*(?:名[ \u3000]{0,2}称|标[ \u3000]{0,2}题|文件名称)[ \u3000]*(?:[:：]|[|｜](?=[^|｜])|\t)[ \u3000]*/;

/** The value of a page's 名称 or 标题 field on the line [s, e), when it names a report. */
function namedTitle(text: string, s: number, e: number): TitleLine | null {
  const field = NAME_FIELD.exec(text.slice(s, e));
  if (!field) return null;
  const start = s + field[0].length;
  // One field to a line: a second one (发布日期：) ends the name.
  const value = text.slice(start, e).split(/[ \u3000]{2,}|[ \u3000]*[|｜\t]|[ \u3000](?=[\u4e00-\u9fff ]{2,8}[:：])/)[0] as string;
  return TITLE_WORDS.test(value) ? { start, end: start + value.length } : null;
}

const BROKEN_TAIL = 2;
// The first line of a title in two: it ends with the year or 关于, and the second with the kind.
const TITLE_HEAD = lazyRegExp(() => `(?:关于|${YEAR_IN_TITLE.source}度?)$`);
const TITLE_TAIL = /(?:报告|報告|总结|總結|汇报|匯報)$/;

/** The next line with words after the line break at `from`, trimmed; blank lines are skipped. */
function nextLine(text: string, from: number): TitleLine | null {
  let at = from;
  while (at < text.length && isSpace(text.charCodeAt(at))) at++;
  if (at >= text.length) return null;
  let end = at;
  while (end < text.length && !isLineBreak(text.charCodeAt(end))) end++;
  return { start: at, end: trimEndOffset(text, at, end) };
}

const YEAR = lazyRegExp(() => `(?:${YEAR_NUMBER})(?=年)`);

// `一、2024年工作回顾`: the review of last year opens a report delivered the year after.
const REVIEW_OF_YEAR = lazyRegExp(() => `^(${YEAR_ARABIC})年(?:度)?(?:政府)?工作回顾`);

/**
 * The year a report is about: from its title; else from a part that reviews a year (a report
 * whose first part is `2024年工作回顾` is the 2025 report); else the first year its opening text
 * names.
 */
export function findYear(text: string, title: TitleLine | null, preambleEnd: number, tokens: readonly OutlineToken[] = []): number | null {
  // Full-width digits (２０２３年) are the same year: folded one for one, offsets unchanged.
  const fromTitle = title ? yearIn(foldDigits(text.slice(title.start, title.end))) : null;
  if (fromTitle !== null) return fromTitle;
  for (const t of tokens) {
    if (t.kind !== 'heading') continue;
    const review = REVIEW_OF_YEAR().exec(text.slice(t.titleStart, t.titleEnd));
    if (review) return Number(foldDigits(review[1] as string)) + 1;
  }
  return yearIn(foldDigits(withoutPageLines(text.slice(0, Math.min(preambleEnd, 2000)))));
}

/** `s` with a web page's lines blanked: a site's note (小编为大家整理的2023年……) names no year of the report. */
function withoutPageLines(s: string): string {
  const lines = pageChromeLines(s);
  if (lines.length === 0) return s;
  let out = '';
  let at = 0;
  for (const { start, end } of lines) {
    out += s.slice(at, start) + ' '.repeat(end - start);
    at = end;
  }
  return out + s.slice(at);
}

/**
 * The first year in `s` that a report can be about: not the end of a period (（2023—2027年）) nor
 * a year in the title of a plan or a law (《某某规划（2021—2025年）》).
 */
function yearIn(s: string): number | null {
  const year = new RegExp(YEAR().source, 'g');
  for (let m = year.exec(s); m; m = year.exec(s)) {
    if (RANGE_END.test(s.slice(Math.max(0, m.index - 6), m.index)) || insideBookTitle(s, m.index)) continue;
    const n = /^\d/.test(m[0]) ? Number(m[0]) : parseChineseNumeral(m[0]);
    return n !== null && n >= 1949 && n <= 2100 ? n : null;
  }
  return null;
}

const RANGE_END = /[0-9〇零一二三四五六七八九]{4}年?[—–－\-~～至到]{1,2}$/;

function insideBookTitle(s: string, at: number): boolean {
  const open = s.lastIndexOf('《', at);
  return open !== -1 && s.lastIndexOf('》', at) < open;
}
