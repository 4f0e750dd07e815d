import type { PageLine } from './page-text.js';

/**
 * Page numbers as printed: `3`, `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 20 页`, `3/20`,
 * `Page 3 of 20`. Anchored, over disjoint pieces, so linear.
 */
const PAGE_NUMBER = /^(?:[-—–－·•]\s*)?(?:第\s*)?(?:page\s*)?\d{1,4}(?:\s*页)?(?:\s*(?:[\/／]|of|共)\s*\d{1,4}(?:\s*页)?)?(?:\s*[-—–－·•])?$/i;

/** How many lines a page's header, or its footer, may have. */
const EDGE_LINES = 2;
/** The share of a page's height at its top and at its bottom that is margin (A4: 100 pt). */
const MARGIN = 0.12;
/** A header or footer stands this many line spacings away from the body … */
const SET_APART = 1.5;
/** … or is set smaller than the body's text. */
const SMALLER = 0.85;
/** A running header or footer is on this share of the pages (and on two at least). */
const RUNNING_SHARE = 0.4;

/**
 * The lines of each page without its header, footer and page number. Those are in the page's
 * margin and either stand apart from the body or are set smaller than it; of such lines, a page
 * number is dropped, and a line that recurs at the same height (figures aside: `第3页`,
 * `2025年1月`) on many pages. A heading that opens a page, a body line that reads like another
 * page's, the report's title under a header repeating it: none is all of these.
 */
export function dropPageFurniture(pages: readonly PageLine[][], pageHeight: number): PageLine[][] {
  const spacing = lineSpacing(pages);
  const bodySize = commonSize(pages);
  const zones = pages.map((lines) => edgeZone(lines, { spacing, bodySize, pageHeight }));
  const key = (line: PageLine): string => `${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}@${Math.round(line.y)}`;
  const pagesWith = new Map<string, number>();
  for (const zone of zones) for (const k of new Set([...zone].map(key))) pagesWith.set(k, (pagesWith.get(k) ?? 0) + 1);
  const running = (line: PageLine): boolean => {
    const n = pagesWith.get(key(line)) ?? 0;
    return pages.length >= 2 && n >= 2 && n >= pages.length * RUNNING_SHARE;
  };
  return pages.map((lines, i) => {
    const zone = zones[i] as Set<PageLine>;
    return lines.filter((line) => !(zone.has(line) && (PAGE_NUMBER.test(line.text.trim()) || running(line))));
  });
}

/** The lines at a page's top and bottom (lines top to bottom) that may be its header or footer. */
function edgeZone(lines: readonly PageLine[], page: { spacing: number; bodySize: number; pageHeight: number }): Set<PageLine> {
  const zone = new Set<PageLine>();
  const inMargin = (l: PageLine): boolean => l.y >= page.pageHeight * (1 - MARGIN) || l.y <= page.pageHeight * MARGIN;
  const smaller = (l: PageLine): boolean => l.size > 0 && l.size < page.bodySize * SMALLER;
  // From the line nearest the body outwards: a line is of the header (footer) when it is in the
  // margin and set apart from the line on its body side, or smaller, or beyond another such line.
  const walk = (order: readonly PageLine[]): void => {
    let outer = false;
    for (let j = Math.min(EDGE_LINES, order.length - 1) - 1; j >= 0; j--) {
      const line = order[j] as PageLine;
      const inward = order[j + 1] as PageLine;
      outer = inMargin(line) && (outer || smaller(line) || Math.abs(line.y - inward.y) > SET_APART * page.spacing);
      if (outer) zone.add(line);
    }
  };
  walk(lines);
  walk([...lines].reverse());
  return zone;
}

/** The size most of the text is set in. */
function commonSize(pages: readonly PageLine[][]): number {
  const counts = new Map<number, number>();
  for (const lines of pages) for (const l of lines) counts.set(Math.round(l.size), (counts.get(Math.round(l.size)) ?? 0) + l.text.length);
  let best = 0;
  let most = -1;
  for (const [size, n] of counts) if (n > most) [best, most] = [size, n];
  return best;
}

/**
 * The usual distance between two lines' baselines, over all pages: a low quantile, since the
 * gaps around headers, footers and headings are the wide ones.
 */
function lineSpacing(pages: readonly PageLine[][]): number {
  const gaps: number[] = [];
  for (const lines of pages) for (let i = 1; i < lines.length; i++) gaps.push((lines[i - 1] as PageLine).y - (lines[i] as PageLine).y);
  const positive = gaps.filter((g) => g > 0).sort((a, b) => a - b);
  return positive.length ? (positive[Math.floor(positive.length / 4)] as number) : Infinity;
}
