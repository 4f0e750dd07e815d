import type { Section } from '../schema/outline.js';
import { matchGroup } from './match.js';
import { titleKey } from './normalise.js';
import { diceOf, Vocabulary, type Bigrams } from './similarity.js';

/**
 * Heading alignment by title similarity. Titles are compared without markers, punctuation and
 * years; a pair below the threshold is two different sections (one removed, one added), a pair
 * above it whose titles differ is a renamed section. A subheading's parent title counts for a
 * quarter: `（一）` of last year's plan is not `（一）` of this year's review, however alike their words.
 */
const SECTION_THRESHOLD = 0.4;

export interface SectionAlignment {
  pairs: Array<{ old: number; new: number; similarity: number }>;
  /** Index of the new heading paired with each old one, or null. */
  newOf: Array<number | null>;
  oldOf: Array<number | null>;
}

const PARENT_WEIGHT = 0.25;

interface Profile {
  key: string;
  grams: Bigrams;
  /** The parent heading's title, null at the top level. */
  parent: Bigrams | null;
  level: number;
  position: number;
}

function profiles(list: readonly Section[], textLength: number, vocabulary: Vocabulary): Profile[] {
  // One key and one set of bigrams per distinct title, shared by the headings that bear it and
  // by their subheadings (as their parent's): a long report repeats 完善制度 thousands of times.
  const byKey = new Map<string, { key: string; grams: Bigrams }>();
  const gramsOf = (s: Section) => {
    const key = titleKey(s.title);
    let found = byKey.get(key);
    if (!found) byKey.set(key, (found = { key, grams: vocabulary.bigrams(key) }));
    return found;
  };
  const parentOf = new Map<Section, Bigrams>();
  for (const s of list) if (s.children.length > 0) for (const c of s.children) parentOf.set(c, gramsOf(s).grams);
  return list.map((s) => {
    const { key, grams } = gramsOf(s);
    return {
      key,
      grams,
      parent: parentOf.get(s) ?? null,
      level: s.level,
      position: s.span.start.offset / Math.max(1, textLength),
    };
  });
}

/** Title similarity, with the parents' titles counted in for subheadings. */
function placedSimilarity(x: Profile, y: Profile, title: number): number {
  if (x.parent === null && y.parent === null) return title;
  const parent = x.parent === null || y.parent === null ? 0 : diceOf(x.parent, y.parent);
  return (1 - PARENT_WEIGHT) * title + PARENT_WEIGHT * parent;
}

export function alignSections(
  old: { list: readonly Section[]; textLength: number },
  neu: { list: readonly Section[]; textLength: number },
): SectionAlignment {
  const vocabulary = new Vocabulary();
  const a = profiles(old.list, old.textLength, vocabulary);
  const b = profiles(neu.list, neu.textLength, vocabulary);
  const similarity = (i: number, j: number): number => {
    const x = a[i] as Profile;
    const y = b[j] as Profile;
    if (x.key === y.key) return x.key.length > 0 ? 1 : 0;
    return diceOf(x.grams, y.grams);
  };
  const score = (i: number, j: number): number | null => {
    const x = a[i] as Profile;
    const y = b[j] as Profile;
    const sim = placedSimilarity(x, y, similarity(i, j));
    if (sim < SECTION_THRESHOLD) return null;
    // Level and place break ties between equally similar titles (a title used twice).
    return sim + (x.level === y.level ? 0.05 : 0) + 0.05 * (1 - Math.abs(x.position - y.position));
  };
  const matched = matchGroup(
    { old: a.map((_, i) => i), new: b.map((_, j) => j) },
    score,
    (side, id) => ((side === 'old' ? a : b)[id] as Profile).key,
  );
  const newOf: Array<number | null> = a.map(() => null);
  const oldOf: Array<number | null> = b.map(() => null);
  const pairs = matched
    .map((m) => {
      newOf[m.old] = m.new;
      oldOf[m.new] = m.old;
      return { old: m.old, new: m.new, similarity: similarity(m.old, m.new) };
    })
    .sort((x, y) => x.new - y.new);
  return { pairs, newOf, oldOf };
}

export function sameTitle(x: Section, y: Section): boolean {
  return titleKey(x.title) === titleKey(y.title);
}
