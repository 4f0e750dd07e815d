import type { DiffSummary, IndicatorPair, ReportDiff } from '../schema/diff.js';

/**
 * How much of each report found a counterpart. Two years of one report align most of their
 * indicators; two unrelated reports align few, and the summary says so rather than leaving the
 * reader to infer it from a long list of additions and removals.
 */
export interface SummaryCounts {
  oldIndicators: number;
  newIndicators: number;
  oldSections: number;
  newSections: number;
  alignedSections: number;
}

export function summarise(
  diff: Pick<ReportDiff, 'indicators' | 'sections'>,
  /** Every aligned pair, those hidden by minChange included. */
  pairs: readonly IndicatorPair[],
  counts: SummaryCounts,
): DiffSummary {
  const byKey = pairs.filter((p) => p.alignedBy === 'key').length;
  const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
  const shown = diff.indicators.changed.length + diff.indicators.unchanged.length;
  return {
    indicators: {
      old: counts.oldIndicators,
      new: counts.newIndicators,
      aligned: pairs.length,
      byKey,
      byLabel: pairs.length - byKey,
      oldShare: share(pairs.length, counts.oldIndicators),
      newShare: share(pairs.length, counts.newIndicators),
      changed: diff.indicators.changed.length,
      unchanged: diff.indicators.unchanged.length,
      added: diff.indicators.added.length,
      removed: diff.indicators.removed.length,
      hidden: pairs.length - shown,
    },
    sections: {
      old: counts.oldSections,
      new: counts.newSections,
      aligned: counts.alignedSections,
      renamed: diff.sections.renamed.length,
      added: diff.sections.added.length,
      removed: diff.sections.removed.length,
      oldShare: share(counts.alignedSections, counts.oldSections),
      newShare: share(counts.alignedSections, counts.newSections),
    },
  };
}
