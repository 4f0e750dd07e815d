/**
 * The words around an indicator: its clause up to the number, and a few characters after the
 * unit. Labels are short and sometimes elided (审结70件 after 受理90件); the clause says more.
 * Numbers are dropped, so that a changed value leaves the context as it was.
 */
const BEFORE = 24;
const AFTER = 8;
const STOPS = new Set(['。', '；', ';', '！', '？', '\n', '\r']);
const NUMBERS = /[\d０-９.．,，%％]+/g;

export function contextOf(text: string, start: number, end: number): string {
  let from = start;
  while (from > 0 && start - from < BEFORE && !STOPS.has(text[from - 1] as string)) from--;
  let to = end;
  while (to < text.length && to - end < AFTER && !STOPS.has(text[to] as string)) to++;
  return (text.slice(from, start) + text.slice(end, to)).replace(NUMBERS, '');
}
