/**
 * Character classes for the scanner, as one lookup table over the BMP so that the hot loop does a
 * single array read per character (no regex, no allocation). Built on first use. Apart from
 * chars.ts because it is built from the unit table, which the number lexer's predicates must not
 * depend on (chars → unit → number → chars was an import cycle).
 */
import { HAN_DIGITS } from '../text/numerals.js';
import { CLAUSE_MARKS } from './chars.js';
import { RANGE_SEPARATORS } from './range.js';
import { UNITS } from './unit.js';

export const NUM_START = 1; // 0-9 ０-９ and the Chinese digits that can begin a numeral
export const CLAUSE = 2; // ends a clause: ，,、;；。：:！？!? and line breaks
export const SENTENCE = 4; // ends a sentence: 。！？!? and line breaks
export const LINE = 8; // line break
export const QUOTE_OPEN = 16; // “ 《 「 『
export const QUOTE_CLOSE = 32; // ” 》 」 』
export const FOLLOWS_NUMBER = 64; // may follow a number in a quantity: a unit's first character, 万亿, 余多, a range dash
export const BRACKET = 128; // （ ( ） )

let table: Uint8Array | null = null;

export function charTable(): Uint8Array {
  if (table) return table;
  const t = new Uint8Array(65536);
  const mark = (chars: string, bit: number) => {
    for (const c of chars) t[c.charCodeAt(0)] = (t[c.charCodeAt(0)] as number) | bit;
  };
  for (let c = 0x30; c <= 0x39; c++) t[c] = NUM_START;
  for (let c = 0xff10; c <= 0xff19; c++) t[c] = NUM_START;
  mark(HAN_DIGITS + '十', NUM_START);
  mark(CLAUSE_MARKS, CLAUSE);
  mark('。！？!?\n\r', SENTENCE);
  mark('\n\r', LINE);
  mark('“《「『', QUOTE_OPEN);
  mark('”》」』', QUOTE_CLOSE);
  mark('（()）', BRACKET);
  for (const u of UNITS) mark(u.unit[0] as string, FOLLOWS_NUMBER);
  mark('十百千万亿余多', FOLLOWS_NUMBER);
  mark(RANGE_SEPARATORS, FOLLOWS_NUMBER);
  table = t;
  return t;
}
