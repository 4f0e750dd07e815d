import { isChinese } from '../text/cjk.js';
import type { Codec } from './codec.js';
import { ListCounter, parseNumbering } from './numbering.js';
import { openPackage, partText, type WordPackage } from './package.js';
import { parseStyles, type StyleNumbering } from './styles.js';
import type { Changes, Piece, WordParagraph, WordRun, WordText } from './word-text.js';
import { unescapeXml, wordPrefix, XmlCursor } from './xml.js';

export interface ReadWordOptions {
  changes?: Changes;
  /** DEFLATE to use (default, through readWord: fflate's). */
  codec?: Codec;
  /** The cap on inflated bytes (256 MB). */
  maxInflated?: number;
}

export interface WordDocument extends WordText {
  pkg: WordPackage;
  changes: Changes;
}

/**
 * Reads a .docx (.docm, .dotx) from its bytes, with the DEFLATE given: its report text and the
 * map back into it. (readWord in read.ts gives it fflate's.)
 */
export function readWordWith(codec: Codec, bytes: Uint8Array, options: ReadWordOptions = {}): WordDocument {
  const pkg = openPackage(bytes, codec, options.maxInflated);
  const changes = options.changes ?? 'accepted';
  const p = wordPrefix(pkg.documentXml);
  const stylesXml = partText(pkg, pkg.related.get('styles'));
  const numberingXml = partText(pkg, pkg.related.get('numbering'));
  const styles = stylesXml === null ? null : parseStyles(stylesXml, wordPrefix(stylesXml));
  const counter = numberingXml === null ? null : new ListCounter(parseNumbering(numberingXml, wordPrefix(numberingXml)), (id) => styles?.of(id)?.numId ?? null);
  return { ...walkDocument(pkg.documentXml, p, changes, counter, styles), pkg, changes };
}

// Elements whose content is never report text: drawings and text boxes, embedded objects,
// equations, ruby annotations, properties, a field's instruction, section settings.
const SKIPPED = new Set([
  'drawing', 'pict', 'object', 'rt', 'sectPr', 'sdtPr', 'sdtEndPr', 'tblPr', 'tblGrid', 'tblPrEx',
  'delInstrText', 'pPrChange', 'rPrChange', 'altChunk', 'txbxContent', 'footnotePr', 'endnotePr',
]);
// Elements around runs in a paragraph that are read through.
const CONTAINERS = new Set(['hyperlink', 'smartTag', 'customXml', 'sdt', 'sdtContent', 'fldSimple', 'ruby', 'rubyBase', 'bdo', 'dir', 'ins', 'del', 'moveTo', 'moveFrom']);
// Containers whose runs may be rewritten (a fix inside another's tracked change or a field is not).
const OPEN_CONTAINERS = new Set(['hyperlink', 'smartTag', 'customXml', 'sdt', 'sdtContent', 'bdo', 'dir']);

interface Cell {
  /** Columns the cell spans (w:gridSpan): a merged cell keeps the columns of its row aligned. */
  span: number;
  paragraphs: number;
}

function walkDocument(xml: string, p: string, changes: Changes, counter: ListCounter | null, styles: StyleNumbering | null): WordText {
  return new DocumentWalker(xml, p, changes, counter, styles).walk();
}

interface Table {
  cell: Cell | null;
  cellsInRow: number;
  lastSpan: number;
  hiddenRow: boolean;
}

type OpenParagraph = WordParagraph & { containerBase: number; markRemoved: boolean; labelled: boolean; numId: string | null; ilvl: number | null; style: string | null };

/** One pass over document.xml's elements; what is open (paragraph, run, tables, fields) is in its fields. */
class DocumentWalker {
  private readonly cur: XmlCursor;
  private readonly out: string[] = [];
  private length = 0;
  private readonly paragraphs: WordParagraph[] = [];
  private readonly pieces: Piece[] = [];
  // What separates the next paragraph from the text before it; null at the start.
  private separator: string | null = null;
  private readonly tables: Table[] = [];
  private readonly containers: { name: string; start: number }[] = [];
  // Complex fields open: their instruction is read (a TOC's result is generated, not written).
  private readonly fields: { state: 'code' | 'result'; instruction: string; generated: boolean }[] = [];
  private paragraph: OpenParagraph | null = null;
  private run: WordRun | null = null;
  private hidden = 0; // > 0 inside a row deleted by a tracked change
  // Two paragraphs of one cell: joined once the first character after the break is known.
  private joinPending = false;

  constructor(
    private readonly xml: string,
    private readonly p: string,
    private readonly changes: Changes,
    private readonly counter: ListCounter | null,
    private readonly styles: StyleNumbering | null,
  ) {
    const body = xml.indexOf(`<${p}body`);
    this.cur = new XmlCursor(xml, body < 0 ? 0 : body);
  }

  walk(): WordText {
    const cur = this.cur;
    while (cur.next()) {
      const name = this.local(cur.name);
      if (cur.kind === 'close') {
        if (name !== null) this.close(name);
        continue;
      }
      if (name === null) {
        // mc:AlternateContent (a drawing, a text box …), m:oMath (an equation): not report text.
        if (cur.kind === 'open' && (cur.name.endsWith(':AlternateContent') || cur.name.startsWith('m:'))) cur.skipElement();
        continue;
      }
      if (SKIPPED.has(name)) {
        cur.skipElement();
        continue;
      }
      this.open(name);
    }
    if (this.paragraph) this.endParagraph();
    return { text: this.out.join(''), paragraphs: this.paragraphs, pieces: this.pieces, prefix: this.p };
  }

  private local(name: string): string | null {
    const p = this.p;
    return name.startsWith(p) && (p !== '' || !name.includes(':')) ? name.slice(p.length) : null;
  }

  private attr(name: string): string | null {
    return this.cur.attr(`${this.p}${name}`);
  }

  private open(name: string): void {
    const open = this.cur.kind === 'open';
    switch (name) {
      case 'p':
        return this.openParagraph();
      case 'pPr':
        if (this.paragraph && open) this.readParagraphProperties();
        return;
      case 'r':
        return this.openRun();
      case 'rPr':
        if (this.run && open) this.run.props = this.xml.slice(this.cur.start, this.cur.skipElement());
        else if (open) this.cur.skipElement();
        return;
      case 't':
      case 'delText':
        return this.readText(name);
      case 'tab':
      case 'ptab':
        return this.addMark('\t');
      case 'br': {
        const type = this.attr('type');
        // A page or column break is layout: the sentence goes on across it.
        if (type !== 'page' && type !== 'column') this.addMark('\n');
        return;
      }
      case 'cr':
        return this.addMark('\n');
      case 'noBreakHyphen':
        return this.addMark('-');
      case 'sym': {
        const code = parseInt(this.attr('char') ?? '', 16);
        // Symbol-font characters (F000–F0FF) are glyphs of that font, not Unicode text.
        if (code > 0 && !(code >= 0xf000 && code <= 0xf0ff)) this.addMark(String.fromCharCode(code));
        return;
      }
      case 'fldChar':
        return this.fieldChar();
      case 'instrText':
        return this.readInstruction();
      case 'del':
      case 'moveFrom':
        // A change the reading leaves out is skipped; one it keeps is read through.
        if (open && this.changes === 'accepted') this.cur.skipElement();
        else if (open) this.containers.push({ name, start: this.cur.start });
        return;
      case 'ins':
      case 'moveTo':
        if (open && this.changes === 'original') this.cur.skipElement();
        else if (open) this.containers.push({ name, start: this.cur.start });
        return;
      case 'tbl':
      case 'tr':
      case 'trPr':
      case 'tc':
      case 'tcPr':
        if (open) this.openTablePart(name);
        return;
      case 'fldSimple':
        // A table of contents (or index) as a simple field: its result repeats the headings.
        if (open && GENERATED_FIELD.test(this.attr('instr') ?? '')) this.cur.skipElement();
        else if (open) this.containers.push({ name, start: this.cur.start });
        return;
      case 'footnoteReference':
      case 'endnoteReference':
      case 'commentReference':
      case 'annotationRef':
        return;
      default:
        if (CONTAINERS.has(name) && open) this.containers.push({ name, start: this.cur.start });
    }
  }

  private close(name: string): void {
    const cur = this.cur;
    const paragraph = this.paragraph;
    if (name === 'p' && paragraph) {
      this.startContent();
      paragraph.end = this.length;
      paragraph.xmlClose = cur.start;
      this.endParagraph();
    } else if (name === 'r') {
      const run = this.run;
      if (run) {
        run.end = cur.end;
        if (run.outerStart === run.start) run.outerEnd = cur.end;
      }
      this.run = null;
    } else if (name === 'tc' || name === 'tr' || name === 'tbl') {
      this.closeTablePart(name);
    } else if (CONTAINERS.has(name) && this.containers.at(-1)?.name === name) {
      const c = this.containers.pop() as { name: string; start: number };
      // Runs inside learn the end of their outermost container when it closes.
      if (paragraph && this.containers.length === paragraph.containerBase) {
        for (let i = this.pieces.length - 1; i >= 0; i--) {
          const piece = this.pieces[i] as Piece;
          if (piece.kind === 'label' || piece.run.outerStart !== c.start) break;
          piece.run.outerEnd = cur.end;
        }
      }
    }
  }

  private openParagraph(): void {
    const cur = this.cur;
    const paragraph: OpenParagraph = {
      number: this.paragraphs.length + 1,
      start: this.length,
      end: this.length,
      xmlOpenEnd: cur.end,
      xmlContentStart: cur.end,
      xmlClose: cur.end,
      selfClosing: cur.kind === 'empty',
      containerBase: this.containers.length,
      markRemoved: false,
      labelled: false,
      numId: null,
      ilvl: null,
      style: null,
    };
    this.paragraph = paragraph;
    this.paragraphs.push(paragraph);
    const table = this.tables.at(-1);
    if (table?.cell) {
      if (table.cell.paragraphs > 0) this.separator ??= CELL_PARAGRAPH;
      table.cell.paragraphs++;
    }
    if (cur.kind === 'empty') {
      this.startContent();
      this.endParagraph();
    }
  }

  private openRun(): void {
    const { cur, paragraph } = this;
    if (cur.kind === 'empty' || !paragraph) return;
    const base = paragraph.containerBase;
    const outer = this.containers.length > base ? (this.containers[base] as { start: number }).start : cur.start;
    this.run = { start: cur.start, openEnd: cur.end, end: cur.end, props: '', locked: this.runLocked(), outerStart: outer, outerEnd: cur.end };
  }

  private readText(name: string): void {
    const { cur, xml, run } = this;
    if (cur.kind === 'empty' || !run) return;
    const close = xml.indexOf('</', cur.end);
    const closeEnd = close < 0 ? -1 : xml.indexOf('>', close);
    if (close < 0 || closeEnd < 0) {
      cur.skipElement();
      return;
    }
    const element = cur.start;
    const text = unescapeXml(xml.slice(cur.end, close));
    cur.seek(closeEnd + 1);
    if (name === 'delText' && this.changes === 'accepted') return;
    this.addText(text, (start, end) => ({ kind: 'text', start, end, element, elementEnd: closeEnd + 1, run }));
  }

  private fieldChar(): void {
    const type = this.attr('fldCharType');
    const field = this.fields.at(-1);
    if (type === 'begin') this.fields.push({ state: 'code', instruction: '', generated: false });
    else if (type === 'separate' && field) {
      field.state = 'result';
      field.generated = GENERATED_FIELD.test(field.instruction);
    } else if (type === 'end') this.fields.pop();
  }

  private readInstruction(): void {
    const cur = this.cur;
    if (cur.kind !== 'open') return;
    const start = cur.end;
    const end = cur.skipElement();
    const field = this.fields.at(-1);
    if (field?.state === 'code') field.instruction += unescapeXml(this.xml.slice(start, this.xml.lastIndexOf('<', end - 1)));
  }

  /** An opening tbl, tr, trPr, tc or tcPr. */
  private openTablePart(name: string): void {
    const { cur, xml, tables } = this;
    const table = tables.at(-1);
    if (name === 'tbl') tables.push({ cell: null, cellsInRow: 0, lastSpan: 1, hiddenRow: false });
    // A row is a line (in a table in a cell, a phrase of that cell's line).
    else if (name === 'tr') {
      if (table && this.paragraphs.length > 0) this.separator = tables.length > 1 ? ' ' : '\n';
    } else if (name === 'trPr') {
      if (!table) return;
      const props = xml.slice(cur.start, cur.skipElement());
      const removed = this.changes === 'accepted' ? `<${this.p}del ` : `<${this.p}ins `;
      if (props.includes(removed) && !table.hiddenRow) {
        table.hiddenRow = true;
        this.hidden++;
      }
    } else if (name === 'tc') {
      if (!table) return;
      // Cells are tab-separated, as a table pasted from a word processor is; a cell merged
      // across columns (w:gridSpan) is followed by as many tabs, so columns stay aligned.
      if (table.cellsInRow > 0) this.separator = tables.length > 1 ? ' ' : '\t'.repeat(table.lastSpan);
      table.cell = { span: 1, paragraphs: 0 };
    } else {
      const start = cur.start;
      const end = cur.skipElement();
      const span = /gridSpan\s[^>]*val="(\d+)"/.exec(xml.slice(start, end));
      if (span && table?.cell) table.cell.span = Math.min(64, Math.max(1, Number(span[1])));
    }
  }

  /** A closing tc, tr or tbl. */
  private closeTablePart(name: string): void {
    const table = this.tables.at(-1);
    if (name === 'tc') {
      if (table?.cell) {
        table.cellsInRow += table.cell.span;
        table.lastSpan = table.cell.span;
      }
      if (table) table.cell = null;
    } else if (name === 'tr') {
      if (table?.hiddenRow) this.hidden--;
      if (table) {
        table.cellsInRow = 0;
        table.lastSpan = 1;
        table.hiddenRow = false;
      }
    } else {
      this.tables.pop();
      this.separator = this.tables.length > 0 ? ' ' : '\n';
    }
  }

  private emit(s: string): void {
    this.out.push(s);
    this.length += s.length;
  }

  private lastChar(): number {
    for (let i = this.out.length - 1; i >= 0; i--) {
      const s = this.out[i] as string;
      if (s.length > 0) return s.charCodeAt(s.length - 1);
    }
    return 0;
  }

  /** The paragraph's first content: its separator from the text before, and its list label. */
  private startContent(): void {
    const paragraph = this.paragraph;
    if (!paragraph || paragraph.labelled) return;
    paragraph.labelled = true;
    if (this.separator === CELL_PARAGRAPH) this.joinPending = this.hidden === 0;
    else if (this.separator !== null && this.hidden === 0) this.emit(this.separator);
    this.separator = null;
    paragraph.start = this.length;
    if (this.hidden > 0 || paragraph.markRemoved || !this.counter) return;
    const label = this.listLabel(paragraph, this.counter);
    if (label) {
      this.join(label);
      this.pieces.push({ kind: 'label', start: this.length, end: this.length + label.length, paragraph: this.paragraphs.length - 1 });
      this.emit(label);
    }
  }

  /** The number Word shows before the paragraph (its own numbering, or its style's). */
  private listLabel(paragraph: OpenParagraph, counter: ListCounter): string | null {
    const styles = this.styles;
    let numId = paragraph.numId;
    let ilvl = paragraph.ilvl;
    const styleId = paragraph.style ?? styles?.defaultStyle ?? null;
    if (numId === null && styleId !== null) {
      const fromStyle = styles?.of(styleId);
      if (fromStyle) {
        numId = fromStyle.numId;
        ilvl ??= fromStyle.ilvl ?? counter.levelOfStyle(fromStyle.numId, styleId) ?? 0;
      }
    }
    if (numId === null || numId === '0') return null;
    return counter.label(numId, ilvl ?? 0);
  }

  private runLocked(): string | null {
    if (this.fields.length > 0) return 'inside a field';
    for (let i = this.paragraph?.containerBase ?? 0; i < this.containers.length; i++) {
      const name = (this.containers[i] as { name: string }).name;
      if (!OPEN_CONTAINERS.has(name)) return name === 'fldSimple' ? 'inside a field' : name === 'ruby' || name === 'rubyBase' ? 'inside a ruby' : 'inside a tracked change';
    }
    return null;
  }

  /** Appends text of the current paragraph; `piece` says where it came from, given its range. */
  private addText(text: string, piece: ((start: number, end: number) => Piece) | null): void {
    const fields = this.fields;
    if (this.hidden > 0 || !this.paragraph || text.length === 0) return;
    if (fields.length > 0 && (fields.at(-1)!.state === 'code' || fields.some((f) => f.generated))) return;
    this.startContent();
    this.join(text);
    if (piece) this.pieces.push(piece(this.length, this.length + text.length));
    this.emit(text);
  }

  private join(next: string): void {
    if (!this.joinPending) return;
    this.joinPending = false;
    const s = cellJoin(this.lastChar(), next.charCodeAt(0));
    if (s === '') return;
    this.emit(s);
    if (this.paragraph) this.paragraph.start = this.length;
  }

  private addMark(char: string): void {
    const run = this.run;
    if (!run) return;
    this.addText(char, (start, end) => ({ kind: 'mark', start, end, run }));
  }

  private endParagraph(): void {
    const paragraph = this.paragraph;
    if (!paragraph) return;
    if (paragraph.selfClosing) paragraph.xmlClose = paragraph.xmlOpenEnd;
    const inTable = this.tables.length > 0;
    this.separator = paragraph.markRemoved ? '' : inTable ? null : '\n';
    this.paragraph = null;
    this.run = null;
  }

  private readParagraphProperties(): void {
    const { cur, paragraph } = this;
    if (!paragraph) return;
    while (cur.next()) {
      const name = this.local(cur.name);
      if (cur.kind === 'close') {
        if (name === 'pPr') break;
        continue;
      }
      if (name === 'pPrChange' || name === 'sectPr' || name === 'tabs') cur.skipElement();
      else if (name === 'numId') paragraph.numId = this.attr('val');
      else if (name === 'ilvl') paragraph.ilvl = Number(this.attr('val') ?? 0);
      else if (name === 'pStyle') paragraph.style = this.attr('val');
      else if (name === 'rPr' && cur.kind === 'open') {
        // The paragraph mark's own revision: a mark deleted (or, read as original, inserted)
        // joins this paragraph to the next.
        const props = this.xml.slice(cur.start, cur.skipElement());
        const joined = this.changes === 'accepted' ? `<${this.p}del ` : `<${this.p}ins `;
        if (props.includes(joined) || props.includes(joined.replace(' ', '/'))) paragraph.markRemoved = true;
      }
    }
    paragraph.xmlContentStart = cur.end;
    this.startContent();
  }
}

/**
 * Fields whose result Word generates from the document itself: a table of contents repeats the
 * headings (with page numbers), an index or a table of authorities lists terms. Not report text.
 */
const GENERATED_FIELD = /^\s*(?:TOC|INDEX|TOA)\b/i;

/** Marks the break between two paragraphs of one table cell (resolved when the next starts). */
const CELL_PARAGRAPH = '\u0000';

/**
 * What joins two paragraphs of one table cell on the cell's line: nothing next to Chinese text
 * (two lines of a cell read on as one phrase, and a space between Han is itself a finding), a
 * space between figures or Latin words (1,204 and 1,356 stay two numbers).
 */
function cellJoin(before: number, after: number): string {
  return before === 0 || isChinese(before) || isChinese(after) ? '' : ' ';
}
