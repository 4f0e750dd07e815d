import type { LocalizedText, MessageData } from '../i18n/text.js';
import type { Locator } from '../text/location.js';

/**
 * A message that points at another line (第{line}行, on line {line}) said of a document found by
 * paragraph (Word): the words, and the number, of a paragraph. The rules write lines; this is
 * the one place that knows a Word document has none.
 */
const WORDING: readonly (readonly [line: string, paragraph: string])[] = [
  ['第{line}行', '第{line}段'],
  ['本行第{column}列', '本段第{column}字'],
  ['on line {line}', 'in paragraph {line}'],
  ['repeats line {line}', 'repeats paragraph {line}'],
  ['column {column} of this line', 'character {column} of this paragraph'],
];

export function inParagraphs(message: LocalizedText): LocalizedText {
  const say = (s: string) => WORDING.reduce((out, [line, paragraph]) => out.split(line).join(paragraph), s);
  return { zh: say(message.zh), en: say(message.en) };
}

/** The data with `line` (a line of the extracted text) made the paragraph that line starts in. */
export function paragraphData(data: MessageData, text: string, locate: Locator): MessageData {
  const line = data.line;
  if (typeof line !== 'number' || !locate.place) return data;
  let offset = 0;
  for (let n = 1; n < line && offset >= 0; n++) {
    const next = text.indexOf('\n', offset);
    offset = next < 0 ? -1 : next + 1;
  }
  return offset < 0 ? data : { ...data, line: locate.place(offset).paragraph };
}
