import type { WordDocument } from './reader.js';
import { firstPieceFrom, largestId, pieceAt, Surgery } from './surgery.js';
import type { Piece } from './word-text.js';
import { writePackage } from './write.js';

/** A replacement of text[start, end) of the document's text as read (changes accepted). */
export interface WordEdit {
  start: number;
  end: number;
  text: string;
}

export interface WordFixOptions {
  /** Tracked changes (修订) that the drafter accepts or rejects, or the text changed silently. */
  mode: 'tracked' | 'direct';
  author?: string;
  /** The time of the revisions, as Word writes it (2025-12-01T09:30:00Z). */
  date: string;
}

export interface WordFixResult {
  /** The new package, or null when no edit could be written. */
  bytes: Uint8Array | null;
  written: WordEdit[];
  /** Edits left as findings, with why. */
  left: { edit: WordEdit; why: string }[];
}

/**
 * Writes fixes into a Word document. An edit is written when the text it replaces (or the place
 * it inserts at) lies in the text of runs of one formatting, none of them inside a field, another's
 * tracked change or an automatic number; any other is left as a finding, never guessed.
 */
export function fixWord(doc: WordDocument, edits: readonly WordEdit[], options: WordFixOptions): WordFixResult {
  if (doc.changes !== 'accepted') throw new Error('fixes are written into the text as read with tracked changes accepted');
  const surgery = new Surgery(doc.pkg.documentXml, doc);
  const author = options.author ?? 'report-lint';
  let id = largestId(doc.pkg.documentXml, doc.prefix);
  const written: WordEdit[] = [];
  const left: { edit: WordEdit; why: string }[] = [];
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  let last = -1;
  for (const edit of sorted) {
    if (edit.start < last) {
      left.push({ edit, why: 'overlaps another fix' });
      continue;
    }
    const planned = plan(doc.pieces, edit);
    if (typeof planned === 'string') {
      left.push({ edit, why: planned });
      continue;
    }
    const tracked = options.mode === 'tracked' ? { author, date: options.date, delId: ++id, insId: ++id } : null;
    for (const [i, part] of planned.entries()) {
      const piece = part.piece;
      surgery.replaceInText(piece, part.from - piece.start, part.to - piece.start, i === 0 ? edit.text : '', i === 0 ? tracked : tracked && { ...tracked, delId: ++id, insId: ++id });
    }
    written.push(edit);
    last = edit.end;
  }
  if (written.length === 0) return { bytes: null, written, left };
  return { bytes: writePackage(doc.pkg, { document: surgery.render() }), written, left };
}

type TextPiece = Piece & { kind: 'text' };

/** The stretches of w:t text an edit replaces, or why it cannot be written. */
function plan(pieces: readonly Piece[], edit: WordEdit): { piece: TextPiece; from: number; to: number }[] | string {
  if (edit.start === edit.end) {
    // An insertion goes into the text it comes before, else after the text it follows.
    const before = pieceAt(pieces, edit.start);
    const after = edit.start > 0 ? pieceAt(pieces, edit.start - 1) : null;
    const piece = before?.kind === 'text' ? before : after?.kind === 'text' ? after : null;
    if (!piece) return 'not in the text of a run';
    if (piece.run.locked) return piece.run.locked;
    return [{ piece, from: edit.start, to: edit.start }];
  }
  const out: { piece: TextPiece; from: number; to: number }[] = [];
  let at = edit.start;
  for (let i = firstPieceFrom(pieces, edit.start); at < edit.end; i++) {
    const piece = pieces[i];
    if (!piece || piece.start > at) return 'crosses a paragraph or cell break';
    if (piece.kind === 'label') return 'touches an automatic number';
    if (piece.kind === 'mark') return 'touches a tab or a line break';
    if (piece.run.locked) return piece.run.locked;
    const first = out[0];
    if (first && first.piece.run.props !== piece.run.props) return 'crosses runs of different formatting';
    out.push({ piece, from: at, to: Math.min(edit.end, piece.end) });
    at = Math.min(edit.end, piece.end);
  }
  return out;
}
