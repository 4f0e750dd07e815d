/**
 * Similarity of two short Chinese texts (labels, titles): the Dice coefficient of their character
 * bigrams. Chinese has no spaces, so words are not at hand; bigrams catch most of a word's identity
 * (受理 / 依法受理) and are cheap. A one-character text has no bigram and is compared by its character.
 *
 * A diff compares hundreds of thousands of pairs on large inputs, so bigrams are interned to
 * integers and a text becomes a sorted array of them: a comparison is one merge of two arrays.
 */
export interface Bigrams {
  /** Interned bigram ids, ascending, each once. */
  readonly ids: readonly number[];
  /** How often each bigram occurs. */
  readonly counts: readonly number[];
}

/**
 * Bigram → id, shared by every text that will be compared with each other. A bigram is keyed by
 * its two UTF-16 code units packed in one number: report text is almost all in the BMP, and a
 * character outside it is still compared consistently, as its two halves.
 */
export class Vocabulary {
  private readonly ids = new Map<number, number>();
  /** Room to sort one text's bigrams in, reused from text to text. */
  private scratch = new Int32Array(64);

  private idOfCode(code: number): number {
    let id = this.ids.get(code);
    if (id === undefined) this.ids.set(code, (id = this.ids.size));
    return id;
  }

  /** The id of a bigram (or of a lone character). */
  idOf(gram: string): number {
    return this.idOfCode(gram.length === 1 ? gram.charCodeAt(0) : gram.charCodeAt(0) * 0x10000 + gram.charCodeAt(1) + 0x10000);
  }

  get size(): number {
    return this.ids.size;
  }

  bigrams(text: string): Bigrams {
    const n = text.length;
    if (n === 0) return EMPTY;
    const length = n === 1 ? 1 : n - 1;
    if (this.scratch.length < length) this.scratch = new Int32Array(Math.max(length, 2 * this.scratch.length));
    const found = this.scratch.subarray(0, length);
    if (n === 1) found[0] = this.idOfCode(text.charCodeAt(0));
    // + 0x10000 keeps a pair's key apart from any lone character's.
    for (let i = 0; i + 1 < n; i++) found[i] = this.idOfCode(text.charCodeAt(i) * 0x10000 + text.charCodeAt(i + 1) + 0x10000);
    found.sort();
    // Runs of one id become (id, count). Kept as plain arrays of small integers: a diff of two
    // reports of 400,000 headings holds a million of these, and two typed arrays (each with its
    // buffer) cost some 400 bytes where two short arrays cost under a hundred.
    const ids: number[] = [];
    const counts: number[] = [];
    for (let i = 0; i < found.length; i++) {
      const id = found[i] as number;
      if (ids.length > 0 && ids[ids.length - 1] === id) counts[counts.length - 1] = (counts[counts.length - 1] as number) + 1;
      else {
        ids.push(id);
        counts.push(1);
      }
    }
    return { ids, counts };
  }
}

const EMPTY: Bigrams = { ids: [], counts: [] };

/** How much each bigram says, by id; absent means 1 for all. */
export type BigramWeights = Float64Array;

/**
 * 2·|A ∩ B| / (|A| + |B|) over bigram multisets: 1 for equal texts, 0 for nothing in common.
 * With weights, a shared rare bigram counts for more than a shared common one.
 */
export function diceOf(a: Bigrams, b: Bigrams, weights?: BigramWeights): number {
  const ai = a.ids;
  const bi = b.ids;
  let i = 0;
  let j = 0;
  let common = 0;
  let total = 0;
  const w = (id: number) => (weights ? (weights[id] ?? 1) : 1);
  while (i < ai.length && j < bi.length) {
    const x = ai[i] as number;
    const y = bi[j] as number;
    if (x === y) {
      const ca = a.counts[i] as number;
      const cb = b.counts[j] as number;
      const wx = w(x);
      common += Math.min(ca, cb) * wx;
      total += (ca + cb) * wx;
      i++;
      j++;
    } else if (x < y) {
      total += (a.counts[i] as number) * w(x);
      i++;
    } else {
      total += (b.counts[j] as number) * w(y);
      j++;
    }
  }
  for (; i < ai.length; i++) total += (a.counts[i] as number) * w(ai[i] as number);
  for (; j < bi.length; j++) total += (b.counts[j] as number) * w(bi[j] as number);
  return total === 0 ? 0 : (2 * common) / total;
}

/** Dice similarity of two texts on their own. */
export function dice(a: string, b: string): number {
  if (a === b) return a.length > 0 ? 1 : 0;
  const vocabulary = new Vocabulary();
  return diceOf(vocabulary.bigrams(a), vocabulary.bigrams(b));
}
