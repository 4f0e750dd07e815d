/** A PDF that cannot be read as a report (scanned, encrypted, damaged): one line, what to do. */
export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfError';
  }
}
