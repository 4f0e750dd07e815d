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
  const body = xml.indexOf(`<${p}body`);
  const cur = new XmlCursor(xml, body < 0 ? 0 : body);
  const local = (name: string): string | null => (name.startsWith(p) && (p !== '' || !name.includes(':')) ? name.slice(p.length) : null);
  const attr = (name: string) => cur.attr(`${p}${name}`);

  const out: string[] = [];
  let length = 0;
  const paragraphs: WordParagraph[] = [];
  const pieces: Piece[] = [];
  // What separates the next paragraph from the text before it; null at the start.
  let separator: string | null = null;
  const tables: { cell: Cell | null; cellsInRow: number; lastSpan: number; hiddenRow: boolean }[] = [];
  const containers: { name: string; start: number }[] = [];
  // Complex fields open: their instruction is read (a TOC's result is generated, not written).
  const fields: { state: 'code' | 'result'; instruction: string; generated: boolean }[] = [];
  let paragraph: (WordParagraph & { containerBase: number; markRemoved: boolean; labelled: boolean; numId: string | null; ilvl: number | null; style: string | null }) | null = null;
  let run: WordRun | null = null;
  let hidden = 0; // > 0 inside a row deleted by a tracked change
  // Two paragraphs of one cell: joined once the first character after the break is known.
  let joinPending = false;

  const emit = (s: string): void => {
    out.push(s);
    length += s.length;
  };
  const lastChar = (): number => {
    for (let i = out.length - 1; i >= 0; i--) {
      const s = out[i] as string;
      if (s.length > 0) return s.charCodeAt(s.length - 1);
    }
    return 0;
  };
  const startContent = (): void => {
    if (!paragraph || paragraph.labelled) return;
    paragraph.labelled = true;
    if (separator === CELL_PARAGRAPH) joinPending = hidden === 0;
    else if (separator !== null && hidden === 0) emit(separator);
    separator = null;
    paragraph.start = length;
    if (hidden > 0 || paragraph.markRemoved || !counter) return;
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
    if (numId === null || numId === '0') return;
    const label = counter.label(numId, ilvl ?? 0);
    if (label) {
      join(label);
      pieces.push({ kind: 'label', start: length, end: length + label.length, paragraph: paragraphs.length - 1 });
      emit(label);
    }
  };
  const runLocked = (): string | null => {
    if (fields.length > 0) return 'inside a field';
    for (let i = paragraph?.containerBase ?? 0; i < containers.length; i++) {
      const name = (containers[i] as { name: string }).name;
      if (!OPEN_CONTAINERS.has(name)) return name === 'fldSimple' ? 'inside a field' : name === 'ruby' || name === 'rubyBase' ? 'inside a ruby' : 'inside a tracked change';
    }
    return null;
  };
  /** Appends text of the current paragraph; `piece` says where it came from, given its range. */
  const addText = (text: string, piece: ((start: number, end: number) => Piece) | null): void => {
    if (hidden > 0 || !paragraph || text.length === 0) return;
    if (fields.length > 0 && (fields.at(-1)!.state === 'code' || fields.some((f) => f.generated))) return;
    startContent();
    join(text);
    if (piece) pieces.push(piece(length, length + text.length));
    emit(text);
  };
  function join(next: string): void {
    if (!joinPending) return;
    joinPending = false;
    const s = cellJoin(lastChar(), next.charCodeAt(0));
    if (s === '') return;
    emit(s);
    if (paragraph) paragraph.start = length;
  }

  while (cur.next()) {
    const name = local(cur.name);
    if (cur.kind === 'close') {
      if (name === null) continue;
      if (name === 'p' && paragraph) {
        startContent();
        paragraph.end = length;
        paragraph.xmlClose = cur.start;
        endParagraph();
      } else if (name === 'r') {
        if (run) {
          run.end = cur.end;
          if (run.outerStart === run.start) run.outerEnd = cur.end;
        }
        run = null;
      } else if (name === 'tc') {
        const table = tables.at(-1);
        if (table?.cell) {
          table.cellsInRow += table.cell.span;
          table.lastSpan = table.cell.span;
        }
        if (table) table.cell = null;
      } else if (name === 'tr') {
        const table = tables.at(-1);
        if (table?.hiddenRow) hidden--;
        if (table) {
          table.cellsInRow = 0;
          table.lastSpan = 1;
          table.hiddenRow = false;
        }
      } else if (name === 'tbl') {
        tables.pop();
        separator = tables.length > 0 ? ' ' : '\n';
      } else if (CONTAINERS.has(name) && containers.at(-1)?.name === name) {
        const c = containers.pop() as { name: string; start: number };
        // Runs inside learn the end of their outermost container when it closes.
        if (paragraph && containers.length === paragraph.containerBase) {
          for (let i = pieces.length - 1; i >= 0; i--) {
            const piece = pieces[i] as Piece;
            if (piece.kind === 'label' || piece.run.outerStart !== c.start) break;
            piece.run.outerEnd = cur.end;
          }
        }
      }
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
    switch (name) {
      case 'p': {
        paragraph = {
          number: paragraphs.length + 1,
          start: length,
          end: length,
          xmlOpenEnd: cur.end,
          xmlContentStart: cur.end,
          xmlClose: cur.end,
          selfClosing: cur.kind === 'empty',
          containerBase: containers.length,
          markRemoved: false,
          labelled: false,
          numId: null,
          ilvl: null,
          style: null,
        };
        paragraphs.push(paragraph);
        if (tables.length > 0) {
          const table = tables.at(-1) as (typeof tables)[number];
          if (table.cell) {
            if (table.cell.paragraphs > 0) separator ??= CELL_PARAGRAPH;
            table.cell.paragraphs++;
          }
        }
        if (cur.kind === 'empty') {
          startContent();
          endParagraph();
        }
        break;
      }
      case 'pPr':
        if (paragraph && cur.kind === 'open') readParagraphProperties();
        break;
      case 'r':
        if (cur.kind === 'empty' || !paragraph) break;
        {
          const base = paragraph.containerBase;
          const outer = containers.length > base ? (containers[base] as { start: number }).start : cur.start;
          run = { start: cur.start, openEnd: cur.end, end: cur.end, props: '', locked: runLocked(), outerStart: outer, outerEnd: cur.end };
        }
        break;
      case 'rPr':
        if (run && cur.kind === 'open') {
          const start = cur.start;
          run.props = xml.slice(start, cur.skipElement());
        } else if (cur.kind === 'open') cur.skipElement();
        break;
      case 't':
      case 'delText': {
        if (cur.kind === 'empty' || !run) break;
        const close = xml.indexOf('</', cur.end);
        const closeEnd = close < 0 ? -1 : xml.indexOf('>', close);
        if (close < 0 || closeEnd < 0) {
          cur.skipElement();
          break;
        }
        const element = cur.start;
        const text = unescapeXml(xml.slice(cur.end, close));
        cur.seek(closeEnd + 1);
        if (name === 'delText' && changes === 'accepted') break;
        const from = run;
        addText(text, (start, end) => ({ kind: 'text', start, end, element, elementEnd: closeEnd + 1, run: from }));
        break;
      }
      case 'tab':
      case 'ptab':
        if (run) addMark('\t');
        break;
      case 'br': {
        const type = attr('type');
        // A page or column break is layout: the sentence goes on across it.
        if (run && type !== 'page' && type !== 'column') addMark('\n');
        break;
      }
      case 'cr':
        if (run) addMark('\n');
        break;
      case 'noBreakHyphen':
        if (run) addMark('-');
        break;
      case 'sym': {
        const code = parseInt(attr('char') ?? '', 16);
        // Symbol-font characters (F000–F0FF) are glyphs of that font, not Unicode text.
        if (run && code > 0 && !(code >= 0xf000 && code <= 0xf0ff)) addMark(String.fromCharCode(code));
        break;
      }
      case 'fldChar': {
        const type = attr('fldCharType');
        const field = fields.at(-1);
        if (type === 'begin') fields.push({ state: 'code', instruction: '', generated: false });
        else if (type === 'separate' && field) {
          field.state = 'result';
          field.generated = GENERATED_FIELD.test(field.instruction);
        } else if (type === 'end') fields.pop();
        break;
      }
      case 'instrText': {
        if (cur.kind !== 'open') break;
        const start = cur.end;
        const end = cur.skipElement();
        const field = fields.at(-1);
        if (field?.state === 'code') field.instruction += unescapeXml(xml.slice(start, xml.lastIndexOf('<', end - 1)));
        break;
      }
      case 'del':
      case 'moveFrom':
        if (cur.kind !== 'open') break;
        if (changes === 'accepted') cur.skipElement();
        else containers.push({ name, start: cur.start });
        break;
      case 'ins':
      case 'moveTo':
        if (cur.kind !== 'open') break;
        if (changes === 'original') cur.skipElement();
        else containers.push({ name, start: cur.start });
        break;
      case 'tbl':
        if (cur.kind === 'open') tables.push({ cell: null, cellsInRow: 0, lastSpan: 1, hiddenRow: false });
        break;
      case 'tr':
        // A row is a line (in a table in a cell, a phrase of that cell's line).
        if (cur.kind === 'open' && tables.length > 0 && paragraphs.length > 0) separator = tables.length > 1 ? ' ' : '\n';
        break;
      case 'trPr':
        if (cur.kind === 'open' && tables.length > 0) {
          const start = cur.start;
          const props = xml.slice(start, cur.skipElement());
          const table = tables.at(-1) as (typeof tables)[number];
          const removed = changes === 'accepted' ? `<${p}del ` : `<${p}ins `;
          if (props.includes(removed) && !table.hiddenRow) {
            table.hiddenRow = true;
            hidden++;
          }
        }
        break;
      case 'tc':
        if (cur.kind === 'open' && tables.length > 0) {
          const table = tables.at(-1) as (typeof tables)[number];
          // Cells are tab-separated, as a table pasted from a word processor is; a cell merged
          // across columns (w:gridSpan) is followed by as many tabs, so columns stay aligned.
          if (table.cellsInRow > 0) separator = tables.length > 1 ? ' ' : '\t'.repeat(table.lastSpan);
          table.cell = { span: 1, paragraphs: 0 };
        }
        break;
      case 'tcPr':
        if (cur.kind === 'open') {
          const start = cur.start;
          const end = cur.skipElement();
          const span = /gridSpan\s[^>]*val="(\d+)"/.exec(xml.slice(start, end));
          const table = tables.at(-1);
          if (span && table?.cell) table.cell.span = Math.min(64, Math.max(1, Number(span[1])));
        }
        break;
      case 'fldSimple':
        // A table of contents (or index) as a simple field: its result repeats the headings.
        if (cur.kind === 'open' && GENERATED_FIELD.test(attr('instr') ?? '')) cur.skipElement();
        else if (cur.kind === 'open') containers.push({ name, start: cur.start });
        break;
      case 'footnoteReference':
      case 'endnoteReference':
      case 'commentReference':
      case 'annotationRef':
        break;
      default:
        if (CONTAINERS.has(name) && cur.kind === 'open') containers.push({ name, start: cur.start });
    }
  }
  if (paragraph) endParagraph();

  return { text: out.join(''), paragraphs, pieces, prefix: p };

  function addMark(char: string): void {
    if (!run) return;
    const from = run;
    addText(char, (start, end) => ({ kind: 'mark', start, end, run: from }));
  }

  function endParagraph(): void {
    if (!paragraph) return;
    if (paragraph.selfClosing) paragraph.xmlClose = paragraph.xmlOpenEnd;
    const inTable = tables.length > 0;
    separator = paragraph.markRemoved ? '' : inTable ? null : '\n';
    paragraph = null;
    run = null;
  }

  function readParagraphProperties(): void {
    if (!paragraph) return;
    while (cur.next()) {
      const name = local(cur.name);
      if (cur.kind === 'close') {
        if (name === 'pPr') break;
        continue;
      }
      if (name === 'pPrChange' || name === 'sectPr' || name === 'tabs') cur.skipElement();
      else if (name === 'numId') paragraph.numId = attr('val');
      else if (name === 'ilvl') paragraph.ilvl = Number(attr('val') ?? 0);
      else if (name === 'pStyle') paragraph.style = attr('val');
      else if (name === 'rPr' && cur.kind === 'open') {
        // The paragraph mark's own revision: a mark deleted (or, read as original, inserted)
        // joins this paragraph to the next.
        const start = cur.start;
        const props = xml.slice(start, cur.skipElement());
        const joined = changes === 'accepted' ? `<${p}del ` : `<${p}ins `;
        if (props.includes(joined) || props.includes(joined.replace(' ', '/'))) paragraph.markRemoved = true;
      }
    }
    paragraph.xmlContentStart = cur.end;
    startContent();
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
