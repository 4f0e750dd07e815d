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
  const index = new Map<string, number>();
  for (const s of walkSections(outline.sections)) {
    if (s.kind !== 'heading') continue;
    index.set(s.id, list.length);
    list.push(s);
  }
  return {
    list,
    indexOfId(sectionId) {
      // Ids are paths (1.2.3): an item's heading is the longest prefix that is a heading.
      for (let id = sectionId; id; id = id.includes('.') ? id.slice(0, id.lastIndexOf('.')) : null) {
        const i = index.get(id);
        if (i !== undefined) return i;
      }
      return null;
    },
  };
}
