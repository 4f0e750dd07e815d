import type { LocalizedText } from './text.js';

/** The words of the readable listings (extract --format text, outline) around the reports' own text. */
export const LISTING_WORDS = {
  indicatorCount: { zh: '（{count} 个指标）', en: '({count} indicators)' },
  noTitle: { zh: '（无标题行）', en: '(no title line)' },
  preamble: { zh: '（导语）', en: '(preamble)' },
  noSections: { zh: '（无编号章节）', en: '(no numbered sections)' },
  year: { zh: '{year}年', en: '{year}' },
  // A document without lines of its own is listed by paragraph: said with what it is.
  wordParagraphs: { zh: 'Word 文档，按段落编号', en: 'Word, numbered by paragraph' },
  htmlParagraphs: { zh: '网页，按段落编号', en: 'web page, numbered by paragraph' },
  pdfParagraphs: { zh: 'PDF，按段落编号', en: 'PDF, numbered by paragraph' },
  factSeparator: { zh: '，', en: ', ' },
  facts: { zh: '（{facts}）', en: '({facts})' },
} as const satisfies Record<string, LocalizedText>;
