/**
 * Changes and comparisons: 同比增长12.5%, 比上年增加5件, 下降3个百分点, 较2024年减少10%. The verb
 * must end right before the number (after any 近/约 qualifier); 增加到/提高至 state a level, not a
 * change, and 新增 is a quantity (新增就业1312万人).
 */
import { ARABIC_DIGIT_RANGE } from '../text/numerals.js';
import { charSet } from '../text/space.js';
import { foldDigits } from '../numeral/width.js';

export type Direction = 'up' | 'down' | 'flat';

const VERB =
  /(?:增长|增加|提高|上升|上涨|提升|扩大|(?<![新])增|(?<![高])涨|(?<![最较许很])多|下降|减少|降低|回落|缩减|缩小|下滑|压减|削减|精简|缩短|核减|(?<![核])减|(?<![至不最较很])少|(?<![下])降)了?$/;

const VERB_LAST = charSet('长加高升涨大增多降少低落减小滑简短了');
const DOWN = /下降|减少|降低|回落|缩减|缩小|下滑|压减|削减|精简|缩短|减|少|降/;

/** The change verb ending the window (and a 了 after it), as written, or null. */
export function changeVerb(window: string): string | null {
  // Anchored at the end: test the last character before running the regex.
  if (!VERB_LAST.has(window.charCodeAt(window.length - 1))) return null;
  const m = VERB.exec(window);
  return m ? m[0] : null;
}

export function directionOf(verb: string): Direction {
  return DOWN.test(verb) ? 'down' : 'up';
}

/**
 * What a change is measured against after 比 or 较 (比上年, 较上年末, 比2024年同期), longest first.
 * The labeller strips the same bases from labels: one list for both.
 */
export const REFERENCE_BASES = `上年同期|去年同期|上年末|上年底|去年末|去年底|上年|去年|上一年|前一年|年初|[${ARABIC_DIGIT_RANGE}]{4}年(?:底|末|同期|度)?`;

// 比上年 / 较上年同期 / 同比 / 比2024年 / 与去年相比 …: what the change is measured against. Built
// on first use.
let referencePattern: RegExp | null = null;

/** The last comparison base named in the clause, e.g. "同比", "上年", "2024年". */
export function findReference(clause: string): { text: string; index: number; length: number } | null {
  const REFERENCE = (referencePattern ??= new RegExp(`(同比|环比)|(?:比|较|相比|对比)(${REFERENCE_BASES})|与(上年|去年|[${ARABIC_DIGIT_RANGE}]{4}年)(?:同期)?相比`, 'g'));
  REFERENCE.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let m = REFERENCE.exec(clause); m; m = REFERENCE.exec(clause)) last = m;
  if (!last) return null;
  const text = foldDigits(last[1] ?? last[2] ?? last[3] ?? '');
  return { text, index: last.index, length: last[0].length };
}

// A rate of change named as a noun: 增速为6.9%, 涨幅3%左右, 降幅达12%.
const RATE_NOUN = /(增速|增幅|涨幅|增长率|增长速度|降幅|下降率)$/;

export function rateOfChange(label: string): Direction | null {
  const m = RATE_NOUN.exec(label);
  if (!m) return null;
  return m[1] === '降幅' || m[1] === '下降率' ? 'down' : 'up';
}

/** 低/高/快/慢 right before the number, after a comparison base (比去年预算低0.4个百分点). */
export function comparison(window: string): Direction | null {
  const m = /(?:低|高|快|慢|少|多)了?$/.exec(window);
  if (!m) return null;
  return m[0].startsWith('低') || m[0].startsWith('慢') || m[0].startsWith('少') ? 'down' : 'up';
}
