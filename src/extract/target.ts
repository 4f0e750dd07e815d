/**
 * Targets: 增长5%左右, 控制在3%以内, 不低于90%, 赤字率按2.6%安排, and every figure of a sentence
 * that announces the year's goals (今年发展的主要预期目标是：国内生产总值增长6.5%左右；…).
 */
import { ARABIC_DIGIT_RANGE, lazyRegExp } from '../text/numerals.js';
import { charSet, type CharSet } from '../text/space.js';
import { foldDigits } from '../numeral/width.js';
export type Bound = 'about' | 'at-most' | 'at-least' | 'exact';

// Bounds that make a figure a target wherever they stand. The label extractor leaves these words
// out of labels too, so they are written here once, as words.
export const AT_MOST_WORDS: readonly string[] = ['不超过', '不高于', '不多于'];
export const AT_LEAST_WORDS: readonly string[] = ['不低于', '不少于', '不小于', '至少', '力争达到', '确保达到'];
// 控制在 is a target with a bound word (控制在3%以内, 控制在4%左右) or in a goals sentence; in a
// review of the year (居民消费价格涨幅控制在2.6%) it reports a result.
export const HELD_AT_WORDS: readonly string[] = ['控制在', '控制到'];

interface BoundPatterns {
  atMost: RegExp;
  atLeast: RegExp;
  heldAt: RegExp;
  /** The last characters of all the words: anchored at the end, the regexes would be tried from
   * every position of `before` for every figure, and the last character rules most figures out. */
  last: CharSet;
}

let boundPatterns: BoundPatterns | null = null;

function bounds(): BoundPatterns {
  const endsIn = (words: readonly string[]) => new RegExp(`(?:${words.join('|')})$`);
  return (boundPatterns ??= {
    atMost: endsIn(AT_MOST_WORDS),
    atLeast: endsIn(AT_LEAST_WORDS),
    heldAt: endsIn(HELD_AT_WORDS),
    last: charSet([...AT_MOST_WORDS, ...AT_LEAST_WORDS, ...HELD_AT_WORDS].map((w) => w.at(-1)).join('')),
  });
}

/** Cue words in the sentence before the number that make its figures goals, not results. */
// Not 计划: it is as often a noun (检查计划161项) as a plan of the year.
const CUE = /预期目标|预期增长|主要目标是|目标是|目标为|目标任务是|力争|预计|拟/;

export function findTargetCue(sentence: string): boolean {
  return CUE.test(sentence);
}

// A heading that announces the year's goals (二、2025年主要预期目标) or the plan of the coming
// year's work (六、2026年工作打算, 下一步工作计划): its figures are aims even where a sentence under
// it does not say so (新增城镇就业2400人), and compared with the year's results they would read as
// contradictions. Not a review of them (目标任务完成情况, 工作安排落实情况). Plain 重点工作 heads
// the year's work in a review as often as in a plan.
const GOAL_HEADING = /预期目标|主要目标|目标任务|工作(?:总体)?(?:打算|安排|计划|思路|部署|设想)|主要安排|下一步|下步|明年|来年|下一年|今后|新的一年/;
const REVIEW_HEADING = /完成|实现|回顾|情况|成效|落实/;

export function isGoalHeading(title: string): boolean {
  return GOAL_HEADING.test(title) && !REVIEW_HEADING.test(title);
}

// A heading over the year's results (一、2025年工作回顾, （一）主要成效): under it 控制在3%左右 and
// 1.2%以内 report what was achieved, within a bound, not what is aimed at.
const RESULTS_HEADING = /回顾|成效|成绩|进展|完成情况|工作情况|主要工作|主要做法/;

export function isResultsHeading(title: string): boolean {
  return RESULTS_HEADING.test(title) && !isGoalHeading(title);
}

const HEADING_YEAR = lazyRegExp(() => `[12１２][${ARABIC_DIGIT_RANGE}]{3}(?=年)`);

/** The first year a title names (2025年工作回顾, ２０２５年…), and where its digits are, or null. */
export function yearIn(title: string): { year: number; index: number; length: number } | null {
  const m = HEADING_YEAR().exec(title);
  return m ? { year: Number(foldDigits(m[0])), index: m.index, length: m[0].length } : null;
}

/** The year a heading names (2025年工作回顾 → 2025), or null. */
export function headingYear(title: string): number | null {
  return yearIn(title)?.year ?? null;
}

/**
 * A heading of the key work of a year after the year whose results the report reviews (三、2026年
 * 重点工作 after 一、2025年工作回顾): the year's plan, though its title does not say 安排 or 目标.
 */
export function isLaterWorkHeading(title: string, resultsYear: number | null): boolean {
  if (resultsYear === null || !KEY_WORK.test(title) || REVIEW_HEADING.test(title)) return false;
  const year = headingYear(title);
  return year !== null && year > resultsYear;
}

// 重点工作 heads the year's work in a review as often as in a plan: only its year tells.
const KEY_WORK = /重点工作|重点任务/;

/**
 * The bound when the figure is a target, else null. `before` is the text right before the
 * number (without its prefix qualifier), `after` the text right after the unit and its suffix
 * qualifier; `cue` says whether the sentence announces goals, `results` whether the figure
 * stands under a heading over the year's results.
 */
export function targetBound(
  before: string,
  after: string,
  prefix: string | null,
  suffix: string | null,
  cue: boolean,
  results = false,
): Bound | null {
  const { atMost, atLeast, heldAt, last } = bounds();
  // By char code: before[i] would make a one-character string per figure.
  const bounded = last.has(before.charCodeAt(before.length - 1));
  if (bounded && atMost.test(before)) return 'at-most';
  if (bounded && atLeast.test(before)) return 'at-least';
  if (before.endsWith('按') && after.startsWith('安排')) return suffix === '左右' ? 'about' : 'exact';
  // Among the year's results, 居民消费价格涨幅控制在1.2%以内 says what was achieved.
  if (results && !cue) return null;
  // 以内 says "no more than" wherever else it appears: 城镇调查失业率5.5%以内.
  if (suffix === '以内') return 'at-most';
  if (bounded && heldAt.test(before)) {
    if (suffix === '以下') return 'at-most';
    if (suffix === '左右' || suffix === '上下') return 'about';
    return cue ? 'at-most' : null;
  }
  if (!cue) return null;
  if (suffix === '以下') return 'at-most';
  if (suffix === '以上' || prefix === '超过' || prefix === '超' || prefix === '突破' || prefix === '跨越') return 'at-least';
  if (suffix === '左右' || suffix === '上下' || prefix === '约' || prefix === '约为') return 'about';
  return 'exact';
}
