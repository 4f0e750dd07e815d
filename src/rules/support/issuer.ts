import type { Outline } from '../../schema/outline.js';
import { HAN_YEAR_DIGITS } from '../../text/numerals.js';

const ADMIN = '(?:人民政府|政府|省|市|区|县|旗|州|盟|镇|乡|街道|局|委员会|委|厅|办公室|办|院|部)';
// Built on first use: the rules load on every lint run, and few runs need an issuer.
let patterns: { inOpening: RegExp; inTitle: RegExp } | null = null;
function issuerPatterns() {
  return (patterns ??= {
    // `2025年，城中区坚持…`: the issuer is the subject of the opening sentence, a name ending in
    // an administrative word, before the verb. Bounded lazy runs: linear.
    inOpening: new RegExp(
      `^(?:(?:\\d{4}|[${HAN_YEAR_DIGITS}]{4})年(?:以来|度)?[，,]\\s*)?([\\u4e00-\\u9fff]{1,15}?${ADMIN})(?=坚持|认真|深入|始终|全面|紧紧|紧扣|围绕|按照|聚焦|统筹|着力|持续|不断|扎实|切实|在|以)`,
    ),
    // `城中区法治政府建设工作报告`: the words before the year or the kind of report.
    inTitle: new RegExp(`^([\\u4e00-\\u9fff]{1,20}?${ADMIN})(?:关于)?(?=\\d{4}|[〇一二][${HAN_YEAR_DIGITS}]{3}|法治|政府工作|工作)`),
  });
}

/** The issuer named in the title or at the start of the report (城中区), for examples; null if unsure. */
export function guessIssuer(text: string, outline: Outline): string | null {
  const { inOpening, inTitle } = issuerPatterns();
  const fromTitle = outline.title ? inTitle.exec(outline.title.text) : null;
  if (fromTitle) return fromTitle[1] as string;
  const start = outline.preamble?.start.offset ?? 0;
  const m = inOpening.exec(text.slice(start, start + 200).trimStart());
  return m ? (m[1] as string) : null;
}
