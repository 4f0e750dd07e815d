import { DIFF_WORDS as D } from '../i18n/diff-words.js';
import { HTML_WORDS as W } from '../i18n/html-words.js';
import { localize, type Lang, type LocalizedText } from '../i18n/text.js';
import type { DiffIndicator, DiffOutput } from '../schema/diff.js';
import type { Outline } from '../schema/outline.js';
import { formatDelta, formatRelative, nameOf, reportYearWords, sectionOf, summaryLines, timeFrameOf, timeFramesOf } from './diff-rows.js';
import { htmlDocument } from './html-document.js';
import { escapeHtml as e } from './html-escape.js';
import { sideBySideRows, type Block } from './html-side-by-side.js';
import { markedText, type TextMark } from './html-text.js';

/** The two reports' texts, and their outlines to set them side by side part by part. */
export interface DiffTexts {
  old: string;
  new: string;
  outlines?: { old: Outline; new: Outline };
}

/** `diff --format html`. */
export function formatDiffHtml(output: DiffOutput, texts: DiffTexts, lang: Lang = 'zh'): string {
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
export function diffViewHtml(output: DiffOutput, texts: DiffTexts, lang: Lang): string {
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
  const region = (label: string, html: string) => `<div class="text" tabindex="0" role="region" aria-label="${e(label)}" lang="zh-CN">${html}</div>`;
  const heads = `<div><h3>${e(W.oldText[lang])}：${e(output.old.file)}</h3></div><div><h3>${e(W.newText[lang])}：${e(output.new.file)}</h3></div>`;
  out.push(`<h3>${e(W.sideBySide[lang])}</h3>`);
  if (!texts.outlines) {
    out.push(`<div class="pair">${heads}${region(W.oldText[lang], markedText(texts.old, oldMarks))}${region(W.newText[lang], markedText(texts.new, newMarks))}</div>`);
    return out.join('\n');
  }
  // On a phone the two columns stack: each part then says which report it is of.
  const part = (text: string, marks: readonly TextMark[], block: Block | null, missing: string, side: string) =>
    `<div class="text part${block ? '' : ' empty'}" lang="zh-CN"><span class="side-label">${e(side)}</span>${block ? markedText(text.slice(block.start, block.end), within(marks, block)) : `<span class="note">${e(missing)}</span>`}</div>`;
  const rows = sideBySideRows({ text: texts.old, outline: texts.outlines.old }, { text: texts.new, outline: texts.outlines.new });
  out.push(`<div class="pair sides">${heads}${rows.map((r) => part(texts.old, oldMarks, r.old, W.partAdded[lang], W.oldText[lang]) + part(texts.new, newMarks, r.new, W.partRemoved[lang], W.newText[lang])).join('')}</div>`);
  return out.join('\n');
}

/** The marks over a part of the text, in the part's own offsets; one begun before it keeps no id. */
function within(marks: readonly TextMark[], block: Block): TextMark[] {
  return marks
    .filter((m) => (m.start < block.end && m.end > block.start) || (m.start === m.end && m.start >= block.start && m.start < block.end))
    .map((m) => ({ ...m, start: Math.max(m.start, block.start) - block.start, end: Math.min(m.end, block.end) - block.start, id: m.start >= block.start ? m.id : '' }));
}
