import { fixableLine, hiddenLine, noProblemsLine, paragraphPlace, severityName, summaryLine } from '../i18n/ui.js';
import type { Severity } from '../schema/diagnostic.js';
import type { LintSummary } from '../schema/lint.js';
import type { ReportResult } from '../schema/report.js';
import { countFinding, placeOf, startOf, type LintResults } from './lint-results.js';
import type { Style } from './style.js';
import { decimalDigits, throughScratch, Utf8Pieces, utf8Text, type ByteOut, type Utf8Sink } from './utf8-sink.js';
import { padEndWidth, widthOf } from './width.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/**
 * ESLint's stylish: diagnostics grouped by file, one line each (`line:column severity message
 * rule-id`), the counts at the end. Colour comes from the Style the caller passes.
 */
export function formatStylish(results: LintResults, style: Style): string {
  return utf8Text((out) => writeStylish(results, style, out));
}

/**
 * The same written as UTF-8 to `out`, a buffer at a time (reused: `out` copies what it keeps). A
 * long report has a hundred thousand findings: its listing built as strings, then encoded, was
 * four times the cost of writing each line's bytes, where a message or rule said on many lines
 * is encoded once.
 */
export function writeStylish(results: LintResults, style: Style, out: ByteOut): void {
  throughScratch(out, (sink) => {
    const { lang } = results;
    if (!results.reports.some((r) => r.diagnostics.length > 0)) {
      if (results.hidden) sink.line(style.yellow(hiddenLine(results.hidden, lang)));
      else if (results.reports.length > 0) sink.line(style.green(`✔ ${noProblemsLine(lang)}`));
      return;
    }
    // Counted by the listing's own pass over the findings.
    const summary: LintSummary = { files: results.reports.length, errors: 0, warnings: 0, infos: 0, fixable: 0 };
    const pieces = new Utf8Pieces();
    for (const report of results.reports) {
      if (report.diagnostics.length > 0) reportLines(report, results, style, summary, sink, pieces);
    }
    const mark = summary.errors > 0 ? style.red : style.yellow;
    sink.line(mark(style.bold(`✖ ${summaryLine(summary, lang)}`)));
    if (summary.fixable > 0) sink.line(mark(style.bold(`  ${fixableLine(summary.fixable, lang)}`)));
  });
}

/** One report's block: its file, a line per finding, a blank line; its findings counted into `summary`. */
function reportLines(report: ReportResult, { lang }: LintResults, style: Style, summary: LintSummary, sink: Utf8Sink, pieces: Utf8Pieces): void {
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
      width = decimalDigits(at.line) + 1 + decimalDigits(at.column);
    }
    if (width > placeWidth) placeWidth = width;
  }
  const severityWidth = SEVERITIES.reduce((w, s) => (present.has(s) ? Math.max(w, widthOf(severityName(s, lang))) : w), 0);
  const column = Object.fromEntries(SEVERITIES.map((s) => [s, paint[s](padEndWidth(severityName(s, lang), severityWidth))])) as Record<Severity, string>;
  // A line is its place, dimmed, then the severity, message and rule: each message most often
  // said on other lines too, encoded once when it comes again, and the pieces around it encoded
  // once per severity and rule.
  const [dimOpen = '', dimClose = ''] = style.dim('\0').split('\0');
  const lead = `  ${dimOpen}`;
  const severity = Object.fromEntries(SEVERITIES.map((s) => [s, pieces.encoded(`${dimClose}  ${column[s]}  `)])) as Record<Severity, Uint8Array>;
  const rules = new Map<string, Uint8Array>();
  sink.line(style.underline(report.file));
  for (let i = 0; i < diagnostics.length; i++) {
    const d = diagnostics[i]!;
    sink.write(lead);
    if (places) sink.write(padEndWidth(places[i] as string, placeWidth));
    else {
      const line = lines![i] as number;
      sink.decimal(line);
      sink.write(':');
      sink.decimal(columns![i] as number, placeWidth - decimalDigits(line) - 1);
    }
    sink.bytes(severity[d.severity]);
    pieces.write(sink, d.message);
    let rule = rules.get(d.ruleId);
    if (!rule) rules.set(d.ruleId, (rule = pieces.encoded(`  ${style.dim(d.ruleId)}\n`)));
    sink.bytes(rule);
  }
  sink.line('');
}
