import type { LocalizedText } from './text.js';

/** Why a PDF cannot be read as a report, said as `report-lint: <path>: <what is wrong>`. */
export const PDF_FAILURES = {
  scanned: {
    zh: '这是扫描版 PDF，没有文字层：没有可读的文字；请先做文字识别（OCR），或索取 .docx 或纯文本',
    en: 'a scanned PDF with no text layer: there is no text to read; run OCR on it, or ask for the .docx or the text',
  },
  encrypted: {
    zh: '这是设有密码的 PDF：请打开后另存一份无密码的副本再检查',
    en: 'a password-protected PDF: open it, save it without the password, and read that',
  },
  damaged: {
    zh: 'PDF 文件已损坏（{detail}）：请从原文件重新导出，或提供 .docx',
    en: 'a damaged PDF ({detail}): save it again from its source, or give the .docx',
  },
} as const satisfies Record<string, LocalizedText>;
