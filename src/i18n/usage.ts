import { FAILURES } from './failures.js';
import { localize, type Lang } from './text.js';

/**
 * Commander's own usage errors in Chinese: the English it writes, matched whole, and the Chinese
 * for it ($1… are the parts kept: an option, a value). One entry per message commander can give
 * report-lint's commands; an unknown one is left as commander wrote it.
 */
const COMMANDER_ZH: ReadonlyArray<readonly [RegExp, string]> = [
  [/^unknown option '([^']*)'$/, "未知选项 '$1'"],
  [/^unknown command '([^']*)'$/, "未知命令 '$1'"],
  [/^option '([^']*)' argument '(.*)' is invalid\. (.*)$/, "选项 '$1' 的值 '$2' 无效：$3"],
  [/^command-argument value '(.*)' is invalid for argument '([^']*)'\. (.*)$/, "参数 '$2' 的值 '$1' 无效：$3"],
  [/^option '([^']*)' argument missing$/, "选项 '$1' 缺少值"],
  [/^missing required argument '([^']*)'$/, "缺少必需的参数 '$1'"],
  [/^required option '([^']*)' not specified$/, "缺少必需的选项 '$1'"],
  [/^too many arguments for '([^']*)'\. Expected (\d+) arguments? but got (\d+)\.$/, '命令 $1 的参数过多：应有 $2 个，实有 $3 个'],
  [/^too many arguments\. Expected (\d+) arguments? but got (\d+)\.$/, '参数过多：应有 $1 个，实有 $2 个'],
];

/** Why a value is invalid, after commander's “is invalid.”: its list of choices, or report-lint's own words. */
const DETAIL_ZH: ReadonlyArray<readonly [RegExp, string]> = [[/^Allowed choices are (.*)\.$/, '可选值为 $1']];

// Commander's suggestion, at the end of a message: (Did you mean --quiet?), (Did you mean one of a, b?).
const SUGGESTION = /\s*\(Did you mean (one of )?([^()]*)\?\)$/;

/** A usage error of commander (already on one line, without its `error: `) in `lang`. */
export function usageWords(message: string, lang: Lang): string {
  if (lang === 'en') return message;
  const suggestion = SUGGESTION.exec(message);
  const main = suggestion ? message.slice(0, suggestion.index) : message;
  let out = main;
  for (const [pattern, zh] of COMMANDER_ZH) {
    const m = pattern.exec(main);
    if (!m) continue;
    out = zh.replace(/\$(\d)/g, (_, n: string) => (m[Number(n)] ?? '').trim());
    break;
  }
  out = out.replace(/：(.*)$/, (_, detail: string) => `：${detailWords(detail)}`);
  if (suggestion) out += suggestion[1] ? `（是否想用以下之一：${suggestion[2]}？）` : `（是否想用 ${suggestion[2]}？）`;
  return out;
}

function detailWords(detail: string): string {
  for (const [pattern, zh] of DETAIL_ZH) {
    const m = pattern.exec(detail);
    if (m) return zh.replace(/\$(\d)/g, (_, n: string) => m[Number(n)] ?? '');
  }
  // report-lint's own reasons (a count, a percentage) are in the table of failures.
  for (const text of Object.values(FAILURES)) if (text.en === detail) return localize(text, 'zh');
  return detail;
}
