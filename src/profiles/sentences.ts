// A sentence ends at a full stop, a question or exclamation mark, or a line break.
const STOPS = new Set([...'。！？!?\n\r'].map((c) => c.charCodeAt(0)));

/**
 * The number of the sentence each offset is in (0 for the first), for offsets in any order: one
 * pass over the text, in the order of the offsets.
 */
export function sentenceNumbers(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((_, i) => i).sort((a, b) => (offsets[a] as number) - (offsets[b] as number));
  const out = new Array<number>(offsets.length);
  let at = 0;
  let sentence = 0;
  for (const i of order) {
    const offset = offsets[i] as number;
    for (; at < offset && at < text.length; at++) if (STOPS.has(text.charCodeAt(at))) sentence++;
    out[i] = sentence;
  }
  return out;
}
