import type { Element, Root, RootContent } from 'hast';
import type { ParagraphRange } from '../document/places.js';
import { BLOCKS, HEADINGS as HEADING_TAGS } from './furniture.js';
import { findMainContent, isFurniture, linkDensity } from './main-content.js';
import { isElement, isUnseen, parsePage, rawText } from './tree.js';

/** A web page's report text and its paragraphs (the article's title and blocks, in order). */
export interface HtmlDocument {
  text: string;
  paragraphs: ParagraphRange[];
}

// Blocks inside the article that are mostly links are its furniture: related links, attachments'
// lists, a pager, 上一篇/下一篇.
const LINK_LIST_DENSITY = 0.5;
const CELL = '\u0000'; // between two cells of a row (parse5 never leaves a NUL in text)
const CJK_SIDE = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * Reads the report out of an HTML page (decoded already): the article only — not the site's
 * header, navigation, breadcrumbs, share bar, related links or footer — its headings and
 * paragraphs each a line, <br> a line break, a table's rows a line each with cells by tabs.
 */
export async function readHtml(source: string): Promise<HtmlDocument> {
  const root = await parsePage(source);
  const { container, title } = findMainContent(root);
  const lines: string[] = [];
  let line = '';
  const breakLine = (): void => {
    const normal = normalise(line);
    if (normal !== '') lines.push(normal);
    line = '';
  };
  const walk = (node: RootContent | Root, inCell: boolean, top: boolean): void => {
    if (node.type === 'text') {
      line += node.value;
      return;
    }
    if (node.type === 'root') {
      for (const c of node.children) walk(c, inCell, false);
      return;
    }
    if (!isElement(node) || isUnseen(node)) return;
    if (!top && (isFurniture(node, true) || isLinkList(node))) return;
    const tag = node.tagName;
    if (tag === 'br') {
      if (inCell) line += ' ';
      else breakLine();
      return;
    }
    // A cell of a table of figures is one field of its row. A page laid out in a table holds the
    // whole article in one cell, paragraph after paragraph: that cell is read as a page is.
    if ((tag === 'td' || tag === 'th') && !isLayoutCell(node)) {
      for (const c of node.children) walk(c, true, false);
      line += CELL;
      return;
    }
    const block = BLOCKS.has(tag);
    if (block && !inCell && tag !== 'td') breakLine();
    else if (block) line += ' ';
    for (const c of node.children) walk(c, inCell, false);
    if (block && !inCell) breakLine();
    else if (block) line += ' ';
  };
  if (title) {
    walk(title, false, true);
    breakLine();
  }
  walk(container, false, true);
  breakLine();

  const paragraphs: ParagraphRange[] = [];
  let offset = 0;
  for (const [i, l] of lines.entries()) {
    paragraphs.push({ number: i + 1, start: offset, end: offset + l.length });
    offset += l.length + 1;
  }
  return { text: lines.length ? `${lines.join('\n')}\n` : '', paragraphs };
}

// Paragraphs of their own in a cell: the cell holds text, not a figure.
const LAYOUT_CELL_BLOCKS = 2;

/** Whether a table cell holds paragraphs (an old page's layout) rather than a value. */
function isLayoutCell(cell: Element): boolean {
  let blocks = 0;
  for (const c of cell.children) {
    if (isElement(c) && (c.tagName === 'p' || c.tagName === 'div' || HEADING_TAGS.has(c.tagName)) && rawText(c).trim() !== '' && ++blocks >= LAYOUT_CELL_BLOCKS) return true;
  }
  return false;
}

function isLinkList(element: Element): boolean {
  if (!['ul', 'ol', 'dl', 'div', 'section', 'table', 'p', 'li', 'span', 'center'].includes(element.tagName)) return false;
  return linkDensity(element) > LINK_LIST_DENSITY;
}

/**
 * A line as a browser shows it: whitespace collapsed; a line break in the source between Chinese
 * characters is the source's wrapping, not a space; cells trimmed and joined by tabs.
 */
function normalise(line: string): string {
  const cells = line.split(CELL).map((cell) =>
    cell
      .replace(/[ \t\n\r\f\u00a0]+/g, (space, at: number, all: string) => {
        const before = all[at - 1] ?? '';
        const after = all[at + space.length] ?? '';
        return /[\n\r]/.test(space) && (CJK_SIDE.test(before) || CJK_SIDE.test(after)) ? '' : ' ';
      })
      .trim(),
  );
  while (cells.length > 1 && cells[cells.length - 1] === '') cells.pop();
  return cells.length > 1 ? cells.join('\t').trim() === '' ? '' : cells.join('\t') : (cells[0] ?? '');
}
