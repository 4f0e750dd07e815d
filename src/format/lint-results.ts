import type { Lang } from '../i18n/text.js';
import type { AnyRule } from '../rules/rule.js';
import type { LintSummary } from '../schema/lint.js';
import type { ReportResult } from '../schema/report.js';

/** What a formatter knows of a rule: its metadata, not its code. */
export type RuleInfo = Pick<AnyRule, 'id' | 'description' | 'severity' | 'tags' | 'fixable' | 'docs' | 'profiles'>;

/** The input of every lint formatter: the reports with their diagnostics, the rules, the language. */
export interface LintResults {
  reports: readonly ReportResult[];
  rules: readonly RuleInfo[];
  lang: Lang;
}

export function summarize(reports: readonly ReportResult[]): LintSummary {
  const summary: LintSummary = { files: reports.length, errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const report of reports) {
    for (const d of report.diagnostics) {
      if (d.severity === 'error') summary.errors++;
      else if (d.severity === 'warning') summary.warnings++;
      else summary.infos++;
      if (d.fix) summary.fixable++;
    }
  }
  return summary;
}
