import { lintReport, type LintOutcome } from '../check/lint.js';
import { reportResult, withOddities } from '../check/report-result.js';
import { withParagraphPlaces } from '../document/places.js';
import { extractIndicators } from '../extract/index.js';
import type { Lang } from '../i18n/text.js';
import { parseOutline } from '../outline/index.js';
import type { ProfileId } from '../profiles/profile.js';
import type { ReportDocument } from '../read/document.js';
import { markdownStructure } from '../read/markdown.js';
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
  const outcome = withOddities(doc, lintReport({ text: doc.text, outline, indicators, locator, lang, ...(profile ? { profile } : {}) }), lang, locator);
  return { doc, locator, outline, indicators, outcome, result: reportResult(doc, outline, indicators, locator, outcome) };
}
