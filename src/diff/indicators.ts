import type { AlignedBy } from '../schema/diff.js';
import { profileIndicators, type IndicatorProfile as Profile, type IndicatorSide } from './indicator-profile.js';
import { indicatorScores } from './indicator-score.js';
import { matchGroup, type Matched } from './match.js';
import type { SectionAlignment } from './sections.js';
import { Vocabulary } from './similarity.js';


/**
 * Indicator alignment, one to one, in two rounds. First by catalogue key: two indicators with the
 * same key are the same measure, wherever they sit. Then what is left, by label similarity within
 * the same unit kind, helped by the similarity of their sections and clauses.
 */
export interface IndicatorMatch {
  old: number;
  new: number;
  by: AlignedBy;
  /** 1 for a key match; the label score (0–1) otherwise. */
  score: number;
  /** Not under the counterpart of its old heading. */
  moved: boolean;
}

// A report names one measure a few times at most; a key group of dozens is a long compilation,
// where the counterpart headings are the better guide and the cheaper one.
const KEY_GROUP_CELLS = 32 * 32;

export function alignIndicators(old: IndicatorSide, neu: IndicatorSide, sections: SectionAlignment): IndicatorMatch[] {
  const vocabulary = new Vocabulary();
  // Periods count relative to the reviewed years when both are known (a 2016 report's 2015 with a
  // 2018 report's 2017); else they are left out, not compared as written.
  const relative = old.reviewed !== null && neu.reviewed !== null;
  const a = profileIndicators(old, vocabulary, relative);
  const b = profileIndicators(neu, vocabulary, relative);
  const scores = indicatorScores({ old, new: neu }, [...a, ...b], sections, vocabulary);
  const pair = (i: number, j: number): [Profile, Profile] => [a[i] as Profile, b[j] as Profile];

  // When a group is too large to solve whole, indicators under counterpart headings go together.
  const bucketOf = (side: 'old' | 'new', id: number): string => {
    const h = (side === 'old' ? a : b)[id]?.heading ?? null;
    if (h === null) return 'preamble';
    const counterpart = side === 'old' ? sections.newOf[h] : h;
    return counterpart === null || counterpart === undefined ? `old-only:${h}` : `h:${counterpart}`;
  };

  const out: IndicatorMatch[] = [];
  const usedOld = new Set<number>();
  const usedNew = new Set<number>();
  const take = (matched: readonly Matched[], by: AlignedBy) => {
    for (const m of matched) {
      usedOld.add(m.old);
      usedNew.add(m.new);
      const [x, y] = pair(m.old, m.new);
      const score = by === 'key' ? 1 : Math.round((scores.label(x, y) ?? 0) * 1000) / 1000;
      out.push({ old: m.old, new: m.new, by, score, moved: !scores.counterpart(x, y) });
    }
  };

  const byKey = groups(a, b, (p) => (p.key ? `${p.key}|${p.group}` : null));
  for (const g of byKey.values()) {
    const score = (i: number, j: number) => {
      const [x, y] = pair(i, j);
      return scores.key(x, y) + scores.tieBreak(x, y);
    };
    take(matchGroup(g, score, bucketOf, KEY_GROUP_CELLS), 'key');
  }
  const byLabel = groups(a, b, (p) => p.group, usedOld, usedNew);
  for (const g of byLabel.values()) {
    const score = (i: number, j: number) => {
      const [x, y] = pair(i, j);
      const s = scores.label(x, y);
      return s === null ? null : s + scores.tieBreak(x, y);
    };
    take(matchGroup(g, score, bucketOf), 'label');
  }
  return out.sort((x, y) => x.new - y.new);
}

/** Indicators of both sides by group, unused ones only; groups with one side empty are dropped. */
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
