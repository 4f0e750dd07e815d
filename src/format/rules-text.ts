import { severityName, tagName } from '../i18n/ui.js';
import { localize, type Lang } from '../i18n/text.js';
import type { RuleInfo } from './lint-results.js';
import type { Style } from './style.js';
import { padEndWidth, widthOf } from './width.js';

/** `report-lint rules`: one line per rule with its default severity, fixability and description. */
export function formatRulesText(rules: readonly RuleInfo[], lang: Lang, style: Style): string {
  const head = lang === 'zh' ? ['规则', '默认级别', '可修复', '类别', '说明'] : ['rule', 'severity', 'fixable', 'tags', 'description'];
  const rows = rules.map((r) => [
    r.id,
    severityName(r.severity, lang),
    r.fixable ? '✔' : '',
    r.tags.map((t) => tagName(t, lang)).join(lang === 'zh' ? '、' : ', '),
    localize(r.description, lang),
  ]);
  const widths = head.map((h, i) => Math.max(widthOf(h), ...rows.map((row) => widthOf(row[i] as string))));
  const line = (cells: readonly string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : padEndWidth(c, widths[i] as number))).join('  ').trimEnd();
  return `${[style.bold(line(head)), ...rows.map(line)].join('\n')}\n`;
}
