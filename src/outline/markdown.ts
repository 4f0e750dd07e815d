/**
 * What the outline needs to know of a Markdown document, computed by the reader
 * (src/read/markdown.ts, a block scanner that agrees with CommonMark): where the top-level
 * ATX/setext headings are and which ranges are code or HTML, whose lines are never headings or
 * items.
 */
export interface MarkdownHeading {
  depth: number;
  /** Offset of the heading node (the first `#`). */
  start: number;
  /** Offset of the heading's text, after `#` and spaces. */
  contentStart: number;
  /** Offset just after the heading's text. */
  contentEnd: number;
}

export interface MarkdownStructure {
  headings: MarkdownHeading[];
  /** Ranges [start, end) of code blocks, HTML and front matter. */
  opaque: Array<{ start: number; end: number }>;
}
