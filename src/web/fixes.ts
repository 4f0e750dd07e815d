import { applyEdits, type TextEdit } from '../check/fix.js';
import { composeEdits } from '../document/compose.js';
import { fixWord } from '../document/fix.js';
import { encode } from '../read/decode.js';
import type { ReportDocument } from '../read/document.js';

/**
 * The fixes the person applied, pass by pass, to the text as first opened: the text now, and
 * for a Word document the passes that the CLI's writer turns into tracked changes of the
 * original (src/cli/actions/lint-word.ts does the same with --fix).
 */
export interface FixHistory {
  original: ReportDocument;
  texts: string[];
  passes: TextEdit[][];
  count: number;
}

export function startHistory(original: ReportDocument): FixHistory {
  return { original, texts: [], passes: [], count: 0 };
}

/** Applies edits to the current text as one pass; the new text. */
export function applyPass(history: FixHistory, text: string, edits: readonly TextEdit[]): string {
  const { text: next, applied } = applyEdits(text, edits);
  if (applied.length === 0) return text;
  history.texts.push(text);
  history.passes.push(applied);
  history.count += applied.length;
  return next;
}

// As fixUntilStable (src/check/fix.ts), which --fix uses: at most ten passes.
const MAX_PASSES = 10;

/** Every fix, pass after pass until none is left, as `--fix` does; each pass kept in the history. */
export function applyAll(history: FixHistory, text: string, fixesOf: (text: string) => readonly TextEdit[]): string {
  let current = text;
  for (let pass = 0; pass < MAX_PASSES; pass++) {
    const next = applyPass(history, current, fixesOf(current));
    if (next === current) break;
    current = next;
  }
  return current;
}

/** What a Word file's tracked changes could not hold, and the bytes to download. */
export interface Download {
  bytes: Uint8Array;
  type: string;
  /** Fixes the Word writer could not place (they stay findings). */
  left: number;
  /** The file's encoding, when the download is UTF-8 instead (GB18030 and Big5 need iconv). */
  reencoded?: string;
}

/** The file with the fixes, as `--fix` would write it (Word: as tracked changes by report-lint). */
export function fixedFile(history: FixHistory, text: string, date: string): Download {
  const doc = history.original;
  if (doc.word) {
    const result = fixWord(doc.word.document, composeEdits(history.texts, history.passes), { mode: 'tracked', date });
    return { bytes: result.bytes ?? doc.word.bytes, type: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', left: result.left.length };
  }
  const type = doc.format === 'markdown' ? 'text/markdown' : 'text/plain';
  if (doc.encoding === 'gb18030' || doc.encoding === 'big5') return { bytes: encode(text, 'utf-8'), type, left: 0, reencoded: doc.encoding.toUpperCase() };
  return { bytes: encode(text, doc.encoding), type, left: 0 };
}
