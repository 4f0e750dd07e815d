/**
 * report-lint as a library. Everything here is free of fs and process: give it text, get
 * structure, indicators, diagnostics. Reading files is src/read's job and the CLI's; Word files
 * come in as bytes (readWord).
 */
export { parseOutline, walkSections, createSectionLocator } from './outline/index.js';
export type { OutlineOptions, MarkdownStructure, MarkdownHeading, SectionPlace } from './outline/index.js';
export { createLocator, type Locator } from './text/location.js';
export { parseChineseNumeral } from './numeral/chinese.js';
export { extractIndicators, scanIndicators, reportTime, type ReportTime } from './extract/index.js';
export { matchCatalogue, catalogueEntry, CATALOGUE } from './catalogue/index.js';
export { decode, DecodeError } from './read/decode.js';
export { markdownStructure } from './read/markdown.js';
export { lintReport, type LintInput, type LintOutcome } from './check/lint.js';
export { LintDiagnostic, type FixRange } from './check/diagnostic.js';
export { diffReports } from './diff/index.js';
export type { DiffInput, DiffOptions } from './diff/index.js';
export { reviewTargets } from './review/index.js';
export * from './schema/index.js';
// Word documents: bytes in, report text and places out; fixes and comments written back.
export { readWord } from './document/read.js';
export type { ReadWordOptions, WordDocument } from './document/reader.js';
export type { Changes, WordParagraph } from './document/word-text.js';
export { WordError } from './document/error.js';
export { withParagraphPlaces, type ParagraphRange } from './document/places.js';
// Web pages: the article's text (the page furniture left out) and its paragraphs; the declared charset.
export { readHtml, type HtmlDocument } from './html/read.js';
export { declaredCharset } from './html/charset.js';
// PDF files: the text layer's paragraphs (headers, footers, page numbers dropped), places by page and line.
export { readPdf, readPdfPages, type PdfDocument, type PdfLine } from './pdf/read.js';
export type { PageText, TextRun } from './pdf/page-text.js';
export { withPagePlaces } from './pdf/places.js';
export { PdfError } from './pdf/error.js';
export { fixWord, type WordEdit, type WordFixOptions, type WordFixResult } from './document/fix.js';
export { annotateWord, type WordComment, type AnnotateOptions } from './document/annotate.js';
