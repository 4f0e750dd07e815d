import type { ParagraphRange } from '../document/places.js';
import { PdfError } from './error.js';
import { PDF_FAILURES } from '../i18n/pdf-failures.js';
import { fill } from '../i18n/text.js';
import { dropPageFurniture } from './furniture.js';
import { pageLines } from './lines.js';
import type { PageText } from './page-text.js';
import { rebuildParagraphs } from './paragraphs.js';

/** Where a line of a PDF page begins in the text read: for places by page and line. */
export interface PdfLine {
  start: number;
  page: number;
  /** 1-based, on its page, counting the lines read (not the header or the page number). */
  line: number;
}

/** A PDF's report text, its rebuilt paragraphs, and where each page's lines are in it. */
export interface PdfDocument {
  text: string;
  paragraphs: ParagraphRange[];
  lines: PdfLine[];
  pages: number;
}

/**
 * The report text of a PDF's pages (their text layer, as pdf.js gives it): lines rebuilt into
 * paragraphs, one a line of the text; headers, footers and page numbers dropped.
 */
export function readPdfPages(pages: readonly PageText[]): PdfDocument {
  const lines = pages.map((page, i) => pageLines(page, i + 1).sort((a, b) => b.y - a.y));
  if (lines.every((l) => l.length === 0)) {
    throw new PdfError(PDF_FAILURES.scanned);
  }
  // Reports are set on one paper size: the first page's stands for all.
  const size = pages[0] as PageText;
  const paragraphs = rebuildParagraphs(dropPageFurniture(lines, size.height), size.width);
  const ranges: ParagraphRange[] = [];
  const starts: PdfLine[] = [];
  let text = '';
  for (const [i, p] of paragraphs.entries()) {
    ranges.push({ number: i + 1, start: text.length, end: text.length + p.text.length });
    for (const l of p.lines) starts.push({ start: text.length + l.at, page: l.line.page, line: l.lineOnPage });
    text += `${p.text}\n`;
  }
  return { text, paragraphs: ranges, lines: starts, pages: pages.length };
}

/**
 * Reads a PDF from its bytes with pdf.js (through unpdf, loaded on demand: only a PDF pays for it).
 */
export async function readPdf(bytes: Uint8Array): Promise<PdfDocument> {
  const { getDocumentProxy } = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // pdf.js takes the buffer over: it is given a copy, so the caller's bytes stay whole.
    pdf = await getDocumentProxy(new Uint8Array(bytes), { verbosity: 0 });
  } catch (error) {
    const name = (error as Error)?.name ?? '';
    if (name === 'PasswordException') throw new PdfError(PDF_FAILURES.encrypted);
    throw new PdfError(fill(PDF_FAILURES.damaged, { detail: (error as Error)?.message ?? 'unreadable' }));
  }
  try {
    const pages: PageText[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const view = page.getViewport({ scale: 1 });
      const content = await page.getTextContent();
      const runs = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        runs.push({ text: item.str, x: item.transform[4] as number, y: item.transform[5] as number, width: item.width, height: item.height, endsLine: item.hasEOL });
      }
      pages.push({ width: view.width, height: view.height, runs });
      page.cleanup();
    }
    return readPdfPages(pages);
  } finally {
    await (pdf as unknown as { destroy?: () => Promise<void> }).destroy?.();
  }
}
