import { foldWidth } from '../numeral/width.js';
import { ARABIC_DIGIT_RANGE, HAN_MARKER_NUMERAL, HAN_ORDINAL, lazyRegExp } from '../text/numerals.js';

/**
 * What is compared of a title or a label: the words alone. Markers and numbering (一、 （三） 1.),
 * punctuation and spacing are left out, so that a renumbered heading is the same heading; years are
 * masked, since a year-on-year report names its own year in its headings (2015年工作回顾).
 */
// The heading and item markers of src/outline/marker.ts, from the same character sets, as one
// prefix to strip (looser than the outline's: a key needs only the words); Markdown's # too.
const MARKER = lazyRegExp(
  () =>
    `^(?:[（(][${HAN_MARKER_NUMERAL}${ARABIC_DIGIT_RANGE}]{1,3}[）)]|[${HAN_MARKER_NUMERAL}]{1,3}[、.．]|[${ARABIC_DIGIT_RANGE}]{1,2}(?:[.．、](?![${ARABIC_DIGIT_RANGE}]))|[①-⑳]|#+|第[${HAN_ORDINAL}]{1,3}[，,、：:]|[${HAN_ORDINAL}]{1,3}是)\\s*`,
);
const YEAR = /(?:19|20)\d{2}(?=年)/g;
// Punctuation, symbols and spacing of both widths; a single character class, linear.
const NOISE = /[\s\p{P}\p{S}\u3000]+/gu;

export function titleKey(title: string): string {
  // Twice: a Markdown heading may carry a numbering marker as well (`## 3. 下一步工作`).
  const bare = foldWidth(title.trim()).replace(MARKER(), '').replace(MARKER(), '');
  return bare.replace(YEAR, 'Y').replace(NOISE, '');
}

// Words that qualify a count without saying what is counted: `依法受理` and `共受理` count the same
// thing. Longest first, so that 共计 goes before 共.
const LEADING_FILLERS = ['依法', '共计', '累计', '合计', '总计', '全年', '全区', '全市', '全省', '全县', '先后', '分别', '共', '累'];
// Qualifiers the label may have kept (超过3000件): they say how exact the figure is, not what it counts.
const TRAILING_FILLERS = ['达到', '超过', '突破', '不到', '达', '为', '约', '了', '超', '逾', '近'];

/** The label as worded, for telling whether it was reworded: punctuation and years aside. */
export function labelText(label: string): string {
  return foldWidth(label).replace(YEAR, 'Y').replace(NOISE, '');
}

export function labelKey(label: string): string {
  const bare = labelText(label);
  let start = 0;
  let end = bare.length;
  for (let again = true; again; ) {
    again = false;
    for (const f of LEADING_FILLERS) {
      if (end - start > f.length && bare.startsWith(f, start)) {
        start += f.length;
        again = true;
        break;
      }
    }
  }
  for (let again = true; again; ) {
    again = false;
    for (const f of TRAILING_FILLERS) {
      if (end - start > f.length && bare.endsWith(f, end)) {
        end -= f.length;
        again = true;
        break;
      }
    }
  }
  return bare.slice(start, end);
}
