import type { MarkerStyle } from '../schema/outline.js';
import { foldDigits } from '../numeral/width.js';
import { parseChineseNumeral } from '../numeral/chinese.js';
import { ARABIC_DIGIT_RANGE, HAN_ORDINAL, lazyRegExp, YEAR_ARABIC } from '../text/numerals.js';

/**
 * Parts of a report that carry no number: a bare `2024年工作回顾` line, `加强政府自身建设`, and the
 * matter after the body (`附件1`, `名词解释`). Each is a top-level part and starts a new numbering
 * scope, so the `（一）` lists of two parts are two lists, not one that restarts.
 *
 * A line is such a part only when the whole line is the title and the title is one of the forms
 * below: report text is full of short lines (bylines, datelines, link text broken onto lines of
 * its own), and only these few forms head parts. The tables are data: a new form is one line.
 */

// When the part is of: a year, or a period the report speaks of.
export const WHEN = `(?:${YEAR_ARABIC}年(?:度)?|过去一年(?:和五年)?|过去五年|今年|明年|今后五年|今后一个时期|下一步|下一年度|一年来|五年来|本年度|下一?阶段|下半年|(?:第)?四季度)`;

// What a part does. The first group needs a time before it (工作安排 alone is too common a phrase
// in running text); the second stands alone.
export const TIMED_PART = [
  `(?:的)?(?:政府)?工作回顾`,
  `(?:的)?(?:政府)?工作(?:安排|部署|建议|打算|计划|思路|要点|任务)(?:建议)?`,
  `(?:经济社会发展)?(?:的)?主要(?:预期)?(?:目标)?(?:和)?(?:重点)?任务`,
  `(?:的)?目标任务`,
  `(?:的)?重点工作(?:安排|任务)?`,
  `(?:的)?工作(?:总体要求|总体思路)(?:和(?:主要)?(?:预期)?目标(?:任务)?)?`,
  `(?:法治政府建设)?(?:主要)?(?:工作)?(?:举措|措施)(?:和|及)成效`,
];
export const BARE_PART = [
  `(?:全面|切实|进一步|着力|不断)?加强政府自身建设`,
  `对今年政府工作的建议`,
  `(?:工作中)?存在的?(?:主要)?(?:问题|不足)(?:(?:和|与|及)(?:不足|困难|原因))*`,
  `下一步(?:的)?(?:工作)?(?:计划|打算|安排|思路|措施)`,
];

// Three small patterns, not one: V8 compiled the time and the timed forms joined into one pattern
// in 3.3 ms, five times what it takes for them apart, and every report pays that on its first
// short line. A timed title is a time then a form, the split tried at each length of the time.
const WHEN_ALONE = lazyRegExp(() => `^${WHEN}$`);
const TIMED_ALONE = lazyRegExp(() => `^(?:${TIMED_PART.join('|')})$`);
const BARE_ALONE = lazyRegExp(() => `^(?:${BARE_PART.join('|')})$`);
/** Characters of the longest time WHEN says (过去一年和五年: 7); more is never tried. */
const WHEN_LONGEST = 7;

/** Whether a whole line is the title of an unnumbered part. */
function isPartTitle(line: string): boolean {
  if (BARE_ALONE().test(line)) return true;
  const last = Math.min(WHEN_LONGEST, line.length - 1);
  for (let k = 2; k <= last; k++) {
    if (WHEN_ALONE().test(line.slice(0, k)) && TIMED_ALONE().test(line.slice(k))) return true;
  }
  return false;
}

// A part numbered in words, as some reports head their two halves (第一部分　2024年工作回顾).
const NUMBERED_PART = lazyRegExp(() => `^第([${HAN_ORDINAL}]{1,3})部分(?:[\\s\\u3000:：、.．]*)(.{0,40})$`);

// A part numbered as WeChat articles head theirs (01｜2024年主要举措和成效): a number and a bar.
const BAR_PART = /^([0-9０-９]{1,2})[ \u3000]?[｜|\u4e28][\s\u3000]*([^|｜\u4e28]{1,40})$/;

// Matter after the body: an annex with or without a number and a title, a glossary, notes.
const ANNEX = lazyRegExp(() => `^(?:附件|附录)([${ARABIC_DIGIT_RANGE}]{1,2}|[${HAN_ORDINAL}]{1,3})?(?:[\\s\\u3000:：、.．]*)(.{0,40})$`);
const GLOSSARY = /^(?:名词解释|名词注释|注释|注解|附注|名词术语解释)[:：]?$/;

export interface PartLine {
  style: Extract<MarkerStyle, 'part' | 'annex'>;
  /** The marker as written: `附件1` for a numbered annex, `第一部分` for a numbered part, else empty. */
  marker: string;
  ordinal: number | null;
  /** Offsets of the title within the text. */
  titleStart: number;
  titleEnd: number;
  /** A glossary: its entries are definitions, not sections of the report. */
  glossary: boolean;
}

/**
 * The unnumbered part that `text[start, end)` (one line, without its indentation) heads, or
 * null. Lines longer than any part title are rejected before a regex runs.
 */
export function matchPartLine(text: string, start: number, end: number): PartLine | null {
  if (end - start > 48 || end - start < 2) return null;
  const line = text.slice(start, end);
  if (isPartTitle(line)) return { style: 'part', marker: '', ordinal: null, titleStart: start, titleEnd: end, glossary: false };
  if (GLOSSARY.test(line)) return { style: 'annex', marker: '', ordinal: null, titleStart: start, titleEnd: end, glossary: true };
  const numbered = NUMBERED_PART().exec(line);
  if (numbered) {
    const title = numbered[2] ?? '';
    if (/[。，；,;]/.test(title)) return null;
    const marker = `第${numbered[1]}部分`;
    return { style: 'part', marker, ordinal: parseChineseNumeral(numbered[1] as string), titleStart: end - title.length, titleEnd: end, glossary: false };
  }
  const barred = BAR_PART.exec(line);
  if (barred) {
    const title = barred[2] as string;
    if (/[。，；,;]/.test(title)) return null;
    const marker = line.slice(0, line.length - title.length).trimEnd();
    return { style: 'part', marker, ordinal: Number(foldDigits(barred[1] as string)), titleStart: end - title.length, titleEnd: end, glossary: false };
  }
  const annex = ANNEX().exec(line);
  if (annex) {
    const number = annex[1];
    const title = annex[2] ?? '';
    // 附件 followed by a sentence is running text (附件所列…), not an annex heading.
    if (/[。，；,;]/.test(title)) return null;
    const marker = line.slice(0, 2 + (number?.length ?? 0));
    const titleStart = start + line.length - title.length;
    return {
      style: 'annex',
      marker,
      ordinal: number === undefined ? null : HAN_ORDINAL.includes(number[0] as string) ? parseChineseNumeral(number) : Number(foldDigits(number)),
      titleStart,
      titleEnd: end,
      glossary: GLOSSARY.test(title.trim()),
    };
  }
  return null;
}

/** True for a glossary's title (名词解释, 注释): its entries are not sections, its figures not indicators. */
export function isGlossaryTitle(title: string): boolean {
  return GLOSSARY.test(title.trim());
}
