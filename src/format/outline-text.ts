import { LISTING_WORDS as W } from '../i18n/listing-words.js';
import { localize, type Lang } from '../i18n/text.js';
import type { OutlineReport } from '../schema/output.js';
import type { Section } from '../schema/outline.js';
import type { Style } from './style.js';

/**
 * The outline as a person reads it: one line per heading or item, indented by depth, with the
 * line number it starts on in a gutter (in a Word document, which has no lines, the paragraph:
 * `paragraphOf[i]` gives report i's paragraph of an offset).
 */
export function formatOutlineText(reports: readonly OutlineReport[], c: Style, paragraphOf: readonly (((offset: number) => number) | null)[] = [], lang: Lang = 'zh'): string {
  const out: string[] = [];
  for (const [i, report] of reports.entries()) {
    const { outline } = report;
    const paragraph = paragraphOf[i] ?? null;
    const listed = report.format === 'html' ? W.htmlParagraphs : report.format === 'pdf' ? W.pdfParagraphs : W.wordParagraphs;
    const facts = [paragraph ? listed[lang] : report.encoding, outline.year ? localize(W.year, lang, { year: outline.year }) : null].filter(Boolean).join(W.factSeparator[lang]);
    const at = (p: { line: number; offset: number }) => (paragraph ? paragraph(p.offset) : p.line);
    out.push(`${c.underline(report.file)}  ${c.dim(localize(W.facts, lang, { facts }))}`);
    const rows: Array<[number, string]> = [];
    if (outline.title) rows.push([at(outline.title.span.start), c.bold(outline.title.text)]);
    else rows.push([0, c.dim(W.noTitle[lang])]);
    if (outline.preamble) rows.push([at(outline.preamble.start), c.dim(W.preamble[lang])]);
    const visit = (sections: readonly Section[]) => {
      for (const s of sections) {
        const indent = '  '.repeat(s.level - 1);
        const marker = s.kind === 'item' ? c.cyan(s.marker) : c.yellow(s.marker);
        const title = s.kind === 'item' ? s.title : c.bold(s.title);
        const gap = s.kind === 'item' || s.style === 'markdown' ? ' ' : '';
        rows.push([at(s.span.start), `${indent}${marker}${gap}${title}`]);
        visit(s.children);
      }
    };
    visit(outline.sections);
    if (outline.sections.length === 0) rows.push([0, c.dim(W.noSections[lang])]);
    const width = rows.reduce((w, [line]) => Math.max(w, String(line).length), 0);
    for (const [line, text] of rows) {
      out.push(`  ${c.dim(line > 0 ? String(line).padStart(width) : ' '.repeat(width))}  ${text}`);
    }
    out.push('');
  }
  return out.join('\n');
}
