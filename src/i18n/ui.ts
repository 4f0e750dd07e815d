import type { Severity } from '../schema/diagnostic.js';
import type { Place } from '../schema/position.js';
import type { Lang, LocalizedText } from './text.js';

/** Words the formatters print around diagnostics. Messages themselves live on each rule. */
const SEVERITY_NAMES: Record<Severity, LocalizedText> = {
  error: { zh: '错误', en: 'error' },
  warning: { zh: '警告', en: 'warning' },
  info: { zh: '提示', en: 'info' },
};

export function severityName(severity: Severity, lang: Lang): string {
  return SEVERITY_NAMES[severity][lang];
}

export interface Counts {
  errors: number;
  warnings: number;
  infos: number;
  fixable: number;
}

/** `✖ 12 个问题（2 个错误，10 个警告）` / `✖ 12 problems (2 errors, 10 warnings)`. */
export function summaryLine(counts: Counts, lang: Lang): string {
  const total = counts.errors + counts.warnings + counts.infos;
  if (lang === 'zh') {
    const parts = [`${counts.errors} 个错误`, `${counts.warnings} 个警告`];
    if (counts.infos > 0) parts.push(`${counts.infos} 个提示`);
    return `${total} 个问题（${parts.join('，')}）`;
  }
  const parts = [plural(counts.errors, 'error'), plural(counts.warnings, 'warning')];
  if (counts.infos > 0) parts.push(plural(counts.infos, 'info'));
  return `${plural(total, 'problem')} (${parts.join(', ')})`;
}

export function fixableLine(fixable: number, lang: Lang): string {
  return lang === 'zh' ? `其中 ${fixable} 个可用 --fix 自动修复` : `${plural(fixable, 'problem')} fixable with the --fix option`;
}

export function tooManyWarnings(warnings: number, max: number, lang: Lang): string {
  return lang === 'zh' ? `警告 ${warnings} 个，超过了 --max-warnings ${max}` : `${warnings} warnings, more than --max-warnings ${max}`;
}

/** After --fix-dry-run, whose output is the diff: what the fixes would leave, said on stderr. */
export function remainAfterFixes(counts: Counts, lang: Lang): string {
  return lang === 'zh'
    ? `修复后仍有 ${summaryLine(counts, lang)}：去掉 --fix-dry-run 可逐条列出`
    : `${summaryLine(counts, lang)} would remain after the fixes: run without --fix-dry-run to list them`;
}

/** After --quiet, when no error is listed but warnings were left out: no “no problems” then. */
export function hiddenLine(hidden: number, lang: Lang): string {
  return lang === 'zh' ? `未发现错误；--quiet 未列出其余 ${hidden} 个问题` : `no errors; ${plural(hidden, 'other problem')} not listed (--quiet)`;
}

/** A place in a Word document: `第12段第5字 「（一）提高政府履职…」` / `¶12:5 「…」`; in a PDF `第3页第12行第5字 「…」`. */
export function paragraphPlace(place: Place, lang: Lang): string {
  const at =
    place.page !== undefined && place.line !== undefined
      ? lang === 'zh' ? `第${place.page}页第${place.line}行第${place.column ?? 1}字` : `p.${place.page}:${place.line}:${place.column ?? 1}`
      : lang === 'zh' ? `第${place.paragraph}段第${place.character}字` : `¶${place.paragraph}:${place.character}`;
  return place.excerpt ? `${at} 「${place.excerpt}」` : at;
}

/** After --fix on a Word file: fixes that could not be written, which stay findings. */
export function wordFixesLeft(n: number, reasons: readonly string[], lang: Lang): string {
  const why = reasons.map((r) => (lang === 'zh' ? WORD_FIX_REASONS[r] ?? r : r)).join(lang === 'zh' ? '；' : '; ');
  return lang === 'zh'
    ? `${n} 处修复未写入（${why}），仍列为问题，请在 Word 中手动修改`
    : `${plural(n, 'fix', 'fixes')} not written (${why}), still listed as findings: make them by hand in Word`;
}

const WORD_FIX_REASONS: Record<string, string> = {
  'crosses runs of different formatting': '跨越了格式不同的文字',
  'crosses a paragraph or cell break': '跨越了段落或单元格',
  'touches an automatic number': '涉及自动编号',
  'touches a tab or a line break': '涉及制表符或换行',
  'inside a field': '位于域中',
  'inside a tracked change': '位于他人的修订中',
  'inside a ruby': '位于拼音指南中',
  'not in the text of a run': '不在正文文字中',
  'overlaps another fix': '与另一处修复重叠',
};

export function noProblemsLine(lang: Lang): string {
  return lang === 'zh' ? '未发现问题' : 'no problems';
}

function plural(n: number, word: string, words = `${word}s`): string {
  return `${n} ${n === 1 ? word : words}`;
}

const TAG_NAMES: Record<string, LocalizedText> = {
  structure: { zh: '结构', en: 'structure' },
  completeness: { zh: '完整性', en: 'completeness' },
  indicators: { zh: '数据', en: 'indicators' },
  punctuation: { zh: '标点', en: 'punctuation' },
  wording: { zh: '用语', en: 'wording' },
};

export function tagName(tag: string, lang: Lang): string {
  return TAG_NAMES[tag]?.[lang] ?? tag;
}
