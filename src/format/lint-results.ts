import { LintDiagnostic } from '../check/diagnostic.js';
import type { Lang } from '../i18n/text.js';
import type { AnyRule } from '../rules/rule.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { LintSummary } from '../schema/lint.js';
import type { Place, Position } from '../schema/position.js';
import type { ReportResult } from '../schema/report.js';

/** What a formatter knows of a rule: its metadata, not its code. */
export type RuleInfo = Pick<AnyRule, 'id' | 'description' | 'severity' | 'tags' | 'fixable' | 'docs' | 'profiles'>;

/** The input of every lint formatter: the reports with their diagnostics, the rules, the language. */
export interface LintResults {
  reports: readonly ReportResult[];
  rules: readonly RuleInfo[];
  lang: Lang;
  /** What failed in the run (a file that could not be read), one line each, as said on stderr. */
  failures?: readonly string[];
  /** Findings --quiet left out (warnings, infos): a run with none shown is not clean then. */
  hidden?: number;
}

export function summarize(reports: readonly ReportResult[]): LintSummary {
  const summary: LintSummary = { files: reports.length, errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const report of reports) for (const d of report.diagnostics) countFinding(summary, d);
  return summary;
}

/** Counts one finding into a summary (the stylish listing counts as it lists, in one pass). */
export function countFinding(summary: LintSummary, d: Diagnostic): void {
  if (d.severity === 'error') summary.errors++;
  else if (d.severity === 'warning') summary.warnings++;
  else summary.infos++;
  if (offersFix(d)) summary.fixable++;
}

// A LintDiagnostic works out positions and fixes when they are read, and keeps them: the two
// below answer from its offsets, so that counting or listing a hundred thousand findings does
// not make a span and a fix for each.

/** Whether a diagnostic offers a fix. */
export function offersFix(d: Diagnostic): boolean {
  return d instanceof LintDiagnostic ? d.fixable : d.fix !== undefined;
}

/** Where a diagnostic starts in a Word document, or undefined (a text file's places are lines). */
export function placeOf(d: Diagnostic): Place | undefined {
  return d instanceof LintDiagnostic ? d.place : d.place;
}

/** Where a diagnostic's range starts. */
export function startOf(d: Diagnostic): Position {
  return d instanceof LintDiagnostic ? d.startPosition : d.span.start;
}
