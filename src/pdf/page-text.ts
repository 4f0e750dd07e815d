/** A run of text on a PDF page as its text layer gives it (pdf.js's TextItem, in points). */
export interface TextRun {
  text: string;
  /** Baseline origin, PDF user space: y grows upwards. */
  x: number;
  y: number;
  width: number;
  /** The font's size on the page; 0 for a space pdf.js inserts. */
  height: number;
  /** The run ends a line in the text layer. */
  endsLine: boolean;
}

export interface PageText {
  width: number;
  height: number;
  runs: TextRun[];
}

/** A line of a page: its runs joined, where it starts and ends, and its size. */
export interface PageLine {
  page: number;
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
}
