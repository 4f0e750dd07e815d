import type { PageLine } from './page-text.js';

/**
 * Page numbers as printed: `3`, `- 3 -`, `— 3 —`, `第3页`, `第 3 页 共 20 页`, `3/20`,
 * `Page 3 of 20`. Anchored, over disjoint pieces, so linear.
 */
const PAGE_NUMBER = /^(?:[-—–－·•]\s*)?(?:第\s*)?(?:page\s*)?\d{1,4}(?:\s*页)?(?:\s*(?:[\/／]|of|共)\s*\d{1,4}(?:\s*页)?)?(?:\s*[-—–－·•])?$/i;

/** The share of a page's height at its top and at its bottom that is margin (A4: 100 pt, past Word's 72 pt margins). */
const MARGIN = 0.12;
/** How many lines at each end of a page may be its header or footer. */
const EDGE_LINES = 2;
/** A running header or footer is on this share of the pages (and on two at least). */
const RUNNING_SHARE = 0.4;

/**
 * The lines of each page without its header, footer and page number: at a page's top or bottom,
 * a page number, or a line in the margin that recurs at the same height (figures aside: `第3页`,
 * `2025年1月`) on many pages. A heading that happens to open a page recurs on none.
 */
export function dropPageFurniture(pages: readonly PageLine[][], pageHeight: number): PageLine[][] {
  // A running head or foot reads alike (figures aside) at one place on every page: the report's
  // title on its first page, below the head that repeats it, is not one.
  const edgeKey = (line: PageLine): string => `${line.text.replace(/\d+/g, '#').replace(/\s+/g, '')}@${Math.round(line.y)}`;
  const pagesWith = new Map<string, number>();
  for (const lines of pages) {
    const keys = new Set(edges(lines).map(edgeKey));
    for (const key of keys) pagesWith.set(key, (pagesWith.get(key) ?? 0) + 1);
  }
  // Running heads and feet are set in the page's margins (a body line that happens to read
  // alike on several pages, 全年完成第1项任务, is not).
  const inMargin = (line: PageLine): boolean => line.y >= pageHeight * (1 - MARGIN) || line.y <= pageHeight * MARGIN;
  const running = (line: PageLine): boolean => {
    const n = pagesWith.get(edgeKey(line)) ?? 0;
    return pages.length >= 2 && n >= 2 && n >= pages.length * RUNNING_SHARE && inMargin(line);
  };
  return pages.map((lines) => {
    const edge = new Set(edges(lines));
    return lines.filter((line) => !(edge.has(line) && (PAGE_NUMBER.test(line.text.trim()) || running(line))));
  });
}

function edges(lines: readonly PageLine[]): PageLine[] {
  if (lines.length <= EDGE_LINES * 2) return [...lines];
  return [...lines.slice(0, EDGE_LINES), ...lines.slice(-EDGE_LINES)];
}
