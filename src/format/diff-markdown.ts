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

/** The diff as Markdown tables that paste into a review (GitHub, GitLab, 语雀, 飞书). */
function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function row(cells: readonly string[]): string {
  return `| ${cells.map(cell).join(' | ')} |`;
}

const code = codeSpan;

export function formatDiffMarkdown(output: DiffOutput): string {
  const { diff } = output;
  const out: string[] = [];
  out.push(`## 报告对比：${code(output.old.file)}${reportYearWords(diff.old)} → ${code(output.new.file)}${reportYearWords(diff.new)}`, '');
  for (const line of summaryLines(diff.summary, diff.minChange)) out.push(`- ${line}`);
  out.push('');

  out.push(`### 指标变化（${diff.indicators.changed.length}）`, '');
  if (diff.indicators.changed.length === 0) {
    out.push('没有指标的数值变了。', '');
  } else {
    out.push(row(['章节', '指标', '原值', '新值', '变化', '变化率', '行', '口径']), '|---|---|---:|---:|---:|---:|---:|---|');
    for (const group of groupBySection(diff.indicators.changed)) {
      for (const p of group.pairs) {
        out.push(row([group.section, nameOf(p.new), p.old.text, p.new.text, formatDelta(p), formatRelative(p), String(p.new.span.start.line), timeFramesOf(p)]));
      }
    }
    out.push('');
  }

  const listed = (title: string, xs: readonly DiffIndicator[]) => {
    if (xs.length === 0) return;
    out.push(`### ${title}（${xs.length}）`, '', row(['章节', '指标', '值', '行', '口径']), '|---|---|---:|---:|---|');
    for (const x of xs) out.push(row([sectionOf(x), nameOf(x), x.text, String(x.span.start.line), timeFrameOf(x)]));
    out.push('');
  };
  listed('新增指标', diff.indicators.added);
  listed('删除指标', diff.indicators.removed);

  const notable = notablePairs(diff);
  if (notable.length > 0) {
    out.push(`### 标签或位置有变（${notable.length}）`, '', row(['指标', '值', '说明']), '|---|---:|---|');
    for (const p of notable) out.push(row([nameOf(p.new), p.new.text, notesOf(p).join('；')]));
    out.push('');
  }

  const { renamed, added, removed } = diff.sections;
  if (renamed.length + added.length + removed.length > 0) {
    out.push(`### 章节变化（${renamed.length + added.length + removed.length}）`, '', row(['变化', '原标题', '新标题']), '|---|---|---|');
    for (const s of renamed) out.push(row(['改名', s.old.marker + s.old.title, s.new.marker + s.new.title]));
    for (const s of added) out.push(row(['新增', '', s.marker + s.title]));
    for (const s of removed) out.push(row(['删除', s.marker + s.title, '']));
    out.push('');
  }
  return `${out.join('\n')}`;
}
