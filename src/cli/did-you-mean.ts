/**
 * The command a mistyped word was meant to be: the nearest by edit distance, when it is one edit
 * from a short name (lnit, lnt, dif) or two from a longer one (extrct, outlien, shcema); never a
 * word that looks like a path (a dot or a slash).
 */
export function nearestCommand(word: string, commands: readonly string[]): string | null {
  if (/[./\\]/.test(word) || word.length < 3) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const command of commands) {
    const d = distance(word.toLowerCase(), command);
    if (d < bestDistance) {
      best = command;
      bestDistance = d;
    }
  }
  return best !== null && bestDistance > 0 && bestDistance <= (best.length <= 4 ? 1 : 2) ? best : null;
}

/** Optimal string alignment distance: insertions, deletions, substitutions, adjacent swaps. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) (d[0] as number[])[j] = j;
  for (let i = 1; i <= a.length; i++) {
    const row = d[i] as number[];
    const up = d[i - 1] as number[];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min((up[j] as number) + 1, (row[j - 1] as number) + 1, (up[j - 1] as number) + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, ((d[i - 2] as number[])[j - 2] as number) + 1);
      row[j] = v;
    }
  }
  return (d[a.length] as number[])[b.length] as number;
}
