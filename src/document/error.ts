import { LocalizedError } from '../i18n/localized-error.js';
import type { LocalizedText } from '../i18n/text.js';

/**
 * Why bytes are not a Word document report-lint can read or write. The message is the problem
 * alone (`corrupt: …`, `encrypted: …`); the reader names the file in front of it.
 */
export class WordError extends LocalizedError {
  constructor(problem: LocalizedText | string) {
    super(problem);
    this.name = 'WordError';
  }
}
