import { charSet } from '../text/space.js';

/**
 * Characters that fill any Chinese report, in simplified and traditional forms: text decoded in
 * the right encoding is full of them, text decoded in a wrong one (Big5 read as GB18030, GBK as
 * Big5) almost never has them. Used only to choose between encodings that both decode.
 */
const COMMON_HANZI = [
  '的一是在不了有和人中大上为為个個这這以年工作发發展建设設法治政府民加强強推进進全面依度制公',
  '务務行管理服社会會新高重点點部门門区區市省县縣万萬元亿億件次项項提升完善时時到对對成要',
  '实實现現开開合体體经經济濟业業生产產化展构構机機关關于於化地方规規定落动動坚堅持持续續',
].join('');

const common = charSet(COMMON_HANZI);

/** How many of the characters of a text are common ones. */
export function commonHanziCount(text: string, limit = text.length): number {
  let n = 0;
  const end = Math.min(limit, text.length);
  for (let i = 0; i < end; i++) if (common.has(text.charCodeAt(i))) n++;
  return n;
}
