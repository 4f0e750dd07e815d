import type { Section } from '../../schema/outline.js';

/** Every section and item of a tree, depth first, in text order, as one array (no generators). */
export function flattenSections(sections: readonly Section[]): Section[] {
  const out: Section[] = [];
  const visit = (nodes: readonly Section[]) => {
    for (const s of nodes) {
      out.push(s);
      if (s.children.length > 0) visit(s.children);
    }
  };
  visit(sections);
  return out;
}
