import fc from 'fast-check';

// Generated reports for the fuzzer: lines built from the pieces real reports are made of (every
// style of heading marker, figures with units and qualifiers, half-width punctuation, quotes
// and brackets, Markdown constructs, odd whitespace and control characters), so that the cases
// reach deep into the outline, the extractor and the rules instead of stopping at the first
// character, as random text mostly does.

const numerals = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '二十'];
const headingMarkers = [
  ...numerals.map((n) => `${n}、`),
  ...numerals.slice(0, 6).map((n) => `（${n}）`),
  '(一)', '(二)', '（一)', '(三）',
  '1.', '2.', '3．', '4、', '10.', '1. ', '2) ', '（1）', '(2)', '（3)', '①', '②', '⑩',
  '一是', '二是', '三是', '第一，', '第二，', '第三,',
  '# ', '## ', '### ', '#### ', '##', '## 一、', '### （二）', '- ', '* ', '1) ', '> ',
];
const titles = [
  '城中区2025年法治政府建设年度报告', '某市人民政府工作报告', '2025年工作总结', '工作进展情况', '主要成效',
  '存在的问题及原因', '存在问题', '下一步工作计划', '2026年工作打算', '2026年主要预期目标', '工作回顾',
  '深入推进依法行政', '加强法治宣传教育', '提高政府履职能力', '完善依法行政制度', '强化行政执法监督',
  '党政主要负责人履行推进法治建设第一责任人职责情况', '', '标题', '。', '：', '，',
];
const figures = [
  '办理行政复议案件128件', '同比增长12.5%', '下降3.2个百分点', '受理3万余人次', '近九成', '百分之九十五',
  '三分之一', '1,234件', '12,086亿元', '82.7万亿元', '不少于60学时', '控制在5.5%以内', '分别下降1.2和0.8个百分点',
  '3和5万人', '达到1.2万亿元', '比上年末增加8个', '较上年增长6%', '约2000户', '10万余次', '0.5', '100%', '120%',
  '-3%', '增长-2%', '1e5件', '2025年', '25年', '2025年12月31日', '十四五', '二十届三中全会', '65岁以上老年人',
  '第3次', '5000万元以上项目', '百分之二十至百分之三十', '1至3月', '3-5个', '增长1.5倍', '12345', '9999999999999999999件',
  '０．５％', '１２３件', '三千五百人', '两万余件', '零', '万', '亿元', '%', '个百分点',
];
const words = [
  '全区', '开展', '法治', '建设', '工作', '推进', '依法', '行政', '执法', '监督', '群众', '满意率达', '共', '其中',
  '截至目前', '目前', '近年来', '今年以来', 'XX', '××', '某某', '张*、李**', '*', '**', '__', '_', '~',
  '年', '月', '日', '同比', '环比', '较上年', '总数', '合计', '其中：', '占', '比例', '率', '下同',
];
const punctuation = [
  '，', '。', '；', '：', '、', '！', '？', ',', '.', ';', ':', '!', '?', '(', ')', '（', '）', '“', '”', '‘', '’', '"', "'",
  '《', '》', '〈', '〉', '【', '】', '「', '」', '…', '……', '——', '-', '—', '/', '\\', '|', '，，', '。。', '、、', '“”',
];
const markdown = [
  '```', '```text', '~~~', '`', '`代码`', '<!--', '-->', '<!-- 注释 -->',
  '<!-- report-lint-disable-next-line half-width-punctuation -->', '<!-- report-lint-disable -->',
  '<!-- report-lint-enable -->', '<!-- report-lint-disable-line vague-date -->', '<!-- report-lint-disable-file -->',
  '<!-- report-lint-disable', '| 指标 | 2025年 |', '|---|---|', '| 案件数 | 128件 |', '[链接](http://www.gov.cn/a,b)',
  'http://www.gov.cn/x,y', 'www.example.com', '<div>', '</div>', '<br>', '---', '===', '***', '**重点**', '\\#', '&amp;',
];
const spaces = [' ', '  ', '\u3000', '\u00a0', '\t', '\u200b', '\ufeff', '\u2028', '\u2029', '\u0085', '\u000b', '\u000c'];
const controls = ['\u0000', '\u0001', '\u0007', '\u001b', '\u007f', '\ud800', '\udc00', '\ud83d\ude00', '\u0301', '\u202e'];
const lineBreaks = ['\n', '\n', '\n', '\n', '\r\n', '\r', '\n\n'];

const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...words) },
  { weight: 5, arbitrary: fc.constantFrom(...figures) },
  { weight: 2, arbitrary: fc.integer({ min: -10, max: 100_000 }).map(String) },
  { weight: 2, arbitrary: fc.double({ min: 0, max: 1000, noNaN: true }).map((x) => x.toFixed(2)) },
  { weight: 5, arbitrary: fc.constantFrom(...punctuation) },
  { weight: 2, arbitrary: fc.constantFrom(...headingMarkers) },
  { weight: 2, arbitrary: fc.constantFrom(...markdown) },
  { weight: 2, arbitrary: fc.constantFrom(...spaces) },
  { weight: 1, arbitrary: fc.constantFrom(...controls) },
  { weight: 1, arbitrary: fc.string({ maxLength: 4 }) },
);

const paragraph = fc.array(piece, { minLength: 1, maxLength: 24 }).map((parts) => parts.join(''));
const heading = fc
  .tuple(fc.constantFrom('', '', '', ' ', '\u3000\u3000', '    '), fc.constantFrom(...headingMarkers), fc.constantFrom(...titles), fc.option(paragraph, { nil: '' }))
  .map((parts) => parts.join(''));
const line = fc.oneof({ weight: 3, arbitrary: heading }, { weight: 6, arbitrary: paragraph }, { weight: 1, arbitrary: fc.constantFrom('', '', ...markdown) });

/** A report: a title line or not, then lines of headings and paragraphs, with any line ends. */
export const report = fc
  .tuple(
    fc.constantFrom('', '', '城中区2025年法治政府建设年度报告', '# 某县2024年政府工作报告', '某局2025年工作总结'),
    fc.array(fc.tuple(line, fc.constantFrom(...lineBreaks)), { maxLength: 40 }),
  )
  .map(([title, lines]) => (title ? `${title}\n` : '') + lines.map(([l, br]) => l + br).join(''));

/** What the fuzzer feeds the pipeline: a report as plain text or Markdown. */
export interface FuzzCase {
  text: string;
  markdown: boolean;
}

export const reportCase: fc.Arbitrary<FuzzCase> = fc.record({ text: report, markdown: fc.boolean() });

/**
 * A report with one piece (or line) repeated into a long run, 20,000 to 120,000 characters: a
 * search or a pattern that grows faster than its input shows here as a slow case, where the
 * small cases never show it.
 */
export const stretchedCase: fc.Arbitrary<FuzzCase> = fc.record({
  text: fc
    .tuple(report, fc.oneof(piece, line.map((l) => `${l}\n`), fc.constantFrom(' ', '\n', '<!-- report-lint-disable ', '一、', '（', '“')), fc.integer({ min: 20_000, max: 120_000 }), report)
    .map(([before, unit, chars, after]) => before + unit.repeat(Math.max(1, Math.ceil(chars / Math.max(1, unit.length)))) + after),
  markdown: fc.boolean(),
});

/** Any string at all, lone surrogates included. */
export const anyTextCase: fc.Arbitrary<FuzzCase> = fc.record({ text: fc.string({ unit: 'binary', maxLength: 400 }), markdown: fc.boolean() });

/** Any bytes, as a file would hold them (decoded first: most are not text). */
export const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 600 }),
  // Bytes of a report in another encoding, or with a BOM: the decoder must guess, not crash.
  report.map((text) => Uint8Array.from(Buffer.from(`\ufeff${text}`, 'utf16le'))),
  report.map((text) => Uint8Array.from(Buffer.from(text, 'utf8')).subarray(0, Math.max(0, Buffer.byteLength(text) - 1))),
);
