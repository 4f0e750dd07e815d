import type { DiffIndicator, DiffOutput } from '../schema/diff.js';
import {
  formatDelta,
  formatRelative,
  groupBySection,
  nameOf,
  notablePairs,
  notesOf,
  reportYearWords,
  sectionOf,
  summaryLines,
  timeFrameOf,
  timeFramesOf,
} from './diff-rows.js';
import { codeSpan } from './code-span.js';
import { DIFF_WORDS as W } from '../i18n/diff-words.js';
import { localize, type Lang, type LocalizedText } from '../i18n/text.js';

/** The diff as Markdown tables that paste into a review (GitHub, GitLab, 语雀, 飞书). */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

const code = codeSpan;

export function formatDiffMarkdown(output: DiffOutput, lang: Lang = 'zh'): string {
  const { diff } = output;
  const out: string[] = [];
  const heading = (title: LocalizedText, count: number) => `### ${localize(W.counted, lang, { title, count })}`;
  const head = (...names: LocalizedText[]) => row(names.map((n) => n[lang]));
  out.push(localize(W.comparison, lang, { old: code(output.old.file) + reportYearWords(diff.old, lang), new: code(output.new.file) + reportYearWords(diff.new, lang) }), '');
  for (const line of summaryLines(diff.summary, diff.minChange, lang)) out.push(`- ${line}`);
  out.push('');

  out.push(heading(W.changed, diff.indicators.changed.length), '');
  if (diff.indicators.changed.length === 0) {
    out.push(W.noneChangedSentence[lang], '');
  } else {
    out.push(head(W.colSection, W.colIndicator, W.colOld, W.colNew, W.colChange, W.colRelative, W.colLine, W.colTimeFrame), '|---|---|---:|---:|---:|---:|---:|---|');
    for (const group of groupBySection(diff.indicators.changed, lang)) {
      for (const p of group.pairs) {
        out.push(row([group.section, nameOf(p.new, lang), p.old.text, p.new.text, formatDelta(p, lang), formatRelative(p, lang), String(p.new.span.start.line), timeFramesOf(p, lang)]));
      }
    }
    out.push('');
  }

  const listed = (title: LocalizedText, xs: readonly DiffIndicator[]) => {
    if (xs.length === 0) return;
    out.push(heading(title, xs.length), '', head(W.colSection, W.colIndicator, W.colValue, W.colLine, W.colTimeFrame), '|---|---|---:|---:|---|');
    for (const x of xs) out.push(row([sectionOf(x, lang), nameOf(x, lang), x.text, String(x.span.start.line), timeFrameOf(x, lang)]));
    out.push('');
  };
  listed(W.added, diff.indicators.added);
  listed(W.removed, diff.indicators.removed);

  const notable = notablePairs(diff);
  if (notable.length > 0) {
    out.push(heading(W.notable, notable.length), '', head(W.colIndicator, W.colValue, W.colNote), '|---|---:|---|');
    for (const p of notable) out.push(row([nameOf(p.new, lang), p.new.text, notesOf(p, lang).join(W.noteSeparator[lang])]));
    out.push('');
  }

  const { renamed, added, removed } = diff.sections;
  if (renamed.length + added.length + removed.length > 0) {
    out.push(heading(W.sections, renamed.length + added.length + removed.length), '', head(W.colChange, W.colOldTitle, W.colNewTitle), '|---|---|---|');
    for (const s of renamed) out.push(row([W.sectionRenamed[lang], s.old.marker + s.old.title, s.new.marker + s.new.title]));
    for (const s of added) out.push(row([W.sectionAdded[lang], '', s.marker + s.title]));
    for (const s of removed) out.push(row([W.sectionRemoved[lang], s.marker + s.title, '']));
    out.push('');
  }
  return `${out.join('\n')}`;
}
