import { fixableLine, hiddenLine, noProblemsLine, paragraphPlace, severityName, summaryLine } from '../i18n/ui.js';
import type { Severity } from '../schema/diagnostic.js';
import { placeOf, startOf, summarize, type LintResults } from './lint-results.js';
import type { Style } from './style.js';
import { padEndWidth, widthOf } from './width.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * ESLint's stylish: diagnostics grouped by file, one line each (`line:column severity message
 * rule-id`), the counts at the end. Colour comes from the Style the caller passes.
 */
export function formatStylish(results: LintResults, style: Style): string {
  const { lang } = results;
  const paint: Record<Severity, (s: string) => string> = { error: style.red, warning: style.yellow, info: style.blue };
  const out: string[] = [];
  for (const report of results.reports) {
    const { diagnostics } = report;
    if (diagnostics.length === 0) continue;
    // A first pass for the column widths. A long report has a hundred thousand findings: no
    // object per row, and the severity column, of three possible values, is padded and painted
    // once per value.
    const places = new Array<string>(diagnostics.length);
    let placeWidth = 0;
    const present = new Set<Severity>();
    // A Word document has no lines to show: its findings name paragraphs (第12段第5字 「…」).
    const word = report.placeKind === 'paragraph';
    for (let i = 0; i < diagnostics.length; i++) {
      const d = diagnostics[i]!;
      const inWord = word ? placeOf(d) : undefined;
      let place: string;
      if (inWord) place = paragraphPlace(inWord, lang);
      else {
        const at = startOf(d);
        place = `${at.line}:${at.column}`;
      }
      places[i] = place;
      const width = word ? widthOf(place) : place.length;
      if (width > placeWidth) placeWidth = width;
      present.add(d.severity);
    }
    const severityWidth = SEVERITIES.reduce((w, s) => (present.has(s) ? Math.max(w, widthOf(severityName(s, lang))) : w), 0);
    const column = Object.fromEntries(SEVERITIES.map((s) => [s, paint[s](padEndWidth(severityName(s, lang), severityWidth))])) as Record<Severity, string>;
    out.push(style.underline(report.file));
    for (let i = 0; i < diagnostics.length; i++) {
      const d = diagnostics[i]!;
      const place = places[i] as string;
      out.push(`  ${style.dim(word ? padEndWidth(place, placeWidth) : place.padEnd(placeWidth))}  ${column[d.severity]}  ${d.message}  ${style.dim(d.ruleId)}`);
    }
    out.push('');
  }
  const summary = summarize(results.reports);
  const total = summary.errors + summary.warnings + summary.infos;
  if (total === 0 && results.hidden) return `${style.yellow(hiddenLine(results.hidden, lang))}\n`;
  if (total === 0) return results.reports.length > 0 ? `${style.green(`✔ ${noProblemsLine(lang)}`)}\n` : '';
  const mark = summary.errors > 0 ? style.red : style.yellow;
  out.push(mark(style.bold(`✖ ${summaryLine(summary, lang)}`)));
  if (summary.fixable > 0) out.push(mark(style.bold(`  ${fixableLine(summary.fixable, lang)}`)));
  return `${out.join('\n')}\n`;
}
