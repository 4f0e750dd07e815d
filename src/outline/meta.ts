import { parseChineseNumeral } from '../numeral/chinese.js';
import type { OutlineToken } from './token.js';

/** The title line, if the report has one: a short line before the first heading that names the report. */
export interface TitleLine {
  start: number;
  end: number;
}

const TITLE_WORDS = /报告|总结|要点|汇报|情况|纲要|计划/;
const MAX_TITLE_LINE = 90;
const LOOKED_AT_LINES = 4;

export function findTitleLine(text: string, tokens: OutlineToken[]): TitleLine | null {
  const limit = tokens[0]?.start ?? text.length;
  let ls = 0;
  for (let seen = 0; ls < limit && seen < LOOKED_AT_LINES; ) {
    let le = ls;
    while (le < text.length && text[le] !== '\n' && text[le] !== '\r') le++;
    let s = ls;
    let e = le;
    while (s < e && /[\s\ufeff#]/.test(text[s] as string)) s++;
    while (e > s && /\s/.test(text[e - 1] as string)) e--;
    if (e > s) {
      seen++;
      const line = text.slice(s, e);
      // A sentence (ends with 。 or runs long) is the preamble, not a title.
      if (e - s > MAX_TITLE_LINE || /[。；：:]$/.test(line)) return null;
      if (TITLE_WORDS.test(line)) return { start: s, end: e };
    }
    ls = le + 1;
  }
  return null;
}

const YEAR = /(?:19|20)\d{2}(?=年)|[一二〇零][〇零一二三四五六七八九]{3}(?=年)/;

/** The year a report is about: from its title, else the first year its opening text names. */
export function findYear(text: string, title: TitleLine | null, preambleEnd: number): number | null {
  const fromTitle = title ? yearIn(text.slice(title.start, title.end)) : null;
  if (fromTitle !== null) return fromTitle;
  return yearIn(text.slice(0, Math.min(preambleEnd, 2000)));
}

function yearIn(s: string): number | null {
  const m = YEAR.exec(s);
  if (!m) return null;
  const n = /^\d/.test(m[0]) ? Number(m[0]) : parseChineseNumeral(m[0]);
  return n !== null && n >= 1949 && n <= 2100 ? n : null;
}
