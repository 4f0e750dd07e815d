import { lintReport, type LintOutcome } from '../check/lint.js';
import { oddityDiagnostics } from '../check/oddities.js';
import { withParagraphPlaces } from '../document/places.js';
import { extractIndicators } from '../extract/index.js';
import type { Lang } from '../i18n/text.js';
import { parseOutline } from '../outline/index.js';
import type { ProfileId } from '../profiles/profile.js';
import type { ReportDocument } from '../read/document.js';
import { markdownStructure } from '../read/markdown.js';
import type { Diagnostic } from '../schema/diagnostic.js';
import type { Indicator } from '../schema/indicator.js';
import type { Outline } from '../schema/outline.js';
import type { ReportResult } from '../schema/report.js';
import { createLocator, type Locator } from '../text/location.js';

/** One report read and checked: what every view of the page is drawn from. */
export interface Checked {
  doc: ReportDocument;
  locator: Locator;
  outline: Outline;
  indicators: Indicator[];
  outcome: LintOutcome;
  result: ReportResult;
}

/**
 * The CLI's lint of one report (src/cli/load.ts analyse, then src/cli/actions/lint.ts), with
 * the same core calls in the same order, so that the page finds what the CLI finds.
 */
export function checkReport(doc: ReportDocument, lang: Lang, profile?: ProfileId): Checked {
  let locator = createLocator(doc.text);
  if (doc.word) locator = withParagraphPlaces(locator, doc.text, doc.word.document.paragraphs);
  const markdown = doc.format === 'markdown' ? markdownStructure(doc.text) : undefined;
  const outline = parseOutline(doc.text, markdown ? { markdown, locator } : { locator });
  const indicators = extractIndicators(doc.text, outline, locator);
  let outcome = lintReport({ text: doc.text, outline, indicators, locator, lang, ...(profile ? { profile } : {}) });
  if (doc.oddities) {
    const replaced = doc.oddities.some((o) => o.kind === 'invalid');
    const odd = oddityDiagnostics(doc.text, { replaced, encoding: doc.encoding }, lang, locator);
    if (odd.length > 0) outcome = { ...outcome, diagnostics: [...odd, ...outcome.diagnostics].sort((a, b) => a.start - b.start) };
  }
  return { doc, locator, outline, indicators, outcome, result: resultOf(doc, outline, indicators, outcome) };
}

function resultOf(doc: ReportDocument, outline: Outline, indicators: Indicator[], outcome: LintOutcome): ReportResult {
  const diagnostics: Diagnostic[] = outcome.diagnostics;
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  return {
    file: doc.path,
    encoding: doc.encoding,
    placeKind: doc.format === 'word' ? 'paragraph' : 'line',
    profile: outcome.profile,
    year: outline.year,
    title: outline.title?.text ?? null,
    outline,
    indicators,
    diagnostics,
    stats: { chars: doc.text.length, lines: 0, sections: 0, items: 0, indicators: indicators.length, errors: count('error'), warnings: count('warning'), infos: count('info') },
  };
}
