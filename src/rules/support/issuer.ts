import type { Outline } from '../../schema/outline.js';

// `2025年，城中区坚持…`: the issuer is the subject of the opening sentence, a name ending in an
// administrative word, before the verb. Bounded lazy run: linear.
const ISSUER =
  /^(?:(?:\d{4}|[〇一二三四五六七八九]{4})年(?:以来|度)?[，,]\s*)?([\u4e00-\u9fff]{1,15}?(?:人民政府|政府|省|市|区|县|旗|州|盟|镇|乡|街道|局|委员会|委|厅|办公室|办|院|部))(?=坚持|认真|深入|始终|全面|紧紧|紧扣|围绕|按照|聚焦|在|以)/;

/** The issuer named at the start of the report (城中区), for suggesting a title; null if unsure. */
export function guessIssuer(text: string, outline: Outline): string | null {
  const start = outline.preamble?.start.offset ?? 0;
  const m = ISSUER.exec(text.slice(start, start + 200).trimStart());
  return m ? (m[1] as string) : null;
}
