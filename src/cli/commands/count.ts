import { InvalidArgumentError } from 'commander';
import { FAILURES } from '../../i18n/failures.js';

/**
 * Commander argument parser for counts such as --max-warnings: digits only, since Number() also
 * takes '' (0), ' 5', '1e3' and '0x10', none of which a user means as a count.
 */
export function parseCount(value: string): number {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(FAILURES.expectedCount.en); // said in the run's language by usageWords
  return Number(value);
}

/** `--jobs n`: how many reports are processed at once, 1 or more. */
export function parseJobs(value: string): number {
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new InvalidArgumentError(FAILURES.expectedJobs.en); // said in the run's language by usageWords
  return Number(value);
}
