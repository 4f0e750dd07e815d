import { LocalizedError } from '../i18n/localized-error.js';

/** A PDF that cannot be read as a report (scanned, encrypted, damaged): one line, what to do, in both languages. */
export class PdfError extends LocalizedError {
  override name = 'PdfError';
}
