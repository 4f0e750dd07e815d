/** The marks that end a sentence (the closing quotes and brackets after one belong to it: facts.ts). */
export const SENTENCE_STOPS = '。！？!?';

// The stops and line breaks, found by a native regex search: a character loop run once over a
// short report stays in the interpreter, and test() with lastIndex makes no match array per
// sentence (a long report has hundreds of thousands).
const SENTENCE_END = new RegExp(`[${SENTENCE_STOPS}\\n\\r]`, 'g');

/** The offset of the first sentence stop or line break at or after `from`, or the text's length. */
export function nextSentenceEnd(text: string, from: number): number {
  SENTENCE_END.lastIndex = from;
  return SENTENCE_END.test(text) ? SENTENCE_END.lastIndex - 1 : text.length;
}
