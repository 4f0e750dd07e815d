import { fixableLine, noProblemsLine, severityName, summaryLine } from '../i18n/ui.js';
import type { Severity } from '../schema/diagnostic.js';
import { summarize, type LintResults } from './lint-results.js';
import type { Style } from './style.js';
import { padEndWidth, widthOf } from './width.js';

/**
 * ESLint's stylish: diagnostics grouped by file, one line each (`line:column severity message
 * rule-id`), the counts at the end. Colour comes from the Style the caller passes.
 */
export function formatStylish(results: LintResults, style: Style): string {
  const { lang } = results;
  const paint: Record<Severity, (s: string) => string> = { error: style.red, warning: style.yellow, info: style.blue };
  const out: string[] = [];
  for (const report of results.reports) {
    if (report.diagnostics.length === 0) continue;
    const rows = report.diagnostics.map((d) => ({
      place: `${d.span.start.line}:${d.span.start.column}`,
      severity: severityName(d.severity, lang),
      d,
    }));
    // Not Math.max(...rows): a spread of a hundred thousand arguments overflows the stack.
    const placeWidth = rows.reduce((w, r) => Math.max(w, r.place.length), 0);
    const severityWidth = rows.reduce((w, r) => Math.max(w, widthOf(r.severity)), 0);
    out.push(style.underline(report.file));
    for (const { place, severity, d } of rows) {
      out.push(
        `  ${style.dim(place.padEnd(placeWidth))}  ${paint[d.severity](padEndWidth(severity, severityWidth))}  ${d.message}  ${style.dim(d.ruleId)}`,
      );
    }
    out.push('');
  }
  const summary = summarize(results.reports);
  const total = summary.errors + summary.warnings + summary.infos;
  if (total === 0) return results.reports.length > 0 ? `${style.green(`✔ ${noProblemsLine(lang)}`)}\n` : '';
  const mark = summary.errors > 0 ? style.red : style.yellow;
  out.push(mark(style.bold(`✖ ${summaryLine(summary, lang)}`)));
  if (summary.fixable > 0) out.push(mark(style.bold(`  ${fixableLine(summary.fixable, lang)}`)));
  return `${out.join('\n')}\n`;
}
