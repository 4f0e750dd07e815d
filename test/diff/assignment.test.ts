import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assign } from '../../src/diff/assignment.js';
import { matchGroup } from '../../src/diff/match.js';

const total = (pairs: Array<{ score: number }>) => pairs.reduce((s, p) => s + p.score, 0);

/** Every one-to-one assignment, for checking small cases against. */
function bruteForce(m: Array<Array<number | null>>): number {
  const rows = m.length;
  const cols = m[0]?.length ?? 0;
  const used = new Array<boolean>(cols).fill(false);
  const best = (r: number): number => {
    if (r === rows) return 0;
    let b = best(r + 1); // row r unpaired
    for (let c = 0; c < cols; c++) {
      const s = m[r]![c];
      if (used[c] || s === null || s === undefined || s <= 0) continue;
      used[c] = true;
      b = Math.max(b, s + best(r + 1));
      used[c] = false;
    }
    return b;
  };
  return best(0);
}

describe('optimal assignment', () => {
  it('beats a greedy first match', () => {
    // Greedy pairs row 0 with column 0 (0.9) and leaves row 1 nothing; the optimum is 0.8 + 0.8.
    const m = [
      [0.9, 0.8],
      [0.7, null],
    ];
    const pairs = assign(2, 2, (r, c) => m[r]![c]!);
    expect(pairs.map((p) => [p.row, p.col])).toEqual([
      [0, 1],
      [1, 0],
    ]);
    expect(total(pairs)).toBeCloseTo(1.5);
  });

  it('leaves rows unpaired when no column is allowed', () => {
    expect(assign(2, 3, (r) => (r === 0 ? 0.5 : null))).toHaveLength(1);
    expect(assign(0, 3, () => 1)).toEqual([]);
  });

  it('handles more rows than columns', () => {
    const pairs = assign(3, 1, (r) => [0.2, 0.9, 0.4][r]!);
    expect(pairs).toEqual([{ row: 1, col: 0, score: 0.9 }]);
  });

  it('finds the maximum total on random matrices (checked by brute force)', () => {
    const cell = fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: null, freq: 3 });
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }), fc.array(cell, { minLength: 25, maxLength: 25 }), (r, c, cells) => {
        const m = Array.from({ length: r }, (_, i) => Array.from({ length: c }, (_, j) => cells[i * 5 + j] ?? null));
        const pairs = assign(r, c, (i, j) => m[i]![j]!);
        expect(new Set(pairs.map((p) => p.row)).size).toBe(pairs.length);
        expect(new Set(pairs.map((p) => p.col)).size).toBe(pairs.length);
        expect(total(pairs)).toBeCloseTo(bruteForce(m), 9);
      }),
      { numRuns: 300 },
    );
  });

  // The timeout is a hang guard (a quadratic assignment on 5,000 items would take minutes); the
  // diff's speed is measured in `npm run bench`, never asserted in a test.
  it('stays one to one on groups far beyond the matrix cap', () => {
    const n = 5000;
    const ids = Array.from({ length: n }, (_, i) => i);
    // Each item is like its own copy and a little like its neighbours.
    const pairs = matchGroup({ old: ids, new: ids }, (i, j) => (i === j ? 1 : Math.abs(i - j) < 3 ? 0.5 : null), (_side, id) => String(id % 40));
    expect(pairs.filter((p) => p.old === p.new)).toHaveLength(n);
  }, 30_000);
});
