import type { Indicator } from '../schema/indicator.js';
import type { Outline, Section } from '../schema/outline.js';
import { createSectionLocator, type SectionPlace } from '../outline/locate.js';
import { createLocator, type Locator } from '../text/location.js';
import { scanText, type RawIndicator } from './scan.js';
import { isGoalHeading } from './target.js';
import type { TextRange } from '../text/facts.js';

export type { RawIndicator } from './scan.js';
export { scanRaw, scanText } from './scan.js';
export { UNITS, MAGNITUDES, type UnitDef } from './unit.js';

/**
 * Every quantitative indicator of a report, with its section path and 一是 item from the outline.
 * Pure: text and outline in, indicators out.
 */
export function extractIndicators(text: string, outline: Outline, locator?: Locator): Indicator[] {
  const locate = locator ?? createLocator(text);
  const place = createSectionLocator(outline);
  const sections = sectionCursor(place);
  const out: Indicator[] = [];
  const emit = (raw: RawIndicator) => {
    const at = sections(raw.start);
    // Figures of one section share its path array: output is read-only.
    out.push(toIndicator(text, raw, locate, at.path, at.id, at.item));
  };
  scanText(text, 0, text.length, emit, goalRanges(outline));
  return out;
}

/** The bodies of the headings that announce goals, in text order (a goal heading inside another counts once). */
function goalRanges(outline: Outline): TextRange[] {
  const out: TextRange[] = [];
  const visit = (sections: readonly Section[]) => {
    for (const s of sections) {
      if (s.kind === 'heading' && isGoalHeading(s.title)) out.push({ start: s.titleSpan.end.offset, end: s.span.end.offset });
      else visit(s.children);
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
 * Section places for increasing offsets. The outline locator answers for a new heading; within
 * a heading whose children are all items (the usual 一是…二是… paragraph) the item is found by
 * walking its children forward, so a report costs one locator call per heading, not per figure.
 */
function sectionCursor(place: (offset: number) => SectionPlace): (offset: number) => Place {
  let heading: Section | null = null; // the innermost heading of the last answer, if its children are all items
  let start = 0;
  let end = -1;
  let base: Place = { path: [], id: null, item: null };
  let child = 0;
  const items = new Map<Section, Place>();
  const answer = (offset: number): Place => {
    const { headings, item } = place(offset);
    const inner = headings.at(-1) ?? null;
    base = { path: headings.map(sectionName), id: inner ? inner.id : null, item: null };
    heading = inner && inner.children.every((c) => c.kind === 'item' && c.children.length === 0) ? inner : null;
    start = inner ? inner.span.start.offset : 0;
    end = heading ? inner!.span.end.offset : -1;
    child = 0;
    items.clear();
    return item ? { ...base, item: item.marker } : base;
  };
  return (offset) => {
    if (!heading || offset < start || offset >= end) return answer(offset);
    const kids = heading.children;
    if (child > 0 && offset < (kids[child - 1] as Section).span.start.offset) return answer(offset);
    while (child < kids.length && (kids[child] as Section).span.end.offset <= offset) child++;
    const kid = kids[child];
    if (!kid || offset < kid.span.start.offset) return base;
    let p = items.get(kid);
    if (!p) items.set(kid, (p = { ...base, item: kid.marker }));
    return p;
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
  return ind;
}

/** "(一)提高政府履职能力,推动经济社会发展": marker and title as the report writes them. */
function sectionName(s: Section): string {
  return s.style === 'markdown' ? `${s.marker} ${s.title}` : s.marker + s.title;
}
