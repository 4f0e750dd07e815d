import { same, type LocalizedText } from '../i18n/text.js';

/**
 * A problem with the input, reported as one line `report-lint: <path>: <problem>` and exit code 2,
 * in the run's language. A plain string reads the same in both (a system's own words).
 */
export class InputError extends Error {
  // Private, so not an own property: errors still compare by their message (and path).
  readonly #problem: LocalizedText;

  constructor(
    readonly path: string,
    problem: LocalizedText | string,
  ) {
    const text = typeof problem === 'string' ? same(problem) : problem;
    super(`${path}: ${text.en}`);
    this.name = 'InputError';
    this.#problem = text;
  }

  /** What is wrong, in both languages. */
  get problem(): LocalizedText {
    return this.#problem;
  }
}
