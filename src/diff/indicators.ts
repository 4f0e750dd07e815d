import type { AlignedBy } from '../schema/diff.js';
import type { Indicator } from '../schema/indicator.js';
import { contextOf } from './context.js';
import type { Headings } from './headings.js';
import { matchGroup, type Matched } from './match.js';
import { labelKey, titleKey } from './normalise.js';
import type { SectionAlignment } from './sections.js';
import { rarityWeights } from './rarity.js';
import { diceOf, Vocabulary, type Bigrams } from './similarity.js';

/**
 * Indicator alignment, one to one, in two rounds. First by catalogue key: two indicators with the
 * same key are the same measure, wherever they sit. Then what is left, by label similarity under
 * the same unit kind, helped by the similarity of their sections and clauses; a pair must clear
 * LABEL_THRESHOLD, so that unrelated indicators stay unaligned (added and removed) rather than
 * being forced together.
 */
export const LABEL_THRESHOLD = 0.55;
const MIN_LABEL = 0.3;
const KEY_GROUP_CELLS = 32 * 32;

export interface IndicatorSide {
  text: string;
  indicators: readonly Indicator[];
  headings: Headings;
}

export interface IndicatorMatch {
  old: number;
  new: number;
  by: AlignedBy;
  /** 1 for a key match; the label score (0–1) otherwise. */
  score: number;
  /** Not under the counterpart of its old heading. */
  moved: boolean;
}

interface Profile {
  indicator: Indicator;
  label: Bigrams;
  labelEmpty: boolean;
  context: Bigrams;
  heading: number | null;
  position: number;
  /** Only indicators of one group can be compared: same unit kind and base unit, outcome or target. */
  group: string;
}

function profile(side: IndicatorSide, vocabulary: Vocabulary): Profile[] {
  const length = Math.max(1, side.text.length);
  return side.indicators.map((indicator) => {
    const key = labelKey(indicator.label);
    return {
      indicator,
      label: vocabulary.bigrams(key),
      labelEmpty: key.length === 0,
      context: vocabulary.bigrams(contextOf(side.text, indicator.span.start.offset, indicator.span.end.offset)),
      heading: side.headings.indexOfId(indicator.sectionId),
      position: indicator.span.start.offset / length,
      // A target (增长6.5%左右) is not the outcome it aims at.
      group: `${indicator.unitKind}|${indicator.base.unit}|${indicator.kind === 'target' ? 'target' : 'outcome'}`,
    };
  });
}

export function alignIndicators(old: IndicatorSide, neu: IndicatorSide, sections: SectionAlignment): IndicatorMatch[] {
  const vocabulary = new Vocabulary();
  const a = profile(old, vocabulary);
  const b = profile(neu, vocabulary);
  const rarity = rarityWeights([...a, ...b].map((p) => p.label), vocabulary.size);
  const labelSimilarity = (x: Profile, y: Profile): number => diceOf(x.label, y.label, rarity);
  const titleGrams = (side: IndicatorSide, cache: Map<number, Bigrams>, i: number): Bigrams => {
    let g = cache.get(i);
    if (!g) cache.set(i, (g = vocabulary.bigrams(titleKey(side.headings.list[i]?.title ?? ''))));
    return g;
  };
  const oldTitles = new Map<number, Bigrams>();
  const newTitles = new Map<number, Bigrams>();
  const counterpart = (x: Profile, y: Profile): boolean =>
    x.heading === null ? y.heading === null : y.heading !== null && sections.newOf[x.heading] === y.heading;
  const sectionSimilarity = (x: Profile, y: Profile): number => {
    if (counterpart(x, y)) return 1;
    if (x.heading === null || y.heading === null) return 0;
    return diceOf(titleGrams(old, oldTitles, x.heading), titleGrams(neu, newTitles, y.heading));
  };
  // Small nudges that decide between otherwise equal candidates (the same label twice):
  // the nearer place in the text, then the equal value.
  const tieBreak = (x: Profile, y: Profile): number =>
    0.03 * (1 - Math.abs(x.position - y.position)) + (x.indicator.base.value === y.indicator.base.value ? 0.01 : 0);

  const labelScore = (x: Profile, y: Profile): number | null => {
    const ki = x.indicator.key;
    const kj = y.indicator.key;
    if (ki !== undefined && kj !== undefined && ki !== kj) return null;
    // The label first: most pairs fail on it, before the longer context is compared.
    const bothEmpty = x.labelEmpty && y.labelEmpty;
    const label = bothEmpty ? 1 : labelSimilarity(x, y);
    if (label < MIN_LABEL) return null;
    const context = diceOf(x.context, y.context);
    if (bothEmpty && context < MIN_LABEL) return null;
    const s = 0.5 * (bothEmpty ? context : label) + 0.25 * sectionSimilarity(x, y) + 0.25 * context;
    return s >= LABEL_THRESHOLD ? s : null;
  };
  const keyScore = (x: Profile, y: Profile): number =>
    1 + 0.3 * sectionSimilarity(x, y) + 0.2 * labelSimilarity(x, y) + 0.1 * diceOf(x.context, y.context);

  // When a group is too large to solve whole, indicators under counterpart headings go together.
  const bucketOf = (side: 'old' | 'new', id: number): string => {
    const h = side === 'old' ? (a[id] as Profile).heading : (b[id] as Profile).heading;
    if (h === null) return 'preamble';
    const counterpartHeading = side === 'old' ? sections.newOf[h] : h;
    return counterpartHeading === null || counterpartHeading === undefined ? `old-only:${h}` : `h:${counterpartHeading}`;
  };

  const out: IndicatorMatch[] = [];
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const take = (matched: readonly Matched[], by: AlignedBy) => {
    for (const m of matched) {
      usedOld.add(m.old);
      usedNew.add(m.new);
      const x = a[m.old] as Profile;
      const y = b[m.new] as Profile;
      const score = by === 'key' ? 1 : Math.round((labelScore(x, y) ?? 0) * 1000) / 1000;
      out.push({ old: m.old, new: m.new, by, score, moved: !counterpart(x, y) });
    }
  };

  // A report names one measure a few times at most; a key group of dozens is a long compilation,
  // where the counterpart headings are the better guide and the cheaper one.
  const byKey = groups(a, b, (p) => (p.indicator.key ? `${p.indicator.key}|${p.group}` : null));
  for (const g of byKey.values()) {
    const score = (i: number, j: number) => keyScore(a[i] as Profile, b[j] as Profile) + tieBreak(a[i] as Profile, b[j] as Profile);
    take(matchGroup(g, score, bucketOf, KEY_GROUP_CELLS), 'key');
  }
  const byLabel = groups(a, b, (p) => p.group, usedOld, usedNew);
  for (const g of byLabel.values()) {
    const score = (i: number, j: number) => {
      const s = labelScore(a[i] as Profile, b[j] as Profile);
      return s === null ? null : s + tieBreak(a[i] as Profile, b[j] as Profile);
    };
    take(matchGroup(g, score, bucketOf), 'label');
  }
  return out.sort((x, y) => x.new - y.new);
}

function groups(
  a: readonly Profile[],
  b: readonly Profile[],
  groupOf: (p: Profile) => string | null,
  usedOld: ReadonlySet<number> = new Set(),
  usedNew: ReadonlySet<number> = new Set(),
): Map<string, { old: number[]; new: number[] }> {
  const out = new Map<string, { old: number[]; new: number[] }>();
  const add = (side: 'old' | 'new', p: Profile, id: number) => {
    const k = groupOf(p);
    if (k === null) return;
    let g = out.get(k);
    if (!g) out.set(k, (g = { old: [], new: [] }));
    g[side].push(id);
  };
  a.forEach((p, i) => usedOld.has(i) || add('old', p, i));
  b.forEach((p, j) => usedNew.has(j) || add('new', p, j));
  for (const [k, g] of out) if (g.old.length === 0 || g.new.length === 0) out.delete(k);
  return out;
}
