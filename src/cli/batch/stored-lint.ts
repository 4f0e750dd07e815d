import type { Diagnostic, Fix, Severity } from '../../schema/diagnostic.js';
import type { Place, Span } from '../../schema/position.js';
import type { LintedReport } from '../actions/lint-report.js';

/**
 * A lint result as the cache keeps it. As JSON, a finding is some 400 characters, most of them
 * the names of its span's six numbers and, for a fix, the same span again; its message is often
 * another finding's. A re-run from the cache spent most of its time reading and parsing those
 * names (20 MB of the corpus: a 2.2 MB cache, ~55 ms of a 270 ms run). Here a finding is one
 * array of numbers and indices into the report's own list of words (rule, message id, message),
 * and a fix names its range only where it differs from the one shown; `restoreLinted` gives back
 * the very objects `toJSON` gives, keys in the same order, so every format prints the same bytes.
 */
export interface StoredLinted {
  /** The result, its findings left out (0 holds their place among its keys). */
  linted: Omit<LintedReport, 'result'> & { result: Omit<LintedReport['result'], 'diagnostics'> & { diagnostics: 0 } };
  words: string[];
  findings: StoredFinding[];
}

/**
 * [rule, message id (-1: none), severity, message, start offset, line, column, end offset, line,
 * column, fix text (0: no fix; a text, even empty, is a string), fix range (0: the span shown),
 * place (0: none), related (0: none)], trailing absent fields left off. Words are indices into `words`.
 */
type StoredFinding = (number | string | StoredSpan | Place | StoredRelated[])[];
type StoredSpan = [number, number, number, number, number, number];
type StoredRelated = [StoredSpan, string];

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

export function storeLinted(linted: LintedReport): StoredLinted {
  const words: string[] = [];
  const index = new Map<string, number>();
  const word = (text: string) => {
    let i = index.get(text);
    if (i === undefined) index.set(text, (i = words.push(text) - 1));
    return i;
  };
  const findings = linted.result.diagnostics.map((d) => storeFinding(d, word));
  return { linted: { ...linted, result: { ...linted.result, diagnostics: 0 } }, words, findings };
}

function storeFinding(d: Diagnostic, word: (text: string) => number): StoredFinding {
  const { span, fix, place, related } = d;
  const stored: StoredFinding = [word(d.ruleId), d.messageId === undefined ? -1 : word(d.messageId), SEVERITIES.indexOf(d.severity), word(d.message), ...storeSpan(span)];
  const tail: StoredFinding = [
    fix ? fix.text : 0,
    fix && !sameSpan(fix.span, span) ? storeSpan(fix.span) : 0,
    place ?? 0,
    related ? related.map((r): StoredRelated => [storeSpan(r.span), r.message]) : 0,
  ];
  let last = tail.length;
  while (last > 0 && tail[last - 1] === 0) last--;
  for (let i = 0; i < last; i++) stored.push(tail[i]!);
  return stored;
}

/**
 * The result as it was stored; null when the entry is not one `storeLinted` made (a damaged or
 * hand-edited cache), and the report is linted again.
 */
export function restoreLinted(stored: unknown): LintedReport | null {
  const s = stored as Partial<StoredLinted> | null;
  if (typeof s !== 'object' || s === null || !Array.isArray(s.words) || !Array.isArray(s.findings)) return null;
  if (typeof s.linted !== 'object' || s.linted === null || typeof s.linted.result !== 'object' || s.linted.result === null) return null;
  const { words } = s;
  const diagnostics: Diagnostic[] = [];
  for (const f of s.findings) {
    const d = Array.isArray(f) && f.length >= 10 ? restoreFinding(f, words) : null;
    if (d === null) return null;
    diagnostics.push(d);
  }
  // Spread over the stored result, the findings take the place 0 kept: JSON keys stay in order.
  return { ...s.linted, result: { ...s.linted.result, diagnostics } };
}

function restoreFinding(f: StoredFinding, words: string[]): Diagnostic | null {
  const ruleId = words[f[0] as number];
  const messageId = f[1] === -1 ? undefined : words[f[1] as number];
  const severity = SEVERITIES[f[2] as number];
  const message = words[f[3] as number];
  if (typeof ruleId !== 'string' || typeof message !== 'string' || severity === undefined || (f[1] !== -1 && messageId === undefined)) return null;
  const span = restoreSpan(f as number[], 4);
  const fixText = f[10];
  const fix: Fix | undefined = typeof fixText === 'string' ? { span: f[11] ? restoreSpan(f[11] as StoredSpan, 0) : span, text: fixText } : undefined;
  const place = f[12] ? (f[12] as Place) : undefined;
  const related = f[13] ? (f[13] as StoredRelated[]).map(([r, text]) => ({ span: restoreSpan(r, 0), message: text })) : undefined;
  // The order of toJSON's keys (check/diagnostic.ts), so that JSON output is the same.
  return {
    ruleId,
    ...(messageId !== undefined ? { messageId } : {}),
    severity,
    message,
    span,
    ...(place ? { place } : {}),
    ...(fix ? { fix } : {}),
    ...(related ? { related } : {}),
  };
}

function storeSpan(span: Span): StoredSpan {
  const { start, end } = span;
  return [start.offset, start.line, start.column, end.offset, end.line, end.column];
}

function restoreSpan(n: readonly number[], at: number): Span {
  return { start: { offset: n[at]!, line: n[at + 1]!, column: n[at + 2]! }, end: { offset: n[at + 3]!, line: n[at + 4]!, column: n[at + 5]! } };
}

function sameSpan(a: Span, b: Span): boolean {
  return a === b || (a.start.offset === b.start.offset && a.end.offset === b.end.offset);
}
