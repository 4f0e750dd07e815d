import { same, type LocalizedText } from './text.js';

/**
 * An error whose problem is said in both languages, so the CLI can print it in the run's: the
 * English text is the `message` (for logs and stack traces), the pair is `problem`. A plain
 * string reads the same in both (a system's own words). Input, decoding, config and Word errors
 * are all of this kind.
 */
export class LocalizedError extends Error {
  // Private, so not an own property: errors still compare by their message (and path).
  readonly #problem: LocalizedText;

  constructor(problem: LocalizedText | string, prefix = '') {
    const text = typeof problem === 'string' ? same(problem) : problem;
    super(prefix + text.en);
    this.#problem = text;
  }

  /** What is wrong, in both languages. */
  get problem(): LocalizedText {
    return this.#problem;
  }
}
