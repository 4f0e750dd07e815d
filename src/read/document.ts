import type { WordDocument } from '../document/reader.js';
import type { Encoding } from '../schema/report.js';

export type DocumentFormat = 'text' | 'markdown' | 'word';

/** What standard input (`-` on the command line) is called in output and messages. */
export const STDIN_NAME = '<stdin>';

/** A report as read: where it came from, its decoded text and how it was encoded. */
export interface ReportDocument {
  /** The path as given (or STDIN_NAME, `<stdin>`). */
  path: string;
  text: string;
  encoding: Encoding;
  format: DocumentFormat;
  /** A Word document: the bytes read and what was read from them (places, parts to write back). */
  word?: { bytes: Uint8Array; document: WordDocument };
}

export function formatOf(path: string): DocumentFormat {
  return /\.(?:md|markdown)$/i.test(path) ? 'markdown' : WORD_FILE.test(path) ? 'word' : 'text';
}

/** Word documents report-lint reads: .docx, with macros (.docm), a template (.dotx, .dotm). */
export const WORD_FILE = /\.(?:docx|docm|dotx|dotm)$/i;
/** Old binary Word and WPS files, which it does not. */
export const BINARY_WORD_FILE = /\.(?:doc|dot|wps|wpt)$/i;
