import type { Section } from '../schema/outline.js';

/** Every section and item of a tree, depth first, in text order. */
export function* walkSections(sections: readonly Section[]): Generator<Section> {
  for (const s of sections) {
    yield s;
    yield* walkSections(s.children);
  }
}
