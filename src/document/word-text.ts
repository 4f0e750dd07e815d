/**
 * The text of a Word document as report-lint reads it, and the map from that text back to the
 * document: which Word paragraph each offset is in (for places a person can find), and which
 * XML element each character came from (for fixes and comments written back into the file).
 */

/** Which text of a document with tracked changes is read. */
export type Changes = 'accepted' | 'original';

/** A Word paragraph (body and table cells, counted as Word does) and its range in the text. */
export interface WordParagraph {
  /** 1-based, in document order, table cells' paragraphs included. */
  number: number;
  start: number;
  end: number;
  /** document.xml offsets: after the <w:p …> tag, after its w:pPr (where content starts), of </w:p>. */
  xmlOpenEnd: number;
  xmlContentStart: number;
  xmlClose: number;
  /** A paragraph written <w:p/>: xmlOpenEnd is its tag's end and there is no close tag. */
  selfClosing: boolean;
}

/** A run (w:r) that text came from. */
export interface WordRun {
  /** document.xml offsets of `<w:r`, just after its open tag, and just after `</w:r>`. */
  start: number;
  openEnd: number;
  end: number;
  /** The run's properties as written (`<w:rPr>…</w:rPr>`), or ''. */
  props: string;
  /**
   * Why the run's text may not be rewritten (it is inside another's tracked change, a field's
   * result, a ruby …), or null. Such text is still read, linted and commented.
   */
  locked: string | null;
  /** The outermost element around the run below its paragraph (the run itself when direct). */
  outerStart: number;
  outerEnd: number;
}

/** Where a stretch of the text came from. */
export type Piece =
  /** Characters of a w:t (or w:delText) element: text[start, end) is its decoded content. */
  | { kind: 'text'; start: number; end: number; element: number; elementEnd: number; run: WordRun }
  /** One character standing for an element of a run (w:tab → \t, w:br → \n, w:sym …). */
  | { kind: 'mark'; start: number; end: number; run: WordRun }
  /** An automatic number, resolved from numbering.xml (not in document.xml's text). */
  | { kind: 'label'; start: number; end: number; paragraph: number };

export interface WordText {
  text: string;
  paragraphs: WordParagraph[];
  /** In text order, not overlapping; what lies between them (paragraph and cell breaks) has none. */
  pieces: Piece[];
  /** The prefix of WordprocessingML's namespace in document.xml, with its colon (`w:`). */
  prefix: string;
}
