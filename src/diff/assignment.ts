/**
 * The optimal one-to-one assignment (Kuhn–Munkres, the Hungarian method with potentials,
 * O(n²·m) for n ≤ m). A greedy first match pairs an indicator with the first plausible partner
 * and leaves a better-suited one stranded; the assignment maximises the total score instead.
 *
 * `score(i, j)` is the worth of pairing row i with column j, or null when they must not be paired.
 * Pairing nothing is worth 0, so a pair is taken only when it adds to the total.
 */
export type PairScore = (row: number, col: number) => number | null;

export interface Assigned {
  row: number;
  col: number;
  score: number;
}

export function assign(rows: number, cols: number, score: PairScore): Assigned[] {
  if (rows === 0 || cols === 0) return [];
  const transposed = rows > cols;
  const n = transposed ? cols : rows;
  const m = transposed ? rows : cols;
  // Cost to minimise: −score for allowed pairs, 0 (as good as no pair) for the rest.
  const cost = new Float64Array(n * m);
  const worth = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    for (let j = 0; j < m; j++) {
      const s = transposed ? score(j, i) : score(i, j);
      const w = s !== null && s > 0 ? s : 0;
      worth[i * m + j] = w;
      cost[i * m + j] = -w;
    }
  }
  const matchOf = hungarian(n, m, cost);
  const out: Assigned[] = [];
  for (let i = 0; i < n; i++) {
    const j = matchOf[i] as number;
    const w = worth[i * m + j] as number;
    if (w <= 0) continue;
    out.push(transposed ? { row: j, col: i, score: w } : { row: i, col: j, score: w });
  }
  return out.sort((a, b) => a.row - b.row);
}

/** Rows 0..n−1 to distinct columns 0..m−1 (n ≤ m) at minimum total cost; returns each row's column. */
function hungarian(n: number, m: number, cost: Float64Array): Int32Array {
  // 1-based arrays as in the classic formulation; column 0 is the virtual start.
  const u = new Float64Array(n + 1);
  const v = new Float64Array(m + 1);
  const p = new Int32Array(m + 1); // p[j]: row matched to column j (0 = none)
  const way = new Int32Array(m + 1);
  const minv = new Float64Array(m + 1);
  const used = new Uint8Array(m + 1);
  for (let i = 1; i <= n; i++) {
    p[0] = i;
    let j0 = 0;
    minv.fill(Infinity);
    used.fill(0);
    do {
      used[j0] = 1;
      const i0 = p[j0] as number;
      let delta = Infinity;
      let j1 = 0;
      const rowBase = (i0 - 1) * m - 1;
      const ui0 = u[i0] as number;
      for (let j = 1; j <= m; j++) {
        if (used[j]) continue;
        const cur = (cost[rowBase + j] as number) - ui0 - (v[j] as number);
        if (cur < (minv[j] as number)) {
          minv[j] = cur;
          way[j] = j0;
        }
        if ((minv[j] as number) < delta) {
          delta = minv[j] as number;
          j1 = j;
        }
      }
      for (let j = 0; j <= m; j++) {
        if (used[j]) {
          u[p[j] as number] = (u[p[j] as number] as number) + delta;
          v[j] = (v[j] as number) - delta;
        } else {
          minv[j] = (minv[j] as number) - delta;
        }
      }
      j0 = j1;
    } while (p[j0] !== 0);
    do {
      const j1 = way[j0] as number;
      p[j0] = p[j1] as number;
      j0 = j1;
    } while (j0 !== 0);
  }
  const matchOf = new Int32Array(n);
  for (let j = 1; j <= m; j++) if ((p[j] as number) > 0) matchOf[(p[j] as number) - 1] = j - 1;
  return matchOf;
}
