/** What the next figure of a sentence may need of the one before it: its place, label and change. */
import type { Direction } from './change.js';
import type { LabelParts } from './label.js';

export type Change = { direction: Direction; reference: string | null } | undefined;

export interface Previous {
  end: number;
  sentenceStart: number;
  label: string;
  /**
   * The label's part before the number (全市辖 of 全市辖17个区): a figure listed after it with a
   * noun of its own (、2个县) takes this and its own noun, not the whole label.
   */
  stem: string;
  /** The verb heading the 、 list the figure is an item of (新增 of 新增A 37家、B 8家), or ''. */
  head: string;
  /** Computed when a later figure first needs it. */
  parts: LabelParts | null;
  change: Change;
  /** Inside a parenthesis (其中复议12件，诉讼8件) when it was read. */
  inParenthesis: boolean;
}

/** Fills a figure's record (made on first use) for the figures after it. */
export function remember(
  into: Previous | null,
  end: number,
  sentenceStart: number,
  label: string,
  stem: string,
  change: Change,
  inParenthesis: boolean,
  head = '',
): Previous {
  const r = into ?? { end: 0, sentenceStart: 0, label: '', stem: '', head: '', parts: null, change: undefined, inParenthesis: false };
  r.end = end;
  r.sentenceStart = sentenceStart;
  r.label = label;
  r.stem = stem;
  r.head = head;
  r.parts = null;
  r.change = change;
  r.inParenthesis = inParenthesis;
  return r;
}
