import { HTML_WORDS as W } from '../i18n/html-words.js';
import { localize, type Lang } from '../i18n/text.js';
import type { Indicator } from '../schema/indicator.js';
import type { ExtractReport } from '../schema/extract.js';
import { formatNumber, timeFrameOf } from './diff-rows.js';
import { htmlDocument } from './html-document.js';
import { escapeHtml as e } from './html-escape.js';
import { markedText, type TextMark } from './html-text.js';

/** What the indicators view of one report is drawn from. */
export interface ExtractView {
  file: string;
  title: string | null;
  indicators: readonly Indicator[];
  text: string;
  lang: Lang;
  prefix: string;
}

/** `extract --format html`: each report's indicators as a sortable, filterable table linked to the text. */
export function formatExtractHtml(reports: readonly ExtractReport[], texts: ReadonlyMap<string, string>, lang: Lang = 'zh'): string {
  const body = reports.map((r, n) => `<section class="report" aria-labelledby="r${n}-h"><h2 id="r${n}-h">${e(r.title ?? r.file)}</h2><p class="meta">${e(r.file)}</p>${extractViewHtml({ file: r.file, title: r.title, indicators: r.indicators, text: texts.get(r.file) ?? '', lang, prefix: `r${n}` })}</section>`);
  return htmlDocument(W.extractTitle[lang], body.join('\n'), lang);
}

/** The table and the text with each indicator marked. Shared with the offline page. */
export function extractViewHtml(view: ExtractView): string {
  const { indicators, lang, prefix, text } = view;
  if (indicators.length === 0) return `<p>${e(W.noIndicators[lang])}</p>`;
  const tableId = `${prefix}-ind`;
  const columns: Array<{ name: string; num?: boolean }> = [
    { name: W.colLabel[lang] },
    { name: W.colValue[lang], num: true },
    { name: W.colUnit[lang] },
    { name: W.colTimeFrame[lang] },
    { name: W.colSection[lang] },
    { name: W.colPlace[lang], num: true },
  ];
  const head = columns
    .map((c, i) => `<th scope="col"${c.num ? ' class="num"' : ''}><button type="button" data-col="${i}"${c.num ? ' data-num' : ''} aria-label="${e(localize(W.sortBy, lang, { name: c.name }))}">${e(c.name)}</button></th>`)
    .join('');
  const rows = indicators.map((x, i) => {
    const section = x.sectionPath.at(-1) ?? '';
    return `<tr><td>${e(x.label)}</td><td class="num" data-v="${x.base.value}">${e(x.text)}</td><td>${e(x.unit)}</td><td>${e(timeFrameOf(x, lang))}</td><td>${e(section)}</td><td class="num" data-v="${x.span.start.offset}"><a href="#${e(prefix)}-i${i}">${x.span.start.line}:${x.span.start.column}</a></td></tr>`;
  });
  const marks: TextMark[] = indicators.map((x, i) => ({
    start: x.span.start.offset,
    end: x.span.end.offset,
    cls: 'ind',
    id: `${prefix}-i${i}`,
    title: `${x.label} ${formatNumber(x.value)}${x.unit} · ${timeFrameOf(x, lang)}`,
  }));
  return `<h3>${e(W.indicators[lang])} <span class="count">${indicators.length}</span></h3>
<div class="filters"><label>${e(W.filter[lang])} <input type="search" data-filter-table="${e(tableId)}" placeholder="${e(W.filterPlaceholder[lang])}"></label></div>
<div class="table-wrap"><table id="${e(tableId)}" data-sortable><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>
<h3>${e(W.text[lang])}</h3><div class="text" tabindex="0" role="region" aria-label="${e(W.text[lang])}" lang="zh-CN">${markedText(text, marks)}</div>`;
}
