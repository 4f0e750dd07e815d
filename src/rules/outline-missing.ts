import * as z from 'zod/mini';
import { firstLineSpan } from '../profiles/contents.js';
import { defineRule } from './rule.js';

// A report this long has parts; below it a note or a short summary may well have none.
const Options = z.object({
  /** Characters (spaces not counted) from which a report must have headings. */
  minChars: z._default(z.number().check(z.int(), z.positive()), 3000),
});

// The bad example: a long report whose parts are not numbered at line starts. Built when the
// docs are read, not when the module loads.
const LONG_UNNUMBERED = () =>
  '某县2025年法治政府建设工作报告\n' +
  '2025年，我县深入学习贯彻习近平法治思想，全面推进法治政府建设，现将有关情况报告如下。\n' +
  '全年审查规范性文件26件，办理行政复议案件48件，开展执法检查120次。'.repeat(90);

export const outlineMissing = defineRule({
  id: 'outline-missing',
  description: {
    zh: '长篇报告中未识别出任何编号标题',
    en: 'A long report in which no numbered heading is found',
  },
  severity: 'warning',
  tags: ['structure'],
  scope: 'document',
  fixable: false,
  options: Options,
  messages: {
    none: {
      zh: '全文{chars}字，但没有识别出任何标题：没有一行以“一、”“（一）”“1.”等序号开头。请检查各部分标题是否另起一行并以序号开头；若标题用的是Word自动编号，请转换为文本后再检查。',
      en: 'The report has {chars} characters but no heading was found: no line starts with a number such as “一、”, “（一）” or “1.”. Check that each part’s heading starts a line with its number; if Word numbered them automatically, convert the numbering to text first.',
    },
  },
  docs: {
    rationale: {
      zh: '报告按“一、”“（一）”等序号分部分，结构检查、指标所属部分和年度对比都依赖这些标题。一篇三千字以上的报告找不到任何标题，多半是标题没有另起一行、用了自动编号或图片，此时结构类检查都无从进行，应当提示而不是沉默。',
      en: 'A report is divided into parts numbered “一、”, “（一）”…; the structure checks, the section of each figure and the diff all rest on those headings. A report of over 3,000 characters with no heading found has its headings run into the text, numbered automatically or set as images: the structure checks cannot run, and that is said, not passed over in silence.',
    },
    get bad() {
      return [LONG_UNNUMBERED()];
    },
    good: ['某县2025年法治政府建设工作报告\n一、主要举措和成效\n全年审查规范性文件26件。\n二、存在的问题\n三、2026年工作安排'],
  },
  check(ctx) {
    // Headings first: counting the characters is a pass over the whole text, needed only without them.
    if (ctx.sections.some((s) => s.kind === 'heading')) return;
    let chars = 0;
    for (let i = 0; i < ctx.text.length; i++) if (ctx.text.charCodeAt(i) > 0x20) chars++;
    if (chars <= ctx.options.minChars) return;
    ctx.report({ span: firstLineSpan(ctx.text, ctx.locate), messageId: 'none', data: { chars: String(chars) } });
  },
});
