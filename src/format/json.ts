import type { LintOutput } from '../schema/lint.js';
import { outputHeader } from '../schema/version.js';
import { summarize, type LintResults } from './lint-results.js';

/** The lint results as the LintOutput schema describes them. */
export function lintOutput(results: LintResults): LintOutput {
  return {
    ...outputHeader('lint'),
    reports: [...results.reports],
    summary: summarize(results.reports),
  };
}

export function formatJson(results: LintResults): string {
  return `${JSON.stringify(lintOutput(results), null, 2)}\n`;
}
