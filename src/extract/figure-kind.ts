/**
 * A figure's kind: a target (a goal with its bound), a ratio, a range, a change (with direction
 * and comparison base) or a plain quantity; decided in that order.
 */
import type { IndicatorKind } from '../schema/indicator.js';
import { comparison, directionOf, findReference, rateOfChange } from './change.js';
import type { Change, Previous } from './previous.js';
import { targetBound, type Bound } from './target.js';
import type { UnitDef } from './unit.js';

const REFERENCE_BACK = 30; // how far back a comparison base (比上年, 较2024年) is looked for
// A comparison without a change verb ends in one of these (比去年预算低0.4个百分点).
const MAY_COMPARE = /[低高快慢少多]$/;

/**
 * The change the figure at `at` states: said by its verb, shared with the figure it is joined to,
 * named as a rate of change (增速为6.9%) or a comparison (比去年预算低0.4个百分点); else undefined.
 */
export function changeOf(
  text: string,
  clauseStart: number,
  at: number,
  verb: string | null,
  before: string,
  own: string,
  def: UnitDef | null,
  sameSentence: boolean,
  joined: boolean,
  prev: Previous | null,
): Change {
  if (verb) {
    const ref = findReference(text.slice(Math.max(clauseStart, at - REFERENCE_BACK), at));
    const inherited = sameSentence && prev?.change ? prev.change.reference : null;
    return { direction: directionOf(verb), reference: ref ? ref.text : inherited };
  }
  if (joined && prev?.change) return prev.change;
  // Both are rare; cheap tests guard the regexes.
  const rate = def?.kind === 'percent' || def?.kind === 'percent-point' ? rateOfChange(own) : null;
  const compared = MAY_COMPARE.test(before) ? comparison(before) : null;
  if (!rate && !compared) return undefined;
  const ref = findReference(text.slice(Math.max(clauseStart, at - REFERENCE_BACK), at));
  if (rate) return { direction: rate, reference: ref ? ref.text : null };
  if (compared && ref) return { direction: compared, reference: ref.text };
  return undefined;
}

/**
 * The bound of a figure that is a goal, else null: `goalCue` when its sentence or heading
 * announces goals, `amongResults` when it stands under a heading over the year's results.
 */
export function boundOf(before: string, next: string, prefix: string | null, suffix: string | null, verb: string | null, goalCue: boolean, amongResults: boolean): Bound | null {
  const bound = targetBound(before, next, prefix, suffix, goalCue, amongResults);
  // 增长5%左右: a change stated "about" is a goal, not a result (unless among the results).
  if (!bound && !amongResults && verb && (suffix === '左右' || suffix === '上下')) return 'about';
  return bound;
}

export function kindOf(bound: Bound | null, ratio: boolean, range: boolean, change: Change): IndicatorKind {
  return bound ? 'target' : ratio ? 'ratio' : range ? 'range' : change ? 'change' : 'quantity';
}
