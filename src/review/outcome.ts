/**
 * Whether a figure meets a target: at least the target for what should grow (增长5.5%左右, 新增
 * 就业1100万人以上), at most for a ceiling (控制在5.5%以内, 价格涨幅3%左右, 赤字率2.8%左右).
 */
import type { Indicator } from '../schema/indicator.js';
import type { TargetOutcome } from '../schema/review.js';

// What is aimed at from below even when written with 左右 or without a bound: prices, the jobless
// rate, the deficit, debt. (能耗下降3% is a decrease to reach: its words say so by the verb.)
const CEILING = /失业率|价格涨幅|物价|居民消费价格|赤字率|赤字|负债率|杠杆率/;
// 左右 allows a little on either side: a twentieth of the target.
const ABOUT = 0.05;

type Figure = Pick<Indicator, 'base' | 'change' | 'range' | 'target' | 'label'> & { key?: string | undefined };

/** The value with its direction: a fall is negative (下降2% → −2), so that it compares with a rise. */
function signed(x: Figure, value: number): number {
  return x.change?.direction === 'down' ? -value : value;
}

export function outcomeOf(target: Figure, actual: Figure): Exclude<TargetOutcome, 'not-reported'> {
  const scale = target.base.value === 0 ? 1 : Math.abs(target.base.value);
  // A range (6.5%－7%): its value is the low end; the high end in the same base unit.
  const factor = target.range && target.range.low !== 0 ? target.base.value / target.range.low : 1;
  const low = signed(target, target.range ? target.range.low * factor : target.base.value);
  const high = signed(target, target.range ? target.range.high * factor : target.base.value);
  let got = signed(actual, actual.base.value);
  let aim = { low: Math.min(low, high), high: Math.max(low, high) };
  // A decrease to reach (能耗下降3%): the larger the fall, the better; compare the falls.
  if (target.change?.direction === 'down') {
    got = -got;
    aim = { low: -aim.high, high: -aim.low };
  }
  const bound = target.target?.bound ?? 'exact';
  const ceiling = bound === 'at-most' || (bound !== 'at-least' && target.change?.direction !== 'down' && CEILING.test(`${target.key ?? ''}${target.label}`));
  const slack = bound === 'about' ? ABOUT * scale : 0;
  if (ceiling) return got <= aim.high + slack ? 'met' : 'missed';
  return got >= aim.low - slack ? 'met' : 'missed';
}
