import type { ParagraphRange } from '../document/places.js';
import type { WordDocument } from '../document/reader.js';
import type { PdfLine } from '../pdf/read.js';
import type { Encoding } from '../schema/report.js';
import type { Oddity } from './decode.js';

export type DocumentFormat = 'text' | 'markdown' | 'word' | 'html' | 'pdf';

/** What standard input (`-` on the command line) is called in output and messages. */
export const STDIN_NAME = '<stdin>';

/** A report as read: where it came from, its decoded text and how it was encoded. */
export interface ReportDocument {
  /** The path as given (or STDIN_NAME, `<stdin>`). */
  path: string;
  text: string;
  encoding: Encoding;
  format: DocumentFormat;
  /** Stray control characters and invalid bytes, in text order: findings, not a refusal. */
  oddities?: Oddity[];
  /** The file as it was read, when read to be fixed: --fix writes only over that same file. */
  stamp?: FileStamp;
  /** A Word document: the bytes read and what was read from them (places, parts to write back). */
  word?: { bytes: Uint8Array; document: WordDocument };
  /**
   * A document read into text from another form (a web page): its paragraphs, by which a finding
   * is placed (第N段), as a Word document's are. The text is not the file: it cannot be fixed in place.
   */
  paragraphs?: readonly ParagraphRange[];
  /** A PDF: where each line of its pages starts in the text, for places by page and line. */
  pdfLines?: readonly PdfLine[];
}

/**
 * What identifies a file's content at one moment: a save in between changes at least one of
 * these (an editor that keeps size and mtime still changes the hash).
 */
export interface FileStamp {
  size: number;
  /** Modification time in nanoseconds, as a decimal string (a bigint does not survive JSON). */
  mtimeNs: string;
  /** SHA-256 of the bytes, hexadecimal. */
  sha256: string;
}

export function formatOf(path: string): DocumentFormat {
  return /\.(?:md|markdown)$/i.test(path) ? 'markdown' : WORD_FILE.test(path) ? 'word' : HTML_FILE.test(path) ? 'html' : PDF_FILE.test(path) ? 'pdf' : 'text';
}

/** Word documents report-lint reads: .docx, with macros (.docm), a template (.dotx, .dotm). */
const WORD_FILE = /\.(?:docx|docm|dotx|dotm)$/i;
/** Web pages: a saved page or its source. */
const HTML_FILE = /\.(?:html|htm|xhtml|shtml)$/i;
/** PDF files: their text layer. */
const PDF_FILE = /\.pdf$/i;
/** Old binary Word and WPS files, which it does not. */
export const BINARY_WORD_FILE = /\.(?:doc|dot|wps|wpt)$/i;
