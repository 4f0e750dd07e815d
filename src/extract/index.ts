import type { Indicator } from '../schema/indicator.js';
import type { Outline, Section } from '../schema/outline.js';
import { createSectionLocator, type SectionPlace } from '../outline/locate.js';
import { sectionEnd, sectionTitleEnd } from '../outline/section.js';
import { createLocator, type Locator } from '../text/location.js';
import { scanText, type RawIndicator } from './scan.js';
import { headingYear, isGoalHeading, isLaterWorkHeading, isResultsHeading } from './target.js';
import { resolveTimeframes } from './timeframe.js';
import type { TextRange } from '../text/facts.js';
import { rangesBetween, unscannedRanges } from './unscanned.js';
import { simplifiedOutline, toSimplified } from '../text/traditional.js';

export type { RawIndicator } from './scan.js';
export { scanRaw, scanText } from './scan.js';
export { UNITS, MAGNITUDES, type UnitDef } from './unit.js';
export { reportTime, resolveTimeframes, type ReportTime } from './timeframe.js';

/**
 * Every quantitative indicator of a report, with its section path and 一是 item from the outline.
 * Pure: text and outline in, indicators out. A report in traditional characters is read as its
 * simplified twin (units, magnitudes, labels, heading words), each figure's text and section path
 * as written.
 */
export function extractIndicators(written: string, writtenOutline: Outline, locator?: Locator): Indicator[] {
  const text = toSimplified(written);
  const outline = text === written ? writtenOutline : simplifiedOutline(writtenOutline);
  const locate = locator ?? createLocator(text);
  const place = createSectionLocator(writtenOutline);
  const sections = sectionCursor(place);
  const out: Indicator[] = [];
  const emit = (raw: RawIndicator) => {
    const at = sections(raw.start);
    // Figures of one section share its path array: output is read-only.
    out.push(toIndicator(text, raw, locate, at.path, at.id, at.item));
  };
  const resultsYear = yearOfResults(outline);
  const isPlan = (title: string) => isGoalHeading(title) || isLaterWorkHeading(title, resultsYear);
  const goals = bodiesUnder(outline, isPlan);
  const results = bodiesUnder(outline, isResultsHeading);
  for (const r of rangesBetween(0, text.length, unscannedRanges(outline))) scanText(text, r.start, r.end, emit, goals, results);
  resolveTimeframes(text, outline, out);
  if (text !== written) for (const ind of out) ind.text = written.slice(ind.span.start.offset, ind.span.end.offset);
  return out;
}

/** The latest year a heading over results names (一、2025年工作回顾 → 2025), or null. */
function yearOfResults(outline: Outline): number | null {
  let latest: number | null = null;
  for (const s of outline.sections) {
    if (s.kind !== 'heading' || !isResultsHeading(s.title)) continue;
    const year = headingYear(s.title);
    if (year !== null && (latest === null || year > latest)) latest = year;
  }
  return latest;
}

/**
 * The bodies of the headings whose titles pass `test` (that announce goals, that head the
 * year's results), in text order; one inside another counts once.
 */
function bodiesUnder(outline: Outline, test: (title: string) => boolean): TextRange[] {
  const out: TextRange[] = [];
  // Indexed, not for…of: a walk over every section runs once, mostly before it is compiled, and
  // an iterator per array costs the interpreter several times the loop.
  const visit = (sections: readonly Section[]) => {
    for (let i = 0; i < sections.length; i++) {
      const s = sections[i] as Section;
      if (s.kind === 'heading' && test(s.title)) out.push({ start: sectionTitleEnd(s), end: sectionEnd(s) });
      else if (s.children.length > 0) visit(s.children);
    }
  };
  visit(outline.sections);
  return out;
}

interface Place {
  path: string[];
  id: string | null;
  item: string | null;
}

/**
 * Section places for increasing offsets. The outline locator is asked again only where its last
 * answer stops holding (a section starts or ends), and each heading's and item's place is made
 * once: figures of one section share its place and path array (output is read-only).
 */
function sectionCursor(place: (offset: number) => SectionPlace): (offset: number) => Place {
  let from = 0;
  let until = -1;
  let current: Place = { path: [], id: null, item: null };
  const byHeading = new Map<Section | null, Place>();
  const byItem = new Map<Section, Place>();
  return (offset) => {
    if (offset >= from && offset < until) return current;
    const found = place(offset);
    const inner = found.headings.at(-1) ?? null;
    let base = byHeading.get(inner);
    if (!base) byHeading.set(inner, (base = { path: found.headings.map(sectionName), id: inner ? inner.id : null, item: null }));
    const { item } = found;
    if (item) {
      let p = byItem.get(item);
      if (!p) byItem.set(item, (p = { path: base.path, id: base.id, item: item.marker }));
      base = p;
    }
    from = offset;
    until = found.until;
    current = base;
    return current;
  };
}

/**
 * The indicators of text[start, end) without an outline: no section path, no item. For callers
 * that have only a fragment (an editor's selection, a table cell) or want the raw figures.
 */
export function scanIndicators(text: string, start = 0, end = text.length, locator?: Locator): Indicator[] {
  const locate = locator ?? createLocator(text);
  const out: Indicator[] = [];
  scanText(text, Math.max(0, start), Math.min(text.length, end), (raw) => out.push(toIndicator(text, raw, locate, [], null, null)));
  // Without an outline only the sentence's own words say when a figure holds.
  resolveTimeframes(text, null, out);
  return out;
}

function toIndicator(
  text: string,
  raw: RawIndicator,
  locate: Locator,
  sectionPath: string[],
  sectionId: string | null,
  item: string | null,
): Indicator {
  const ind: Indicator = {
    kind: raw.kind,
    // Set by resolveTimeframes once all figures are known.
    status: 'result',
    period: null,
    aggregate: 'level',
    text: text.slice(raw.start, raw.end),
    value: raw.value,
    unit: raw.unit,
    unitKind: raw.unitKind,
    base: raw.base,
    approx: raw.approx,
    label: raw.label,
    sectionPath,
    sectionId,
    item,
    span: locate.span(raw.start, raw.end),
  };
  if (raw.key) ind.key = raw.key;
  if (raw.change) ind.change = raw.change;
  if (raw.range) ind.range = raw.range;
  if (raw.target) ind.target = raw.target;
  if (raw.ratio) ind.ratio = raw.ratio;
  return ind;
}

/** "(一)提高政府履职能力,推动经济社会发展": marker and title as the report writes them. */
function sectionName(s: Section): string {
  return s.style === 'markdown' ? `${s.marker} ${s.title}` : s.marker + s.title;
}
