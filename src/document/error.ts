/**
 * Why bytes are not a Word document report-lint can read or write. The message is the problem
 * alone (`corrupt: …`, `encrypted: …`); the reader names the file in front of it.
 */
export class WordError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'WordError';
  }
}
