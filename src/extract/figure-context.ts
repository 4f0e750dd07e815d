/** What surrounds a figure: the qualifier and change verb before it, the qualifier after it. */
import { changeVerb } from './change.js';
import { prefixQualifier, suffixQualifierAt } from './qualifier.js';

const BACK = 16; // how far back qualifiers, change verbs and comparison bases are looked for

export interface FigureContext {
  /** Up to BACK characters of the clause before the figure, without the prefix qualifier. */
  before: string;
  /** 约, 超过, 近 … right before the figure, or null. */
  prefix: string | null;
  /** 增长, 下降 … ending `before`, or null. */
  verb: string | null;
  /** 以上, 左右 … right after the unit, or null. */
  suffix: string | null;
  /** Where the figure's words end: after the suffix qualifier, else after the unit. */
  afterEnd: number;
}

export function newFigureContext(): FigureContext {
  return { before: '', prefix: null, verb: null, suffix: null, afterEnd: 0 };
}

/**
 * The context of the figure at [at, unitEnd) in the clause that starts at `clauseStart`, filled
 * into `into` (the scanner passes one record for all its figures: no object per figure).
 */
export function figureContext(text: string, clauseStart: number, at: number, unitEnd: number, into = newFigureContext()): FigureContext {
  let before = text.slice(Math.max(clauseStart, at - BACK), at);
  const prefix = prefixQualifier(before);
  if (prefix) before = before.slice(0, before.length - prefix.length);
  const suffix = suffixQualifierAt(text, unitEnd);
  into.before = before;
  into.prefix = prefix;
  into.verb = changeVerb(before);
  into.suffix = suffix;
  into.afterEnd = suffix ? unitEnd + suffix.length : unitEnd;
  return into;
}
