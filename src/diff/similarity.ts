/**
 * Similarity of two short Chinese texts (labels, titles): the Dice coefficient of their character
 * bigrams. Chinese has no spaces, so words are not at hand; bigrams catch most of a word's identity
 * (受理 / 依法受理) and are cheap. A one-character text has no bigram and is compared by its character.
 */
export type Bigrams = ReadonlyMap<string, number>;

export function bigrams(text: string): Bigrams {
  const grams = new Map<string, number>();
  const chars = Array.from(text);
  if (chars.length === 1) grams.set(chars[0] as string, 1);
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = (chars[i] as string) + (chars[i + 1] as string);
    grams.set(g, (grams.get(g) ?? 0) + 1);
  }
  return grams;
}

/** How much a bigram says; 1 for all when no weighting is wanted. */
export type BigramWeight = (gram: string) => number;
const even: BigramWeight = () => 1;

function size(grams: Bigrams, weight: BigramWeight): number {
  let n = 0;
  for (const [g, c] of grams) n += c * weight(g);
  return n;
}

/**
 * 2·|A ∩ B| / (|A| + |B|) over bigram multisets: 1 for equal texts, 0 for nothing in common.
 * With a weight, a shared rare bigram counts for more than a shared common one.
 */
export function diceOf(a: Bigrams, b: Bigrams, weight: BigramWeight = even): number {
  const total = size(a, weight) + size(b, weight);
  if (total === 0) return 0;
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let common = 0;
  for (const [g, c] of small) common += Math.min(c, large.get(g) ?? 0) * weight(g);
  return (2 * common) / total;
}

export function dice(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  return diceOf(bigrams(a), bigrams(b));
}
