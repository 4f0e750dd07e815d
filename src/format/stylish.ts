import { fixableLine, hiddenLine, noProblemsLine, paragraphPlace, severityName, summaryLine } from '../i18n/ui.js';
import type { Severity } from '../schema/diagnostic.js';
import type { LintSummary } from '../schema/lint.js';
import type { ReportResult } from '../schema/report.js';
import { countFinding, placeOf, startOf, type LintResults } from './lint-results.js';
import type { Style } from './style.js';
import { padEndWidth, widthOf } from './width.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * ESLint's stylish: diagnostics grouped by file, one line each (`line:column severity message
 * rule-id`), the counts at the end. Colour comes from the Style the caller passes.
 */
export function formatStylish(results: LintResults, style: Style): string {
  return [...stylishChunks(results, style)].join('');
}

/**
 * The same as pieces, line by line, for the CLI to write in blocks: a long report has a hundred
 * thousand findings, and its listing as one string (with every line kept until it is joined)
 * was most of the garbage collector's work in a lint.
 */
export function* stylishChunks(results: LintResults, style: Style): Generator<string> {
  const { lang } = results;
  if (!results.reports.some((r) => r.diagnostics.length > 0)) {
    if (results.hidden) yield `${style.yellow(hiddenLine(results.hidden, lang))}\n`;
    else if (results.reports.length > 0) yield `${style.green(`✔ ${noProblemsLine(lang)}`)}\n`;
    return;
  }
  // Counted by the listing's own pass over the findings.
  const summary: LintSummary = { files: results.reports.length, errors: 0, warnings: 0, infos: 0, fixable: 0 };
  for (const report of results.reports) {
    if (report.diagnostics.length > 0) yield* reportLines(report, results, style, summary);
  }
  const mark = summary.errors > 0 ? style.red : style.yellow;
  yield `${mark(style.bold(`✖ ${summaryLine(summary, lang)}`))}\n`;
  if (summary.fixable > 0) yield `${mark(style.bold(`  ${fixableLine(summary.fixable, lang)}`))}\n`;
}

/** One report's block: its file, a line per finding, a blank line; its findings counted into `summary`. */
function* reportLines(report: ReportResult, { lang }: LintResults, style: Style, summary: LintSummary): Generator<string> {
  const { diagnostics } = report;
  const paint: Record<Severity, (s: string) => string> = { error: style.red, warning: style.yellow, info: style.blue };
  // A Word document has no lines to show: its findings name paragraphs (第12段第5字 「…」).
  const word = report.placeKind === 'paragraph';
  // A first pass for the column widths. No string or object kept per row: a text file's places
  // are two numbers each, and the severity column, of three possible values, is padded and
  // painted once per value.
  const places = word ? new Array<string>(diagnostics.length) : null;
  const lines = word ? null : new Int32Array(diagnostics.length);
  const columns = word ? null : new Int32Array(diagnostics.length);
  let placeWidth = 0;
  const present = new Set<Severity>();
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    present.add(d.severity);
    countFinding(summary, d);
    const inWord = places ? placeOf(d) : undefined;
    let width: number;
    if (places && inWord) {
      const place = paragraphPlace(inWord, lang);
      places[i] = place;
      width = widthOf(place);
    } else {
      const at = startOf(d);
      if (places) places[i] = `${at.line}:${at.column}`;
      else {
        lines![i] = at.line;
        columns![i] = at.column;
      }
      width = digits(at.line) + 1 + digits(at.column);
    }
    if (width > placeWidth) placeWidth = width;
  }
  const severityWidth = SEVERITIES.reduce((w, s) => (present.has(s) ? Math.max(w, widthOf(severityName(s, lang))) : w), 0);
  const column = Object.fromEntries(SEVERITIES.map((s) => [s, paint[s](padEndWidth(severityName(s, lang), severityWidth))])) as Record<Severity, string>;
  // Lines are given out in blocks: one piece per line cost a generator step and an array slot each.
  let block = `${style.underline(report.file)}\n`;
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    const place = places ? padEndWidth(places[i] as string, placeWidth) : `${lines![i]}:${columns![i]}`.padEnd(placeWidth);
    block += `  ${style.dim(place)}  ${column[d.severity]}  ${d.message}  ${style.dim(d.ruleId)}\n`;
    if (block.length >= BLOCK) {
      yield block;
      block = '';
    }
  }
  yield `${block}\n`;
}

/** Characters of the listing given out at a time. */
const BLOCK = 1 << 16;

/** Decimal digits of a positive integer. */
function digits(n: number): number {
  let count = 1;
  while (n >= 10) {
    n = Math.floor(n / 10);
    count++;
  }
  return count;
}
