import type { Outline } from '../../schema/outline.js';
import { HAN_YEAR_DIGITS } from '../../text/numerals.js';
import { lineStartAt } from '../../text/space.js';

const ADMIN = '(?:人民政府|政府|省|市|区|县|旗|州|盟|镇|乡|街道|局|委员会|委|厅|办公室|办|院|部)';
// Built on first use: the rules load on every lint run, and few runs need an issuer.
let patterns: { inOpening: RegExp; inTitle: RegExp; body: RegExp; bodyAfter: RegExp; date: RegExp } | null = null;
function issuerPatterns() {
  return (patterns ??= {
    // `2025年，城中区坚持…`: the issuer is the subject of the opening sentence, a name ending in
    // an administrative word, before the verb. Bounded lazy runs: linear.
    inOpening: new RegExp(
      `^(?:(?:\\d{4}|[${HAN_YEAR_DIGITS}]{4})年(?:以来|度)?[，,]\\s*)?([\\u4e00-\\u9fff]{1,15}?${ADMIN})(?=坚持|认真|深入|始终|全面|紧紧|紧扣|围绕|按照|聚焦|统筹|着力|持续|不断|扎实|切实|在|以)`,
    ),
    // `城中区法治政府建设工作报告`: the words before the year or the kind of report.
    inTitle: new RegExp(`^([\\u4e00-\\u9fff]{1,20}?${ADMIN})(?:关于)?(?=\\d{4}|[〇一二][${HAN_YEAR_DIGITS}]{3}|法治|政府工作|工作)`),
    // One body's name, whole: 中共某某县委, 某某县人民政府, 某某县司法局.
    body: new RegExp(`^[\\u4e00-\\u9fff（）()]{1,30}${ADMIN}$`),
    // The second issuer of a joint document's title, read where it starts (国务院办公厅关于印发…).
    bodyAfter: new RegExp(`[\\u4e00-\\u9fff（）()]{1,30}?${ADMIN}(?=关于|联合|[\\s《，、]|$)`, 'y'),
    // The date a signature ends with: 2021年1月25日, 二〇二一年一月二十五日; and the 版记's
    // printing line (某某厅办公室　　2022年1月26日印发).
    date: new RegExp(`^(?:\\d{4}|[${HAN_YEAR_DIGITS}]{4})年(?:\\d{1,2}|[〇零一二三四五六七八九十]{1,3})月(?:\\d{1,2}|[〇零一二三四五六七八九十]{1,3})日(?:印发)?$`),
  });
}

const LINE_SPACES = /[ \u3000\u00a0]+/;
const MAX_ISSUER_LINE = 60;

/**
 * Whether a line only names the bodies that issue the report, set apart by spaces as a joint
 * report's header or signature sets them (中共某某县委  某某县人民政府), the signature's date
 * perhaps beside them (某某县人民政府 2021年1月25日), or the 版记's printer and date
 * (某某厅办公室　　2022年1月26日印发): layout, not a typo.
 */
export function isIssuerLine(line: string): boolean {
  const trimmed = line.trim();
  if (trimmed.length > MAX_ISSUER_LINE) return false;
  const { body, date } = issuerPatterns();
  const names = trimmed.split(LINE_SPACES);
  if (names.length > 1 && date.test(names[names.length - 1] as string)) names.pop();
  return names.every((name) => body.test(name));
}

/**
 * Whether the spaces at [from, to) of `text` stand for the break of a title set in two lines, the
 * issuer over 关于……的报告 (某市人力资源和社会保障局 关于2024年……的报告): layout, not a typo.
 */
export function isTitleBreak(text: string, from: number, to: number): boolean {
  if (!text.startsWith('关于', to)) return false;
  const start = lineStartAt(text, from, Math.max(0, from - MAX_ISSUER_LINE - 1));
  return issuerPatterns().body.test(text.slice(start, from).trim());
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

/**
 * Whether the line above the title (blank lines skipped) names the issuing bodies: a joint
 * report's title is set in two lines, 中共某某县委  某某县人民政府 over 关于2024年法治政府建设情况的报告.
 */
export function issuerAbove(text: string, titleStart: number): boolean {
  let end = titleStart;
  while (end > 0 && /\s/.test(text[end - 1] as string)) end--;
  if (end === 0) return false;
  let start = end;
  while (start > 0 && text[start - 1] !== '\n' && text[start - 1] !== '\r') start--;
  return isIssuerLine(text.slice(start, end));
}

const MAX_BODY = 30;

/**
 * Whether the spaces at text[start, end) set two issuers side by side, as the title of a joint
 * document writes them (《中共中央办公厅 国务院办公厅关于印发…》, 中共某市委 某市人民政府关于…).
 */
export function betweenIssuers(text: string, start: number, end: number): boolean {
  let from = start;
  while (from > 0 && start - from < MAX_BODY && /[\u4e00-\u9fff（）()]/.test(text[from - 1] as string)) from--;
  const { body, bodyAfter } = issuerPatterns();
  if (from === start || !body.test(text.slice(from, start))) return false;
  bodyAfter.lastIndex = end;
  return bodyAfter.test(text);
}
