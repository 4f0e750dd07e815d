import type { ReportDocument } from '../read/document.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { Indicator } from '../schema/indicator.js';
import type { Lang } from '../i18n/text.js';
import type { Outline } from '../schema/outline.js';
import type { ReportResult } from '../schema/report.js';
import type { Locator } from '../text/location.js';
import type { LintOutcome } from './lint.js';
import { oddityDiagnostics } from './oddities.js';

/**
 * One report's lint as the outputs give it, for the CLI and the offline page alike: its facts,
 * outline, indicators, findings (errors only under --quiet) and counts.
 */
export function reportResult(doc: ReportDocument, outline: Outline, indicators: Indicator[], locator: Locator, outcome: LintOutcome, quiet = false): ReportResult {
  const diagnostics: Diagnostic[] = quiet ? outcome.diagnostics.filter((d) => d.severity === 'error') : outcome.diagnostics;
  let sections = 0;
  let items = 0;
  const count = (nodes: ReportResult['outline']['sections']) => {
    for (const s of nodes) {
      if (s.kind === 'item') items++;
      else sections++;
      count(s.children);
    }
  };
  count(outline.sections);
  let errors = 0;
  let warnings = 0;
  for (const d of diagnostics) {
    if (d.severity === 'error') errors++;
    else if (d.severity === 'warning') warnings++;
  }
  return {
    file: doc.path,
    encoding: doc.encoding,
    // A Word file, web page or PDF is found by paragraph.
    placeKind: doc.format === 'word' || doc.paragraphs ? 'paragraph' : 'line',
    profile: outcome.profile,
    year: outline.year,
    title: outline.title?.text ?? null,
    outline,
    indicators,
    diagnostics,
    stats: {
      chars: doc.text.length,
      // Lines as the text's line breaks count them (CR LF, CR, LF), without splitting the text.
      lines: doc.text.length === 0 ? 0 : locator.point(doc.text.length).line,
      sections,
      items,
      indicators: indicators.length,
      errors,
      warnings,
      infos: diagnostics.length - errors - warnings,
    },
  };
}

/** What the reader met that is no text (a stray byte, an invalid sequence): findings at their place among the rules'. */
export function withOddities(doc: ReportDocument, outcome: LintOutcome, lang: Lang, locator: Locator): LintOutcome {
  if (!doc.oddities) return outcome;
  const replaced = doc.oddities.some((o) => o.kind === 'invalid');
  const odd = oddityDiagnostics(doc.text, { replaced, encoding: doc.encoding }, lang, locator);
  if (odd.length === 0) return outcome;
  return { ...outcome, diagnostics: [...odd, ...outcome.diagnostics].sort((a, b) => a.start - b.start) };
}
