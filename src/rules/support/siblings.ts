import type { Outline, Section } from '../../schema/outline.js';

/**
 * Runs of numbered siblings: for every parent (and the top level), its children of one kind and
 * style in text order. Markdown headings have no numbers and are left out.
 */
export function* numberedRuns(outline: Outline, kind: Section['kind']): Generator<Section[]> {
  const visit = function* (children: readonly Section[]): Generator<Section[]> {
    const byStyle = new Map<string, Section[]>();
    for (const s of children) {
      if (s.kind !== kind || s.ordinal === null || s.style === 'markdown') continue;
      const run = byStyle.get(s.style);
      if (run) run.push(s);
      else byStyle.set(s.style, [s]);
    }
    yield* byStyle.values();
    for (const s of children) yield* visit(s.children);
  };
  yield* visit(outline.sections);
}

/** The span of a section's marker. */
export function markerRange(s: Section): { start: number; end: number } {
  return { start: s.span.start.offset, end: s.span.start.offset + s.marker.length };
}
