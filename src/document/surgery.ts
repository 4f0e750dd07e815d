import { escapeXml } from './xml.js';
import type { Piece, WordText } from './word-text.js';

/**
 * Rewriting document.xml in place: every change is a splice of the original XML, so that all
 * the document does not concern (its other paragraphs, runs, properties, bookmarks …) stays as
 * written. A w:t element that a change falls inside is cut into its run's halves: the run is
 * closed before the change and reopened with the same properties after it.
 */

/** Something to put inside a w:t element's text, at `at` (or in place of [at, to)). */
export type TextOp =
  | { kind: 'insert'; at: number; xml: string; order: number }
  | { kind: 'replace'; at: number; to: number; text: string; tracked: TrackedChange | null; order: number };

export interface TrackedChange {
  author: string;
  date: string;
  /** Ids of the deletion and the insertion (w:id). */
  delId: number;
  insId: number;
}

export class Surgery {
  #ops = new Map<Piece & { kind: 'text' }, TextOp[]>();
  #inserts: { at: number; xml: string; order: number }[] = [];
  #emptyParagraphs = new Map<number, string[]>();
  #order = 0;

  constructor(
    readonly xml: string,
    readonly doc: WordText,
  ) {}

  /** Puts markup inside a w:t's text, at `at` characters into the piece. */
  insertInText(piece: Piece & { kind: 'text' }, at: number, xml: string): void {
    this.#opsOf(piece).push({ kind: 'insert', at, xml, order: this.#order++ });
  }

  replaceInText(piece: Piece & { kind: 'text' }, at: number, to: number, text: string, tracked: TrackedChange | null): void {
    this.#opsOf(piece).push({ kind: 'replace', at, to, text, tracked, order: this.#order++ });
  }

  /** Puts markup at an offset of document.xml between elements (a run's start, a paragraph's end). */
  insertAt(at: number, xml: string): void {
    this.#inserts.push({ at, xml, order: this.#order++ });
  }

  /** Puts markup into a paragraph written <w:p/>. */
  insertInEmptyParagraph(paragraph: number, xml: string): void {
    const list = this.#emptyParagraphs.get(paragraph) ?? [];
    list.push(xml);
    this.#emptyParagraphs.set(paragraph, list);
  }

  #opsOf(piece: Piece & { kind: 'text' }): TextOp[] {
    let ops = this.#ops.get(piece);
    if (!ops) {
      ops = [];
      this.#ops.set(piece, ops);
    }
    return ops;
  }

  get empty(): boolean {
    return this.#ops.size === 0 && this.#inserts.length === 0 && this.#emptyParagraphs.size === 0;
  }

  /** The rewritten XML. */
  render(): string {
    const p = this.doc.prefix;
    const splices: { at: number; end: number; xml: string; order: number }[] = [];
    for (const insert of this.#inserts) splices.push({ at: insert.at, end: insert.at, xml: insert.xml, order: insert.order });
    for (const [index, list] of this.#emptyParagraphs) {
      const paragraph = this.doc.paragraphs[index];
      if (!paragraph) continue;
      // <w:p …/> becomes <w:p …>…</w:p>.
      splices.push({ at: paragraph.xmlOpenEnd - 2, end: paragraph.xmlOpenEnd, xml: `>${list.join('')}</${p}p>`, order: -1 });
    }
    for (const [piece, ops] of this.#ops) {
      splices.push({ at: piece.element, end: piece.elementEnd, xml: this.#renderText(piece, ops), order: -1 });
    }
    splices.sort((a, b) => a.at - b.at || a.order - b.order);
    const out: string[] = [];
    let at = 0;
    for (const s of splices) {
      out.push(this.xml.slice(at, s.at), s.xml);
      at = s.end;
    }
    out.push(this.xml.slice(at));
    return out.join('');
  }

  #renderText(piece: Piece & { kind: 'text' }, ops: TextOp[]): string {
    const p = this.doc.prefix;
    const text = this.doc.text.slice(piece.start, piece.end);
    const props = piece.run.props.replace(PROPERTY_CHANGE, '');
    const reopen = `<${p}r>${props}`;
    const t = (s: string) => (s === '' ? '' : `<${p}t xml:space="preserve">${escapeXml(s)}</${p}t>`);
    const sorted = [...ops].sort((a, b) => a.at - b.at || a.order - b.order);
    const out: string[] = [];
    let segment = '';
    let at = 0;
    for (const op of sorted) {
      if (op.at < at) continue; // overlapping: the first wins (the planner does not make such)
      segment += text.slice(at, op.at);
      if (op.kind === 'insert') {
        out.push(t(segment), `</${p}r>`, op.xml, reopen);
        segment = '';
        at = op.at;
      } else if (op.tracked === null) {
        segment += op.text;
        at = op.to;
      } else {
        const { author, date, delId, insId } = op.tracked;
        const who = `${p}author="${escapeXml(author)}" ${p}date="${date}"`;
        out.push(t(segment), `</${p}r>`);
        const old = text.slice(op.at, op.to);
        if (old !== '') out.push(`<${p}del ${p}id="${delId}" ${who}><${p}r>${props}<${p}delText xml:space="preserve">${escapeXml(old)}</${p}delText></${p}r></${p}del>`);
        if (op.text !== '') out.push(`<${p}ins ${p}id="${insId}" ${who}><${p}r>${props}${t(op.text)}</${p}r></${p}ins>`);
        out.push(reopen);
        segment = '';
        at = op.to;
      }
    }
    segment += text.slice(at);
    out.push(t(segment));
    return out.join('');
  }
}

// A tracked change of formatting has an id of its own: copies of a run's properties leave it out.
const PROPERTY_CHANGE = /<(?:\w+:)?rPrChange\b[^>]*\/>|<(?:\w+:)?rPrChange\b[\s\S]*?<\/(?:\w+:)?rPrChange>/g;

/** The largest numeric w:id in a part (revisions, comments and bookmarks must not reuse one). */
export function largestId(xml: string, p: string): number {
  let max = 0;
  const pattern = new RegExp(`\\s${p.replace(':', '\\:')}id="(\\d{1,9})"`, 'g');
  for (let m = pattern.exec(xml); m; m = pattern.exec(xml)) max = Math.max(max, Number(m[1]));
  return max;
}

/** The piece holding the character at `offset`, or null (a paragraph break, a cell break). */
export function pieceAt(pieces: readonly Piece[], offset: number): Piece | null {
  let lo = 0;
  let hi = pieces.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const piece = pieces[mid] as Piece;
    if (offset < piece.start) hi = mid - 1;
    else if (offset >= piece.end) lo = mid + 1;
    else return piece;
  }
  return null;
}

/** The index of the piece that starts at or after `offset`. */
export function firstPieceFrom(pieces: readonly Piece[], offset: number): number {
  let lo = 0;
  let hi = pieces.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((pieces[mid] as Piece).end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
