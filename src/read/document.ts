import type { Encoding } from '../schema/report.js';

export type DocumentFormat = 'text' | 'markdown';

/** What standard input (`-` on the command line) is called in output and messages. */
export const STDIN_NAME = '<stdin>';

/** A report as read: where it came from, its decoded text and how it was encoded. */
export interface ReportDocument {
  /** The path as given (or STDIN_NAME, `<stdin>`). */
  path: string;
  text: string;
  encoding: Encoding;
  format: DocumentFormat;
}

export function formatOf(path: string): DocumentFormat {
  return /\.(?:md|markdown)$/i.test(path) ? 'markdown' : 'text';
}
