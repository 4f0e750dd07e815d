import type { ReportDocument } from './document.js';
import { InputError } from './error.js';

/**
 * A PDF's report text, from its text layer, read by the pure reader in src/pdf with pdf.js
 * (loaded on demand: a run over text files never loads it).
 */
export async function readPdfReport(name: string, bytes: Uint8Array): Promise<ReportDocument> {
  const [{ readPdf }, { PdfError }] = await Promise.all([import('../pdf/read.js'), import('../pdf/error.js')]);
  try {
    const pdf = await readPdf(bytes);
    return { path: name, text: pdf.text, encoding: 'utf-8', format: 'pdf', paragraphs: pdf.paragraphs, pdfLines: pdf.lines };
  } catch (error) {
    if (error instanceof PdfError) throw new InputError(name, error.problem);
    throw error;
  }
}

