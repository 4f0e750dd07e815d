/**
 * Traditional characters of the words that tell a report's kind, with their simplified forms: a
 * report from Hong Kong, Macao or Taiwan, or a draft converted by a word processor, is told as
 * its simplified twin would be. Not a converter: only what profile detection and the title's form
 * read. Built on first use.
 */
const PAIRS =
  '設设報报復复議议訴诉訟讼執执審审規规範范顧顾責责經经濟济發发預预標标會会業业區区縣县處处門门關关於于務务進进與与實实際际現现總总結结劃划計计對对開开動动機机構构職职權权條条問问題题據据數数導导負负優优協协調调組组織织獲获萬万億亿書书學学習习歲岁鄉乡鎮镇國国庫库費费稅税財财產产價价環环態态衛卫險险員员訪访';

let table: Map<string, string> | null = null;

function simplified(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (let i = 0; i + 1 < PAIRS.length; i += 2) table.set(PAIRS[i] as string, PAIRS[i + 1] as string);
  return table;
}

// Any of the traditional characters above: most texts have none and are returned as they are.
let anyTraditional: RegExp | null = null;

/** `text` with the traditional characters of the table in their simplified forms. */
export function toSimplified(text: string): string {
  anyTraditional ??= new RegExp(`[${[...simplified().keys()].join('')}]`);
  if (!anyTraditional.test(text)) return text;
  const map = simplified();
  let out = '';
  for (const ch of text) out += map.get(ch) ?? ch;
  return out;
}
