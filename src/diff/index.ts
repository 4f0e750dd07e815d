import type { IndicatorPair, ReportDiff } from '../schema/diff.js';
import type { Indicator } from '../schema/indicator.js';
import type { Outline } from '../schema/outline.js';
import { compareValues, isAtLeast } from './compare.js';
import { headingsOf } from './headings.js';
import { alignIndicators } from './indicators.js';
import { labelText } from './normalise.js';
import { alignSections, sameTitle } from './sections.js';
import { diffIndicator, diffSection } from './shape.js';
import { summarise } from './summary.js';
import { reportTime } from '../extract/timeframe.js';

/** One side of a diff: the text, its outline and the indicators extracted from it. */
export interface DiffInput {
  text: string;
  outline: Outline;
  indicators: readonly Indicator[];
}

export interface DiffOptions {
  /** Hide changes smaller than this many per cent of the old value (they still count as aligned). */
  minChange?: number;
}

/**
 * What changed from `old` to `new`: headings aligned by title (renamed, added, removed) and
 * indicators aligned one to one, by catalogue key and then by label, with their values compared
 * on normalised units.
 */
export function diffReports(old: DiffInput, neu: DiffInput, options: DiffOptions = {}): ReportDiff {
  const oldHeadings = headingsOf(old.outline);
  const newHeadings = headingsOf(neu.outline);
  const sections = alignSections(
    { list: oldHeadings.list, textLength: old.text.length },
    { list: newHeadings.list, textLength: neu.text.length },
  );
  const oldReviewed = reportTime(old.text, old.outline).reviewed;
  const newReviewed = reportTime(neu.text, neu.outline).reviewed;
  const matches = alignIndicators(
    { text: old.text, indicators: old.indicators, headings: oldHeadings, reviewed: oldReviewed },
    { text: neu.text, indicators: neu.indicators, headings: newHeadings, reviewed: newReviewed },
    sections,
  );

  const minChange = options.minChange ?? null;
  const pairs: IndicatorPair[] = matches.map((m) => {
    const x = old.indicators[m.old] as Indicator;
    const y = neu.indicators[m.new] as Indicator;
    return {
      old: diffIndicator(x),
      new: diffIndicator(y),
      alignedBy: m.by,
      score: m.score,
      change: compareValues(x, y),
      labelChanged: labelText(x.label) !== labelText(y.label),
      moved: m.moved,
    };
  });
  const pairedOld = new Set(matches.map((m) => m.old));
  const pairedNew = new Set(matches.map((m) => m.new));

  const indicators = {
    changed: pairs.filter((p) => p.change !== null && (minChange === null || isAtLeast(p.change, minChange))),
    unchanged: pairs.filter((p) => p.change === null),
    added: neu.indicators.filter((_, j) => !pairedNew.has(j)).map(diffIndicator),
    removed: old.indicators.filter((_, i) => !pairedOld.has(i)).map(diffIndicator),
  };
  const sectionDiff = {
    renamed: sections.pairs
      .filter((p) => !sameTitle(oldHeadings.list[p.old]!, newHeadings.list[p.new]!))
      .map((p) => ({
        old: diffSection(oldHeadings.list[p.old]!),
        new: diffSection(newHeadings.list[p.new]!),
        similarity: Math.round(p.similarity * 1000) / 1000,
      })),
    added: newHeadings.list.filter((_, j) => sections.oldOf[j] === null).map(diffSection),
    removed: oldHeadings.list.filter((_, i) => sections.newOf[i] === null).map(diffSection),
  };
  const diff = { indicators, sections: sectionDiff };
  return {
    old: { title: old.outline.title?.text ?? null, year: old.outline.year, reviewed: oldReviewed },
    new: { title: neu.outline.title?.text ?? null, year: neu.outline.year, reviewed: newReviewed },
    minChange,
    ...diff,
    summary: summarise(diff, pairs, {
      oldIndicators: old.indicators.length,
      newIndicators: neu.indicators.length,
      oldSections: oldHeadings.list.length,
      newSections: newHeadings.list.length,
      alignedSections: sections.pairs.length,
    }),
  };
}

export type { IndicatorPair, ReportDiff } from '../schema/diff.js';
