import type { Severity } from '../schema/diagnostic.js';
import { paragraphPlace } from '../i18n/ui.js';
import { placeOf, type LintResults } from './lint-results.js';

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
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=rule-id::message`. A Word file, web
 * page or PDF has no lines GitHub could show: its annotation is on the file, and the message
 * starts with the paragraph (or page and line) a person finds it by.
 */
export function formatGithub(results: LintResults): string {
  const out: string[] = [];
  for (const report of results.reports) {
    const byParagraph = report.placeKind === 'paragraph';
    for (const d of report.diagnostics) {
      const place = byParagraph ? placeOf(d) : undefined;
      const props = [`file=${escapeProperty(report.file)}`];
      if (!place) {
        const { start, end } = d.span;
        props.push(`line=${start.line}`, `col=${start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`);
      }
      props.push(`title=${escapeProperty(d.ruleId)}`);
      const message = place ? `${paragraphPlace(place, results.lang)}${results.lang === 'zh' ? '：' : ': '}${d.message}` : d.message;
      out.push(`::${COMMAND[d.severity]} ${props.join(',')}::${escapeData(message)}`);
    }
  }
  return out.length > 0 ? `${out.join('\n')}\n` : '';
}
