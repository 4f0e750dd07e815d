import { HTML_WORDS as W } from '../i18n/html-words.js';
import { localize, type Lang } from '../i18n/text.js';
import { noProblemsLine, paragraphPlace, severityName, summaryLine } from '../i18n/ui.js';
import { PROFILES } from '../profiles/index.js';
import type { ProfileId } from '../profiles/profile.js';
import type { Diagnostic, Severity } from '../schema/diagnostic.js';
import type { Section } from '../schema/outline.js';
import type { ReportResult } from '../schema/report.js';
import { htmlDocument } from './html-document.js';
import { escapeHtml as e } from './html-escape.js';
import { markedText, type TextAnchor, type TextMark } from './html-text.js';
import { offersFix, placeOf, startOf, summarize, type LintResults, type RuleInfo } from './lint-results.js';

const SEVERITIES: readonly Severity[] = ['error', 'warning', 'info'];

/** What the lint view of one report is drawn from. */
export interface LintView {
  report: ReportResult;
  /** The report's text as decoded (the findings' offsets are into it). */
  text: string;
  rules: readonly RuleInfo[];
  lang: Lang;
  /** Prefix of the ids in this view: several reports in one file each have their own. */
  prefix: string;
  /** The offline page adds a button to each fixable finding (data-fix = its index). */
  fixButtons?: boolean;
}

/**
 * `--format html`: one self-contained file, each report's text with its findings marked in
 * place, its outline as a table of contents and the list of findings with filters.
 */
export function formatLintHtml(results: LintResults, texts: ReadonlyMap<string, string>): string {
  const { lang } = results;
  const summary = summarize(results.reports);
  const total = summary.errors + summary.warnings + summary.infos;
  const parts = [`<p class="meta">${e(total === 0 ? noProblemsLine(lang) : summaryLine(summary, lang))}</p>`];
  results.reports.forEach((report, n) => {
    parts.push(lintViewHtml({ report, text: texts.get(report.file) ?? '', rules: results.rules, lang, prefix: `r${n}` }));
  });
  for (const failure of results.failures ?? []) parts.push(`<p class="meta">${e(failure)}</p>`);
  return htmlDocument(W.lintTitle[lang], parts.join('\n'), lang);
}

/** One report: heading, counts, outline, marked text, findings. Shared with the offline page. */
export function lintViewHtml(view: LintView): string {
  const { report, text, lang, prefix } = view;
  const ds = report.diagnostics;
  const marks: TextMark[] = ds.map((d, i) => ({
    start: d.span.start.offset,
    end: d.span.end.offset,
    cls: d.severity,
    id: `${prefix}-f${i}`,
    title: `${severityName(d.severity, lang)}：${d.message}（${d.ruleId}）`,
    key: `${d.severity}:${d.ruleId}`,
  }));
  const anchors: TextAnchor[] = [];
  const toc = outlineHtml(report.outline.sections, prefix, anchors);
  const counts = summarize([report]);
  const profile = PROFILES[report.profile as ProfileId]?.name[lang] ?? report.profile;
  const facts = [`${W.profile[lang]}：${profile}`, report.year !== null ? `${W.year[lang]}：${report.year}` : '', ds.length === 0 ? noProblemsLine(lang) : summaryLine(counts, lang)].filter(Boolean);
  return `<section class="report" data-report="${e(prefix)}" aria-labelledby="${e(prefix)}-h">
<h2 id="${e(prefix)}-h">${e(report.title ?? report.file)}</h2>
<p class="meta">${e(report.file)} · ${e(facts.join(' · '))}</p>
<div class="layout">
<nav class="toc" aria-label="${e(W.outline[lang])}"><h3>${e(W.outline[lang])}</h3>${toc || `<p class="note">${e(W.noOutline[lang])}</p>`}</nav>
<div><h3>${e(W.text[lang])}</h3><div class="text" tabindex="0" role="region" aria-label="${e(W.text[lang])}" lang="zh-CN">${markedText(text, marks, anchors)}</div></div>
<aside class="findings" data-findings aria-label="${e(W.findings[lang])}">
<h3>${e(W.findings[lang])}</h3>
${ds.length === 0 ? `<p>${e(noProblemsLine(lang))}</p>` : `${filtersHtml(ds, view)}<ol>${ds.map((d, i) => findingHtml(d, i, view)).join('')}</ol>`}
</aside>
</div>
</section>`;
}

function outlineHtml(sections: readonly Section[], prefix: string, anchors: TextAnchor[]): string {
  const headings = sections.filter((s) => s.kind === 'heading');
  if (headings.length === 0) return '';
  const items = headings.map((s) => {
    const id = `${prefix}-s${s.id}`;
    anchors.push({ at: s.span.start.offset, id });
    return `<li><a href="#${e(id)}">${e(`${s.marker}${s.title}`)}</a>${outlineHtml(s.children, prefix, anchors)}</li>`;
  });
  return `<ul>${items.join('')}</ul>`;
}

function filtersHtml(ds: readonly Diagnostic[], view: LintView): string {
  const { lang, rules } = view;
  const present = SEVERITIES.filter((s) => ds.some((d) => d.severity === s));
  const ruleIds = [...new Set(ds.map((d) => d.ruleId))].sort();
  const described = new Map(rules.map((r) => [r.id, r.description[lang]]));
  const boxes = present
    .map((s) => `<label><input type="checkbox" data-sev="${s}" checked> ${e(severityName(s, lang))} <span class="count">${ds.filter((d) => d.severity === s).length}</span></label>`)
    .join('');
  const options = ruleIds.map((id) => `<option value="${e(id)}">${e(id)}${described.has(id) ? ` — ${e(described.get(id) ?? '')}` : ''}</option>`).join('');
  const template = W.shown[lang];
  return `<div class="filters" role="group" aria-label="${e(W.filter[lang])}">${boxes}
<label>${e(W.rule[lang])} <select data-rule><option value="">${e(W.allRules[lang])}</option>${options}</select></label>
<span data-shown data-template="${e(template)}" aria-live="polite">${e(localize(W.shown, lang, { shown: ds.length, total: ds.length }))}</span></div>`;
}

function findingHtml(d: Diagnostic, i: number, view: LintView): string {
  const { lang, prefix, text } = view;
  const place = placeOf(d);
  const at = startOf(d);
  const where = place ? paragraphPlace(place, lang) : localize(W.at, lang, { line: at.line, column: at.column });
  let fix = '';
  if (offersFix(d) && d.fix) {
    const was = text.slice(d.fix.span.start.offset, d.fix.span.end.offset);
    const words = d.fix.text === '' ? localize(W.fixDelete, lang, { text: was }) : localize(W.fixTo, lang, { text: d.fix.text });
    fix = ` <span class="fix">${e(W.fix[lang])}：${e(words)}</span>`;
    if (view.fixButtons) fix += ` <button type="button" data-fix="${i}">${e(W.fix[lang])}</button>`;
  }
  return `<li class="${d.severity}" data-k="${e(`${d.severity}:${d.ruleId}`)}"><span class="sev ${d.severity}">${e(severityName(d.severity, lang))}</span><a class="where" href="#${e(prefix)}-f${i}">${e(where)}</a> ${e(d.message)} <span class="rid">${e(d.ruleId)}</span>${fix}</li>`;
}
