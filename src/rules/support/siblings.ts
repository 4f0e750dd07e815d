import type { Outline, Section } from '../../schema/outline.js';
import { sectionStart } from '../../outline/section.js';
import { lineStartAt } from '../../text/space.js';

/**
 * Runs of numbered siblings: for every parent (and the top level), its children of one kind and
 * style in text order. Markdown headings have no numbers and are left out. Found once per outline
 * and kind (an outline is not changed once parsed): four rules read them.
 */
export function numberedRuns(outline: Outline, kind: Section['kind']): readonly Section[][] {
  found ??= new WeakMap();
  let byKind = found.get(outline);
  if (!byKind) found.set(outline, (byKind = new Map()));
  let runs = byKind.get(kind);
  if (!runs) byKind.set(kind, (runs = findRuns(outline, kind)));
  return runs;
}

let found: WeakMap<Outline, Map<Section['kind'], Section[][]>> | undefined;

function findRuns(outline: Outline, kind: Section['kind']): Section[][] {
  const runs: Section[][] = [];
  const visit = (children: readonly Section[]) => {
    // The runs of this parent, by style in order of first appearance. A list has one or two
    // styles: found by a look along it, not a Map per parent (a long report has thousands).
    const first = runs.length;
    for (const s of children) {
      if (s.kind !== kind || s.ordinal === null || s.style === 'markdown') continue;
      let run: Section[] | undefined;
      for (let r = first; r < runs.length && !run; r++) if ((runs[r] as Section[])[0]!.style === s.style) run = runs[r];
      if (run) run.push(s);
      else runs.push([s]);
    }
    for (const s of children) if (s.children.length > 0) visit(s.children);
  };
  visit(outline.sections);
  return runs;
}

/** The span of a section's marker (from its offset: a compact section makes its span on each read). */
export function markerRange(s: Section): { start: number; end: number } {
  const start = sectionStart(s);
  return { start, end: start + s.marker.length };
}

// How far back a list's earlier numbers are looked for when it seems to start late.
const RUN_IN_WINDOW = 2000;

/**
 * Whether `marker` (the number before the first one found, （四） before （五）) is written within
 * a line shortly before `at`: a page ran the paragraphs together, and the list's first numbers
 * stand inside a line, where no heading is read. A marker at a line's start heads a list of its
 * own and does not count. An item's (二是) is looked for in its own paragraph only: items are
 * written within lines, and an earlier paragraph's 二是 belongs to an earlier list.
 */
export function writtenRunIn(text: string, at: number, marker: string, inLine = false): boolean {
  let from = Math.max(0, at - RUN_IN_WINDOW);
  if (inLine) from = lineStartAt(text, at, from);
  // Searched within the window only: a search of the whole text before each list would be quadratic.
  const window = text.slice(from, at);
  for (let i = window.lastIndexOf(marker); i !== -1; i = i === 0 ? -1 : window.lastIndexOf(marker, i - 1)) {
    const before = from + i === 0 ? 0x0a : text.charCodeAt(from + i - 1);
    if (before !== 0x0a && before !== 0x0d && before !== 0x20 && before !== 0x3000) return true;
  }
  return false;
}
