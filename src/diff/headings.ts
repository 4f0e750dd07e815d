import type { Outline, Section } from '../schema/outline.js';
import { walkSections } from '../outline/walk.js';

/**
 * The headings of a report, in text order, and which heading an indicator sits under. Items
 * (一是 …) are not sections for the diff: they are the paragraphs' own enumeration and shift with
 * every rewording.
 */
export interface Headings {
  list: Section[];
  /** Index in `list` of the heading a section id falls under (an item's enclosing heading). */
  indexOfId(sectionId: string | null): number | null;
}

export function headingsOf(outline: Outline): Headings {
  const list: Section[] = [];
  for (const s of walkSections(outline.sections)) if (s.kind === 'heading') list.push(s);
  // Built when first asked (only indicators ask), keyed by the section itself: a map of every
  // heading's id string cost some 70 bytes a heading, too much for reports of 400,000 headings.
  let indexOf: Map<Section, number> | null = null;
  return {
    list,
    indexOfId(sectionId) {
      if (sectionId === null) return null;
      if (!indexOf) {
        indexOf = new Map();
        for (let i = 0; i < list.length; i++) indexOf.set(list[i] as Section, i);
      }
      // Ids are paths (1.2.3): an item's heading is the deepest section on the path that is a heading.
      let found: number | null = null;
      let level: readonly Section[] = outline.sections;
      for (const step of sectionId.split('.')) {
        const s = level[Number(step) - 1];
        if (!s) break;
        const i = indexOf.get(s);
        if (i !== undefined) found = i;
        level = s.children;
      }
      return found;
    },
  };
}
