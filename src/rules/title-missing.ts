import { firstLineSpan } from '../profiles/contents.js';
import { defineRule } from './rule.js';
import { guessIssuer } from './support/issuer.js';

export const titleMissing = defineRule({
  id: 'title-missing',
  description: { zh: '报告缺少标题行', en: 'The report has no title line' },
  severity: 'warning',
  tags: ['structure'],
  scope: 'document',
  fixable: false,
  messages: {
    missing: {
      zh: '报告缺少标题：请在首行加上标题，如“{example}”。',
      en: 'The report has no title: add one on the first line, e.g. “{example}”.',
    },
  },
  docs: {
    rationale: {
      zh: '报告首行应为标题，写明单位、年份和报告名称（单位＋年份＋法治政府建设年度报告／工作报告），便于归档和检索。',
      en: 'A report opens with a title naming the issuer, the year and the kind of report (issuer + year + 法治政府建设年度报告 / 工作报告), so that it can be filed and found.',
    },
    bad: ['2025年,城中区坚持以习近平新时代中国特色社会主义思想为指导……'],
    good: ['城中区2025年法治政府建设年度报告\n2025年，城中区坚持以习近平新时代中国特色社会主义思想为指导……'],
  },
  check(ctx) {
    if (ctx.outline.title) return;
    const example = ctx.profile.title.example
      .replace('{unit}', guessIssuer(ctx.text, ctx.outline) ?? '××')
      .replace('{year}', ctx.year === null ? '××××' : String(ctx.year));
    ctx.report({ span: firstLineSpan(ctx.text, ctx.locate), messageId: 'missing', data: { example } });
  },
});
