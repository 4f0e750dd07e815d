import type { MarkerStyle, SectionKind } from '../schema/outline.js';

/** A heading or item marker found by the tokenizer, before the tree is built. */
export interface OutlineToken {
  kind: SectionKind;
  style: MarkerStyle;
  /** Which markers are siblings: the style, or the depth for plain Markdown headings. */
  rank: string;
  marker: string;
  ordinal: number | null;
  start: number;
  titleStart: number;
  titleEnd: number;
  /** End of the line the marker is on (items end with their paragraph). */
  lineEnd: number;
}
