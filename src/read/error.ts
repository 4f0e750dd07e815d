import { LocalizedError } from '../i18n/localized-error.js';
import type { LocalizedText } from '../i18n/text.js';

/**
 * A problem with the input, reported as one line `report-lint: <path>: <problem>` and exit code 2,
 * in the run's language. A plain string reads the same in both (a system's own words).
 */
export class InputError extends LocalizedError {
  constructor(
    readonly path: string,
    problem: LocalizedText | string,
  ) {
    super(problem, `${path}: `);
    this.name = 'InputError';
  }
}
