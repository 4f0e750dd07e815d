import { assign, type PairScore } from './assignment.js';

/**
 * The assignment, kept fast on large inputs. A group small enough is solved whole (optimal);
 * a larger one is first cut into buckets that belong together (the same catalogue key under
 * counterpart headings, the same title), each solved whole, and what is left unpaired is solved
 * in windows of text order. The matrix never exceeds MAX_CELLS, so two 1 MB reports (thousands
 * of indicators) align in well under a second.
 */
const MAX_CELLS = 200 * 200;
const WINDOW = 120;

export interface Matched {
  old: number;
  new: number;
  score: number;
}

export interface MatchGroup {
  /** Items of each side, in text order (ids understood by `score`). */
  old: readonly number[];
  new: readonly number[];
}

export type ItemScore = (oldId: number, newId: number) => number | null;

/**
 * `bucketOf` names the bucket an item falls in when the group is too large to solve whole;
 * `maxCells` lowers the size solved whole, for groups whose buckets are known to be good.
 */
export function matchGroup(
  group: MatchGroup,
  score: ItemScore,
  bucketOf?: (side: 'old' | 'new', id: number) => string,
  maxCells = MAX_CELLS,
): Matched[] {
  if (group.old.length * group.new.length <= Math.min(maxCells, MAX_CELLS)) return solve(group.old, group.new, score);
  const out: Matched[] = [];
  let rest: MatchGroup = group;
  if (bucketOf) {
    const buckets = new Map<string, { old: number[]; new: number[] }>();
    const bucket = (k: string) => {
      let b = buckets.get(k);
      if (!b) buckets.set(k, (b = { old: [], new: [] }));
      return b;
    };
    for (const id of group.old) bucket(bucketOf('old', id)).old.push(id);
    for (const id of group.new) bucket(bucketOf('new', id)).new.push(id);
    for (const b of buckets.values()) {
      if (b.old.length > 0 && b.new.length > 0) for (const m of windowed(b.old, b.new, score)) out.push(m);
    }
    rest = leftovers(group, out);
  }
  for (const m of windowed(rest.old, rest.new, score)) out.push(m);
  const second = leftovers(rest, out);
  // Windows cut pairs that straddle a boundary; one more pass over what is left mends most.
  if (second.old.length > 0 && second.new.length > 0) for (const m of windowed(second.old, second.new, score)) out.push(m);
  return out;
}

function solve(old: readonly number[], neu: readonly number[], score: ItemScore): Matched[] {
  const pairScore: PairScore = (r, c) => score(old[r] as number, neu[c] as number);
  return assign(old.length, neu.length, pairScore).map((a) => ({ old: old[a.row] as number, new: neu[a.col] as number, score: a.score }));
}

/** Solves whole if small, else in proportional windows of text order. */
function windowed(old: readonly number[], neu: readonly number[], score: ItemScore): Matched[] {
  if (old.length * neu.length <= MAX_CELLS) return solve(old, neu, score);
  const k = Math.ceil(Math.max(old.length, neu.length) / WINDOW);
  const out: Matched[] = [];
  for (let w = 0; w < k; w++) {
    const o = old.slice(Math.floor((w * old.length) / k), Math.floor(((w + 1) * old.length) / k));
    const n = neu.slice(Math.floor((w * neu.length) / k), Math.floor(((w + 1) * neu.length) / k));
    for (const m of solve(o, n, score)) out.push(m);
  }
  return out;
}

function leftovers(group: MatchGroup, matched: readonly Matched[]): MatchGroup {
  const usedOld = new Set(matched.map((m) => m.old));
  const usedNew = new Set(matched.map((m) => m.new));
  return { old: group.old.filter((id) => !usedOld.has(id)), new: group.new.filter((id) => !usedNew.has(id)) };
}
