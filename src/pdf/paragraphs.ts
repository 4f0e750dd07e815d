import type { PageLine } from './page-text.js';

/** A paragraph rebuilt from lines, and where each of its lines starts in its text. */
export interface RebuiltParagraph {
  text: string;
  lines: { at: number; line: PageLine; lineOnPage: number }[];
}

/** A line that ends on one of these has not ended its sentence (，、 an opening bracket or quote). */
const MID_SENTENCE = /[，、（《“‘〈【(\-—]$/;
/** A line this close to the right edge (in characters) is full: its paragraph goes on below. */
const FULL_SLACK = 2.5;
/** A first-line indent is at least this many characters in from the left edge. */
const INDENT = 0.8;
/** A report's body reaches past this share of the page's width (A4 with 2.5 cm margins: 85%). */
const BODY_REACH = 0.6;
/** A gap this many times the usual line spacing separates paragraphs. */
const PARAGRAPH_GAP = 1.6;

/**
 * Paragraphs from a document's lines (in reading order, page furniture dropped): a line joins
 * the one above when the one above is full or stops mid-sentence, and it is neither indented
 * (a first line) nor set apart by a paragraph's spacing — across a page break too.
 */
export function rebuildParagraphs(pages: readonly PageLine[][], pageWidth: number): RebuiltParagraph[] {
  const all = pages.flat();
  if (all.length === 0) return [];
  const left = mode(all.map((l) => l.x));
  const right = rightEdge(all, left, pageWidth);
  const gaps: number[] = [];
  for (const lines of pages) for (let i = 1; i < lines.length; i++) gaps.push((lines[i - 1] as PageLine).y - (lines[i] as PageLine).y);
  const spacing = gaps.length ? percentile(gaps.filter((g) => g > 0), 0.5) : Infinity;

  const out: RebuiltParagraph[] = [];
  let current: RebuiltParagraph | null = null;
  let previous: PageLine | null = null;
  for (const lines of pages) {
    for (const [i, line] of lines.entries()) {
      const size = line.size || 12;
      const indented = line.x > left + INDENT * size;
      const samePage = previous !== null && previous.page === line.page;
      const apart = samePage && previous !== null && previous.y - line.y > PARAGRAPH_GAP * spacing;
      const goesOn =
        previous !== null && (previous.right >= right - FULL_SLACK * (previous.size || 12) || MID_SENTENCE.test(previous.text));
      if (current && goesOn && !indented && !apart) {
        const before = current.text.at(-1) ?? '';
        // A Latin word or a figure broken over two lines keeps its space; Chinese needs none.
        const space = /[A-Za-z0-9]/.test(before) && /^[A-Za-z0-9]/.test(line.text) ? ' ' : '';
        current.text += space;
        current.lines.push({ at: current.text.length, line, lineOnPage: i + 1 });
        current.text += line.text;
      } else {
        current = { text: line.text, lines: [{ at: 0, line, lineOnPage: i + 1 }] };
        out.push(current);
      }
      previous = line;
    }
  }
  return out;
}

/**
 * The body's right edge: where justified lines end (most lines end there in a report), or, with
 * too few lines to tell (a short page, lines all short), the left margin mirrored.
 */
function rightEdge(lines: readonly PageLine[], left: number, pageWidth: number): number {
  const edge = percentile(lines.map((l) => l.right), 0.9);
  const reaching = lines.filter((l) => l.right >= edge - FULL_SLACK * (l.size || 12)).length;
  return reaching >= 3 && edge >= pageWidth * BODY_REACH ? edge : Math.max(edge, pageWidth - left);
}

/** The most common left edge, to the point: the body text's margin. */
function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  let best = 0;
  let most = -1;
  for (const [v, n] of counts) if (n > most || (n === most && v < best)) [best, most] = [v, n];
  return best;
}

function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] as number;
}
