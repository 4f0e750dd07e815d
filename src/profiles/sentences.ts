// A sentence ends at a full stop, a question or exclamation mark, or a line break.
const STOPS = /[。！？!?\n\r]/g;

/**
 * The number of the sentence each offset is in (0 for the first), for offsets in any order: one
 * pass of one regex over the text, in the order of the offsets.
 */
export function sentenceNumbers(text: string, offsets: readonly number[]): number[] {
  const order = offsets.map((_, i) => i).sort((a, b) => (offsets[a] as number) - (offsets[b] as number));
  const out = new Array<number>(offsets.length);
  let sentence = 0;
  STOPS.lastIndex = 0;
  let stop = STOPS.exec(text);
  for (const i of order) {
    const offset = offsets[i] as number;
    while (stop && stop.index < offset) {
      sentence++;
      stop = STOPS.exec(text);
    }
    out[i] = sentence;
  }
  return out;
}
