import { noProblemsLine, severityName, summaryLine } from '../i18n/ui.js';
import { placeOf, startOf, summarize, type LintResults } from './lint-results.js';
import { codeSpan } from './code-span.js';

function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

const code = codeSpan;

/** The results as Markdown (a CI job summary, a review comment): a table per file. */
export function formatMarkdown(results: LintResults): string {
  const { lang } = results;
  const head = lang === 'zh' ? ['行', '列', '级别', '问题', '规则'] : ['Line', 'Column', 'Severity', 'Problem', 'Rule'];
  const summary = summarize(results.reports);
  const total = summary.errors + summary.warnings + summary.infos;
  const out: string[] = [`## report-lint`, '', total === 0 ? noProblemsLine(lang) : summaryLine(summary, lang), ''];
  for (const report of results.reports) {
    if (report.diagnostics.length === 0) continue;
    // A Word document is found by paragraph and character, not line and column.
    const word = report.placeKind === 'paragraph';
    const columns = word ? (lang === 'zh' ? ['段', '字', ...head.slice(2)] : ['Paragraph', 'Character', ...head.slice(2)]) : head;
    out.push(`### ${code(report.file)}`, '', `| ${columns.join(' | ')} |`, '|---:|---:|---|---|---|');
    for (const d of report.diagnostics) {
      const place = word ? placeOf(d) : undefined;
      const at = startOf(d);
      const [first, second] = place ? [place.paragraph, place.character] : [at.line, at.column];
      const cells = [String(first), String(second), severityName(d.severity, lang), d.message, code(d.ruleId)];
      out.push(`| ${cells.map(cell).join(' | ')} |`);
    }
    out.push('');
  }
  return `${out.join('\n')}\n`;
}
