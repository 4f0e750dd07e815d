import type { DiffIndicator, DiffOutput, IndicatorPair } from '../schema/diff.js';
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
import type { Style } from './style.js';
import { DIFF_WORDS as W } from '../i18n/diff-words.js';
import { localize, type Lang } from '../i18n/text.js';
import { padEndWidth, padStartWidth, widthOf } from './width.js';

/**
 * The diff as a reviewer reads it in one glance: a table of changed indicators (指标, 原值, 新值,
 * 变化, 变化率) grouped by section and sorted by size of change; then indicators added and
 * removed, wording and place changes, section changes, and how much of the two reports aligned.
 * Columns are padded by display width, a CJK character taking two columns.
 */
const MAX_NAME = 30;
const MAX_SECTION = 64;

type Align = 'left' | 'right';
interface Cell {
  text: string;
  paint?: (s: string) => string;
}

function truncate(s: string, max: number): string {
  if (widthOf(s) <= max) return s;
  let out = '';
  for (const ch of s) {
    if (widthOf(out + ch) > max - 1) break;
    out += ch;
  }
  return `${out}…`;
}

/** Rows of cells to lines, each column as wide as its widest cell. */
function table(rows: readonly Cell[][], aligns: readonly Align[], indent: string): string[] {
  // Not Math.max(...widths): a spread of a hundred thousand rows overflows the stack.
  const widths = aligns.map((_, i) => rows.reduce((w, r) => Math.max(w, widthOf(r[i]?.text ?? '')), 0));
  return rows.map((row) => {
    const cells = row.map((cell, i) => {
      const w = widths[i] as number;
      const padded = aligns[i] === 'right' ? padStartWidth(cell.text, w) : padEndWidth(cell.text, w);
      return cell.paint ? cell.paint(padded) : padded;
    });
    return (indent + cells.join('  ')).trimEnd();
  });
}

function place(x: DiffIndicator): string {
  return String(x.span.start.line);
}

export function formatDiffStylish(output: DiffOutput, c: Style, lang: Lang = 'zh'): string {
  const { diff } = output;
  const out: string[] = [];
  const counted = (title: { zh: string; en: string }, count: number) => localize(W.counted, lang, { title, count });
  const year = (facts: typeof diff.old) => c.dim(reportYearWords(facts, lang));
  out.push(`${c.underline(output.old.file)}${year(diff.old)} → ${c.underline(output.new.file)}${year(diff.new)}`, '');

  const changed = diff.indicators.changed;
  const hidden = diff.summary.indicators.hidden;
  out.push(c.bold(counted(W.changed, changed.length)));
  if (changed.length === 0) {
    out.push(c.dim(`  ${(hidden > 0 ? W.noneAboveMinChange : W.noneChanged)[lang]}`));
  } else {
    const paintOf = (p: IndicatorPair) => ((p.change?.absolute ?? 0) > 0 ? c.green : c.red);
    const header: Cell[] = [W.colIndicator, W.colOld, W.colNew, W.colChange, W.colRelative, W.colLine, W.colTimeFrame].map((text) => ({ text: text[lang], paint: c.dim }));
    const rows: Cell[][] = [header];
    const sectionRows = new Map<number, string>();
    for (const group of groupBySection(changed, lang)) {
      sectionRows.set(rows.length, group.section);
      for (const p of group.pairs) {
        rows.push([
          { text: truncate(nameOf(p.new, lang), MAX_NAME) },
          { text: p.old.text },
          { text: p.new.text, paint: c.bold },
          { text: formatDelta(p, lang), paint: paintOf(p) },
          { text: formatRelative(p, lang), paint: paintOf(p) },
          { text: place(p.new), paint: c.dim },
          { text: timeFramesOf(p, lang), paint: c.dim },
        ]);
      }
    }
    const lines = table(rows, ['left', 'right', 'right', 'right', 'right', 'right', 'left'], '    ');
    lines.forEach((line, i) => {
      const section = sectionRows.get(i);
      if (section !== undefined) out.push(`  ${c.cyan(truncate(section, MAX_SECTION))}`);
      out.push(line);
    });
  }
  out.push('');

  // A removed figure's line is in the old report: 原行, as for removed sections.
  const listed = (title: { zh: string; en: string }, xs: readonly DiffIndicator[], mark: string, paint: (s: string) => string, lineWord: { zh: string; en: string }) => {
    if (xs.length === 0) return;
    out.push(c.bold(counted(title, xs.length)));
    const rows = xs.map((x): Cell[] => [
      { text: mark, paint },
      { text: truncate(nameOf(x, lang), MAX_NAME) },
      { text: x.text, paint: c.bold },
      { text: truncate(sectionOf(x, lang), MAX_SECTION / 2), paint: c.dim },
      { text: localize(lineWord, lang, { n: place(x) }), paint: c.dim },
      { text: timeFrameOf(x, lang), paint: c.dim },
    ]);
    for (const line of table(rows, ['left', 'left', 'right', 'left', 'left', 'left'], '  ')) out.push(line);
    out.push('');
  };
  listed(W.added, diff.indicators.added, '+', c.green, W.line);
  listed(W.removed, diff.indicators.removed, '-', c.red, W.oldLine);

  const notable = notablePairs(diff);
  if (notable.length > 0) {
    out.push(c.bold(counted(W.notable, notable.length)));
    const rows = notable.map((p): Cell[] => [
      { text: '~', paint: c.yellow },
      { text: truncate(nameOf(p.new, lang), MAX_NAME) },
      { text: p.new.text, paint: c.bold },
      { text: notesOf(p, lang).map((n) => truncate(n, MAX_SECTION / 2 + 5)).join(W.noteSeparator[lang]), paint: c.dim },
    ]);
    for (const line of table(rows, ['left', 'left', 'right', 'left'], '  ')) out.push(line);
    out.push('');
  }

  const { renamed, added, removed } = diff.sections;
  if (renamed.length + added.length + removed.length > 0) {
    out.push(c.bold(counted(W.sections, renamed.length + added.length + removed.length)));
    for (const s of renamed) out.push(`  ${c.yellow(W.sectionRenamed[lang])}  ${s.old.marker}${s.old.title} → ${c.bold(`${s.new.marker}${s.new.title}`)}`);
    for (const s of added) out.push(`  ${c.green(W.sectionAdded[lang])}  ${s.marker}${s.title}  ${c.dim(localize(W.line, lang, { n: s.span.start.line }))}`);
    for (const s of removed) out.push(`  ${c.red(W.sectionRemoved[lang])}  ${s.marker}${s.title}  ${c.dim(localize(W.oldLine, lang, { n: s.span.start.line }))}`);
    out.push('');
  }

  out.push(c.bold(W.alignment[lang]));
  for (const line of summaryLines(diff.summary, diff.minChange, lang)) out.push(`  ${line}`);
  return `${out.join('\n')}\n`;
}
