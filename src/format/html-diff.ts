import { DIFF_WORDS as D } from '../i18n/diff-words.js';
import { HTML_WORDS as W } from '../i18n/html-words.js';
import { localize, type Lang, type LocalizedText } from '../i18n/text.js';
import type { DiffIndicator, DiffOutput } from '../schema/diff.js';
import { formatDelta, formatRelative, nameOf, reportYearWords, sectionOf, summaryLines, timeFrameOf, timeFramesOf } from './diff-rows.js';
import { htmlDocument } from './html-document.js';
import { escapeHtml as e } from './html-escape.js';
import { markedText, type TextMark } from './html-text.js';

/** `diff --format html`. */
export function formatDiffHtml(output: DiffOutput, texts: { old: string; new: string }, lang: Lang = 'zh'): string {
  return htmlDocument(W.diffTitle[lang], diffViewHtml(output, texts, lang), lang);
}

// A change of more than this is drawn as a full bar (its figure says how much): one doubling
// would otherwise flatten every other bar.
const FULL_BAR = 1;

/**
 * The diff: summary, a chart of the relative changes (sorted), the changed figures by section,
 * those added and removed, the sections renamed, and the two texts side by side with the
 * changed figures marked. Shared with the offline page.
 */
export function diffViewHtml(output: DiffOutput, texts: { old: string; new: string }, lang: Lang): string {
  const { diff } = output;
  const out: string[] = [];
  const words = (title: LocalizedText, count: number) => e(localize(D.counted, lang, { title, count }));
  out.push(`<p class="meta">${e(output.old.file + reportYearWords(diff.old, lang))} → ${e(output.new.file + reportYearWords(diff.new, lang))}</p>`);
  out.push(`<ul>${summaryLines(diff.summary, diff.minChange, lang).map((l) => `<li>${e(l)}</li>`).join('')}</ul>`);

  const changed = diff.indicators.changed.map((p, i) => ({ p, i }));
  const charted = changed.filter(({ p }) => p.change?.relative != null).sort((a, b) => (b.p.change?.relative ?? 0) - (a.p.change?.relative ?? 0));
  if (charted.length > 0) {
    out.push(`<h3>${e(W.chart[lang])}</h3><div class="chart" role="list">`);
    for (const { p, i } of charted) {
      const r = p.change?.relative ?? 0;
      const width = (Math.min(Math.abs(r), FULL_BAR) / FULL_BAR) * 50;
      const rel = formatRelative(p, lang);
      out.push(`<div class="bar-row" role="listitem"><a class="name" href="#n-c${i}" title="${e(nameOf(p.new, lang))}">${e(nameOf(p.new, lang))}</a><div class="bar-track" aria-hidden="true"><div class="bar ${r >= 0 ? 'pos' : 'neg'}" style="width:${width.toFixed(1)}%"></div></div><span class="num ${r >= 0 ? 'up' : 'down'}">${e(rel)}</span></div>`);
    }
    out.push('</div>');
  }

  out.push(`<h3>${words(D.changed, changed.length)}</h3>`);
  if (changed.length === 0) out.push(`<p>${e(D.noneChangedSentence[lang])}</p>`);
  else {
    const head = [D.colSection, D.colIndicator, D.colOld, D.colNew, D.colChange, D.colRelative, D.colTimeFrame].map((c) => `<th scope="col">${e(c[lang])}</th>`).join('');
    const rows = changed.map(({ p, i }) => {
      const up = (p.change?.absolute ?? 0) >= 0;
      return `<tr><td>${e(sectionOf(p.new, lang))}</td><td><a href="#n-c${i}">${e(nameOf(p.new, lang))}</a></td><td class="num"><a href="#o-c${i}">${e(p.old.text)}</a></td><td class="num">${e(p.new.text)}</td><td class="num ${up ? 'up' : 'down'}">${e(formatDelta(p, lang))}</td><td class="num ${up ? 'up' : 'down'}">${e(formatRelative(p, lang))}</td><td>${e(timeFramesOf(p, lang))}</td></tr>`;
    });
    out.push(`<div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`);
  }

  const listed = (title: LocalizedText, xs: readonly DiffIndicator[], side: 'o' | 'n', tag: string) => {
    if (xs.length === 0) return;
    const head = [D.colSection, D.colIndicator, D.colValue, D.colTimeFrame].map((c) => `<th scope="col">${e(c[lang])}</th>`).join('');
    const rows = xs.map((x, i) => `<tr><td>${e(sectionOf(x, lang))}</td><td><a href="#${side}-${tag}${i}">${e(nameOf(x, lang))}</a></td><td class="num">${e(x.text)}</td><td>${e(timeFrameOf(x, lang))}</td></tr>`);
    out.push(`<h3>${words(title, xs.length)}</h3><div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`);
  };
  listed(D.added, diff.indicators.added, 'n', 'a');
  listed(D.removed, diff.indicators.removed, 'o', 'r');

  const { renamed, added, removed } = diff.sections;
  const sectionCount = renamed.length + added.length + removed.length;
  if (sectionCount > 0) {
    const head = [D.colChange, D.colOldTitle, D.colNewTitle].map((c) => `<th scope="col">${e(c[lang])}</th>`).join('');
    const rows = [
      ...renamed.map((s) => [D.sectionRenamed[lang], s.old.marker + s.old.title, s.new.marker + s.new.title]),
      ...added.map((s) => [D.sectionAdded[lang], '', s.marker + s.title]),
      ...removed.map((s) => [D.sectionRemoved[lang], s.marker + s.title, '']),
    ].map((cells) => `<tr>${cells.map((c) => `<td>${e(c)}</td>`).join('')}</tr>`);
    out.push(`<h3>${words(D.sections, sectionCount)}</h3><div class="table-wrap"><table><thead><tr>${head}</tr></thead><tbody>${rows.join('')}</tbody></table></div>`);
  }

  const mark = (x: DiffIndicator, id: string, cls: string, title: string): TextMark => ({ start: x.span.start.offset, end: x.span.end.offset, cls, id, title });
  const oldMarks = [
    ...changed.map(({ p, i }) => mark(p.old, `o-c${i}`, 'changed', `${W.changedMark[lang]}：${p.old.text} → ${p.new.text}`)),
    ...diff.indicators.removed.map((x, i) => mark(x, `o-r${i}`, 'removed', W.removedMark[lang])),
  ];
  const newMarks = [
    ...changed.map(({ p, i }) => mark(p.new, `n-c${i}`, 'changed', `${W.changedMark[lang]}：${p.old.text} → ${p.new.text}（${formatRelative(p, lang)}）`)),
    ...diff.indicators.added.map((x, i) => mark(x, `n-a${i}`, 'added', W.addedMark[lang])),
  ];
  out.push(`<h3>${e(W.sideBySide[lang])}</h3><div class="pair">
<div><h3>${e(W.oldText[lang])}：${e(output.old.file)}</h3><div class="text" tabindex="0" role="region" aria-label="${e(W.oldText[lang])}" lang="zh-CN">${markedText(texts.old, oldMarks)}</div></div>
<div><h3>${e(W.newText[lang])}：${e(output.new.file)}</h3><div class="text" tabindex="0" role="region" aria-label="${e(W.newText[lang])}" lang="zh-CN">${markedText(texts.new, newMarks)}</div></div>
</div>`);
  return out.join('\n');
}
