import type { IndicatorProfile as Profile, IndicatorSide } from './indicator-profile.js';
import { titleKey } from './normalise.js';
import { rarityWeights } from './rarity.js';
import type { SectionAlignment } from './sections.js';
import { diceOf, type Bigrams, type Vocabulary } from './similarity.js';

/**
 * How well two indicators correspond. By label: half the label (rarity-weighted bigram Dice),
 * a quarter the section (1 under counterpart headings), a quarter the clause around the number;
 * a pair must clear LABEL_THRESHOLD, and its labels MIN_LABEL, so that unrelated indicators stay
 * unaligned rather than being forced together. By key: the key says they are the same measure,
 * and section, label and clause only choose among several with that key.
 */
const LABEL_THRESHOLD = 0.55;
const MIN_LABEL = 0.3;

export interface IndicatorScores {
  /** Label-round score (0–1), or null when the pair must not be aligned. */
  label(x: Profile, y: Profile): number | null;
  /** Key-round score (> 1). */
  key(x: Profile, y: Profile): number;
  /** Small nudges that decide between otherwise equal candidates (the same label twice). */
  tieBreak(x: Profile, y: Profile): number;
  /** Both under counterpart headings (or both in the preamble). */
  counterpart(x: Profile, y: Profile): boolean;
}

export function indicatorScores(
  sides: { old: IndicatorSide; new: IndicatorSide },
  profiles: readonly Profile[],
  sections: SectionAlignment,
  vocabulary: Vocabulary,
): IndicatorScores {
  const rarity = rarityWeights(profiles.map((p) => p.label), vocabulary.size);
  const titles = { old: new Map<number, Bigrams>(), new: new Map<number, Bigrams>() };
  const titleGrams = (side: 'old' | 'new', i: number): Bigrams => {
    let g = titles[side].get(i);
    if (!g) titles[side].set(i, (g = vocabulary.bigrams(titleKey(sides[side].headings.list[i]?.title ?? ''))));
    return g;
  };
  const labelSimilarity = (x: Profile, y: Profile) => diceOf(x.label, y.label, rarity);
  const counterpart = (x: Profile, y: Profile): boolean =>
    x.heading === null ? y.heading === null : y.heading !== null && sections.newOf[x.heading] === y.heading;
  const sectionSimilarity = (x: Profile, y: Profile): number => {
    if (counterpart(x, y)) return 1;
    if (x.heading === null || y.heading === null) return 0;
    return diceOf(titleGrams('old', x.heading), titleGrams('new', y.heading));
  };

  return {
    counterpart,
    label(x, y) {
      const ki = x.key;
      const kj = y.key;
      if (ki !== null && kj !== null && ki !== kj) return null;
      // The label first: most pairs fail on it, before the longer context is compared.
      const bothEmpty = x.labelEmpty && y.labelEmpty;
      const label = bothEmpty ? 1 : labelSimilarity(x, y);
      if (label < MIN_LABEL) return null;
      const context = diceOf(x.context, y.context);
      if (bothEmpty && context < MIN_LABEL) return null;
      const s = 0.5 * (bothEmpty ? context : label) + 0.25 * sectionSimilarity(x, y) + 0.25 * context;
      return s >= LABEL_THRESHOLD ? s : null;
    },
    key: (x, y) => 1 + 0.3 * sectionSimilarity(x, y) + 0.2 * labelSimilarity(x, y) + 0.1 * diceOf(x.context, y.context),
    // The nearer place in the text, then the equal value.
    tieBreak: (x, y) =>
      0.03 * (1 - Math.abs(x.position - y.position)) + (x.indicator.base.value === y.indicator.base.value ? 0.01 : 0),
  };
}
