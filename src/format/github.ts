import type { Severity } from '../schema/diagnostic.js';
import type { LintResults } from './lint-results.js';

const COMMAND: Record<Severity, string> = { error: 'error', warning: 'warning', info: 'notice' };

/** Workflow-command escaping of the message (data). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** Escaping of a property value: the data escapes plus `:` and `,`, which separate properties. */
export function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands, one per diagnostic:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`.
 */
export function formatGithub(results: LintResults): string {
  const out: string[] = [];
  for (const report of results.reports) {
    for (const d of report.diagnostics) {
      const { start, end } = d.span;
      const props = [
        `file=${escapeProperty(report.file)}`,
        `line=${start.line}`,
        `col=${start.column}`,
        `endLine=${end.line}`,
        `endColumn=${end.column}`,
        `title=${escapeProperty(d.ruleId)}`,
      ].join(',');
      out.push(`::${COMMAND[d.severity]} ${props}::${escapeData(d.message)}`);
    }
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
