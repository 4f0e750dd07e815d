import { opensPlan } from '../../profiles/part-content.js';
import { PARTS } from '../../profiles/parts.js';

/** The lines strictly between the line of offset `from` and the line of offset `to`, trimmed. */
export function linesBetween(text: string, from: number, to: number): Array<{ line: string; start: number }> {
  const out: Array<{ line: string; start: number }> = [];
  let start = text.indexOf('\n', from);
  const stop = text.lastIndexOf('\n', to - 1);
  while (start !== -1 && start < stop) {
    let end = text.indexOf('\n', start + 1);
    if (end === -1 || end > stop) end = stop;
    const raw = text.slice(start + 1, end);
    const line = raw.trim();
    if (line.length > 0) out.push({ line, start: start + 1 + raw.indexOf(line) });
    start = end;
  }
  return out;
}

/** The part a paragraph opens without a heading: the plan (2022年，我们将…) or the shortcomings. */
export function partOpenedBy(paragraph: string, year: number | null): 'plan' | 'shortcomings' | null {
  if (opensPlan(paragraph, year)) return 'plan';
  if (PARTS.shortcomings.words?.test(paragraph) && /但|仍|还|不足/.test(paragraph.slice(0, 60))) return 'shortcomings';
  return null;
}
