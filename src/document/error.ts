import { same, type LocalizedText } from '../i18n/text.js';

/**
 * Why bytes are not a Word document report-lint can read or write. The message is the problem
 * alone (`corrupt: …`, `encrypted: …`); the reader names the file in front of it.
 */
export class WordError extends Error {
  // Private, so not an own property: errors still compare by their message.
  readonly #problem: LocalizedText;

  constructor(problem: LocalizedText | string) {
    const text = typeof problem === 'string' ? same(problem) : problem;
    super(text.en);
    this.name = 'WordError';
    this.#problem = text;
  }

  /** What is wrong, in both languages. */
  get problem(): LocalizedText {
    return this.#problem;
  }
}
