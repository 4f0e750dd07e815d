/**
 * Approximation qualifiers. 余/多 sit between number and unit and are inside the span
 * (1600余次); 近 约 超 超过 突破 逾 不到 precede the number and 以上 左右 上下 follow the unit, and both
 * of those stay outside the span (the gold's convention) but are recorded in `approx`.
 */
import { charSet } from '../text/space.js';

/** 余 or 多 right after the number. */
export function innerQualifierAt(text: string, at: number): string | null {
  const c = text.charCodeAt(at);
  return c === 0x4f59 ? '余' : c === 0x591a ? '多' : null;
}

// The lookbehinds keep words that merely end in the qualifier's character out: 最近, 节约,
// 签约, 预约, 赶超 are not qualifiers.
const PREFIX_LAST = charSet('近约为过超逾到足破越');
// 破 alone as 突破 (率先破亿), not 打破 攻破 击破 爆破.
const PREFIX = /(?:将近|接近|(?<!最|附)近|大约|约为|(?<![节制签预契公违履条集简])约|超过|(?<!赶)超|突破|跨越|(?<![打攻击爆])破|逾|不到|不足)$/;

/** The qualifier ending right before the number, as written. */
export function prefixQualifier(window: string): string | null {
  // The regex is anchored at the end, which V8 tries from every position: test the last
  // character first.
  if (!PREFIX_LAST.has(window.charCodeAt(window.length - 1))) return null;
  const m = PREFIX.exec(window);
  return m ? m[0] : null;
}

/** What a qualifier in `approx` says of the true value against the figure written. */
export type ApproxKind = 'more' | 'above' | 'about' | 'nearly' | 'below';

/**
 * The meaning of each qualifier the extractor reports, kept beside the patterns that find them:
 * 1600余 is a little more, 超过1600 anything above, 约1600 about, 近1600 a little less or about,
 * 不到1600 less. Null for anything else.
 */
export function approxKind(approx: string): ApproxKind | null {
  switch (approx) {
    case '余':
    case '多':
      return 'more';
    case '超':
    case '超过':
    case '突破':
    case '跨越': // 跨越3000亿元规模: passed it, as 突破
    case '破':
    case '上': // 上亿人: of the order of, and at least
    case '逾':
    case '以上':
      return 'above';
    case '约':
    case '大约':
    case '左右':
    case '上下':
      return 'about';
    case '近':
    case '将近':
    case '接近':
      return 'nearly';
    case '不到':
    case '不足':
    case '以内':
    case '以下':
      return 'below';
    default:
      return null;
  }
}

/** The qualifier as reported in `approx`: 约为 is 约. */
export function approxOf(prefix: string): string {
  return prefix === '约为' ? '约' : prefix;
}

const SUFFIX = /以上|左右|上下(?![班游级来])|以内|以下/y;

/**
 * The qualifier right after the unit. 以上 左右 上下 are approximations; 以内 以下 are bounds
 * (控制在3%以内), used by the target extractor and not reported in `approx`.
 */
export function suffixQualifierAt(text: string, at: number): string | null {
  const c = text.charCodeAt(at);
  if (c !== 0x4ee5 && c !== 0x5de6 && c !== 0x4e0a) return null; // 以 左 上
  SUFFIX.lastIndex = at;
  const m = SUFFIX.exec(text);
  return m ? m[0] : null;
}

/** 以上 左右 上下 approximate; 以内 以下 bound. */
export function isApproxSuffix(suffix: string): boolean {
  return suffix !== '以内' && suffix !== '以下';
}
