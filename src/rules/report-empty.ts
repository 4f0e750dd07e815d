import { firstLineSpan } from '../profiles/contents.js';
import { defineRule } from './rule.js';

export const reportEmpty = defineRule({
  id: 'report-empty',
  description: { zh: '报告为空', en: 'The report is empty' },
  severity: 'error',
  tags: ['structure'],
  scope: 'document',
  fixable: false,
  blank: true,
  messages: {
    empty: {
      zh: '报告为空：文件中没有任何文字，请检查是否选错了文件，或文件是否保存成功。',
      en: 'The report is empty: the file holds no text; check that it is the right file and that it was saved.',
    },
  },
  docs: {
    rationale: {
      zh: '空文件或只有空格、空行的文件不是报告：多半是选错了文件、导出或保存失败。其他检查在空文本上都无从报告，所以单独指出，而不是当作“未发现问题”。',
      en: 'An empty file, or one of only spaces and blank lines, is no report: most often the wrong file, or an export or save that failed. No other check has anything to report on it, so it is said on its own rather than passing as “no problems”.',
    },
    bad: ['', '  \n\u3000\u3000\n'],
    good: ['城中区2025年法治政府建设年度报告\n2025年，城中区坚持以习近平新时代中国特色社会主义思想为指导……'],
  },
  check(ctx) {
    if (!ctx.facts.blank) return;
    ctx.report({ span: firstLineSpan(ctx.text, ctx.locate), messageId: 'empty' });
  },
});
