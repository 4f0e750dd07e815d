import type { LocalizedText } from './text.js';

/**
 * The words of the diff and review tables (stylish and Markdown) around the reports' own text:
 * headings, column names, the summary sentences, time frames.
 */
export const DIFF_WORDS = {
  // Headings and notes.
  noSection: { zh: '（报告开头）', en: '(start of the report)' },
  noLabel: { zh: '（无标签）', en: '(no label)' },
  none: { zh: '（无）', en: '(none)' },
  namedAs: { zh: '{label}（{name}）', en: '{label} ({name})' },
  wasLabelled: { zh: '原标签：{label}', en: 'label was: {label}' },
  wasUnder: { zh: '原在：{section}', en: 'was under: {section}' },
  noteSeparator: { zh: '；', en: '; ' },
  percentPoints: { zh: '{n}个百分点', en: '{n} pp' },
  newFromZero: { zh: '新增自0', en: 'new from 0' },
  counted: { zh: '{title}（{count}）', en: '{title} ({count})' },
  comparison: { zh: '## 报告对比：{old} → {new}', en: '## Report comparison: {old} → {new}' },
  changed: { zh: '指标变化', en: 'Changed indicators' },
  noneAboveMinChange: { zh: '没有超过 --min-change 的变化', en: 'no change above --min-change' },
  noneChanged: { zh: '没有指标的数值变了', en: 'no indicator changed its value' },
  noneChangedSentence: { zh: '没有指标的数值变了。', en: 'No indicator changed its value.' },
  added: { zh: '新增指标', en: 'Added indicators' },
  removed: { zh: '删除指标', en: 'Removed indicators' },
  notable: { zh: '标签或位置有变', en: 'Label or place changed' },
  sections: { zh: '章节变化', en: 'Section changes' },
  alignment: { zh: '对齐', en: 'Alignment' },
  sectionRenamed: { zh: '改名', en: 'renamed' },
  sectionAdded: { zh: '新增', en: 'added' },
  sectionRemoved: { zh: '删除', en: 'removed' },
  line: { zh: '行 {n}', en: 'line {n}' },
  oldLine: { zh: '原行 {n}', en: 'old line {n}' },

  // Column names.
  colSection: { zh: '章节', en: 'section' },
  colIndicator: { zh: '指标', en: 'indicator' },
  colOld: { zh: '原值', en: 'old' },
  colNew: { zh: '新值', en: 'new' },
  colValue: { zh: '值', en: 'value' },
  colChange: { zh: '变化', en: 'change' },
  colRelative: { zh: '变化率', en: 'change %' },
  colLine: { zh: '行', en: 'line' },
  colOldLine: { zh: '原行', en: 'old line' },
  colTimeFrame: { zh: '口径', en: 'time frame' },
  colNote: { zh: '说明', en: 'note' },
  colOldTitle: { zh: '原标题', en: 'old title' },
  colNewTitle: { zh: '新标题', en: 'new title' },

  // The summary.
  alignedIndicators: {
    zh: '指标对齐 {aligned} 对（按目录键 {byKey}，按标签 {byLabel}），占原报告 {old} 项的 {oldShare}、新报告 {new} 项的 {newShare}',
    en: '{aligned} indicator pairs aligned ({byKey} by catalogue key, {byLabel} by label): {oldShare} of the old report’s {old}, {newShare} of the new report’s {new}',
  },
  alignedSections: {
    zh: '章节对齐 {aligned} 对（改名 {renamed}），占原报告 {old} 个的 {oldShare}、新报告 {new} 个的 {newShare}；新增 {added}，删除 {removed}',
    en: '{aligned} section pairs aligned ({renamed} renamed): {oldShare} of the old report’s {old}, {newShare} of the new report’s {new}; {added} added, {removed} removed',
  },
  indicatorCounts: {
    zh: '指标变化 {changed} 项，未变 {unchanged} 项，新增 {added} 项，删除 {removed} 项',
    en: '{changed} indicators changed, {unchanged} unchanged, {added} added, {removed} removed',
  },
  hiddenChanges: { zh: '另有 {hidden} 项变化小于 {min}%，未列出（--min-change）', en: '{hidden} more changes under {min}% not listed (--min-change)' },
  neitherExtracted: { zh: '两份报告都没有提取到指标，无从比较', en: 'no indicators were extracted from either report: nothing to compare' },
  oldNotExtracted: { zh: '原报告没有提取到指标，无从比较', en: 'no indicators were extracted from the old report: nothing to compare' },
  newNotExtracted: { zh: '新报告没有提取到指标，无从比较', en: 'no indicators were extracted from the new report: nothing to compare' },
  lowAlignment: {
    zh: '两份报告对得上的指标很少：它们可能不是同一地方、同一类报告的两个年度',
    en: 'few indicators of the two reports align: they may not be two years of one place’s report of one kind',
  },

  // A report's year in a heading.
  year: { zh: '（{year}年）', en: ' ({year})' },
  yearReviewing: { zh: '（{year}年，回顾{reviewed}年）', en: ' ({year}, reviewing {reviewed})' },
  reviewing: { zh: '（回顾{reviewed}年）', en: ' (reviewing {reviewed})' },
} as const satisfies Record<string, LocalizedText>;

/** When a figure holds: a period, then what it is (实绩, 目标 …), then how it aggregates. */
export const TIME_FRAME_WORDS = {
  unknownPeriod: { zh: '时期不明', en: 'period unknown' },
  year: { zh: '{year}年', en: '{year}' },
  years: { zh: '{from}—{to}年', en: '{from}–{to}' },
  months: { zh: '{year}年{from}—{to}月', en: '{year} M{from}–M{to}' },
  frame: { zh: '{period}{status}{aggregate}', en: '{period} {status}{aggregate}' },
} as const satisfies Record<string, LocalizedText>;

export const STATUS_WORDS = {
  result: { zh: '实绩', en: 'result' },
  estimate: { zh: '预计', en: 'estimate' },
  target: { zh: '目标', en: 'target' },
  plan: { zh: '安排', en: 'plan' },
} as const satisfies Record<string, LocalizedText>;

export const AGGREGATE_WORDS = {
  level: { zh: '', en: '' },
  change: { zh: '增减', en: ' change' },
  cumulative: { zh: '累计', en: ' cumulative' },
  average: { zh: '年均', en: ' average' },
} as const satisfies Record<string, LocalizedText>;

/** The review of last year's targets. */
export const REVIEW_WORDS = {
  met: { zh: '达到', en: 'met' },
  missed: { zh: '未达到', en: 'missed' },
  'not-reported': { zh: '未报告', en: 'not reported' },
  headline: { zh: '{previous} 的目标 → {current}', en: 'targets of {previous} → {current}' },
  heading: { zh: '## 目标核对：{headline}', en: '## Target review: {headline}' },
  noTargets: { zh: '上一份报告没有为{year}设定可核对的目标', en: 'the previous report set no targets that can be checked for {year}' },
  itsYear: { zh: '其年度', en: 'its year' },
  yearOf: { zh: '{year}年', en: '{year}' },
  counts: {
    zh: '{year}目标 {targets} 项：达到 {met}，未达到 {missed}，未报告 {notReported}',
    en: '{year} targets, {targets}: {met} met, {missed} missed, {notReported} not reported',
  },
  revisions: { zh: '预计数与本报告所述不同（{count}，供参考）', en: 'Estimates this report states otherwise ({count}, for information)' },
  stated: { zh: '（{frame}，{line}）', en: '({frame}, {line})' },
  framed: { zh: '{text}（{frame}）', en: '{text} ({frame})' },
  colOutcome: { zh: '结果', en: 'outcome' },
  colTarget: { zh: '目标', en: 'target' },
  colActual: { zh: '实际', en: 'actual' },
  colEstimate: { zh: '预计', en: 'estimate' },
  colStated: { zh: '本报告', en: 'this report' },
} as const satisfies Record<string, LocalizedText>;
