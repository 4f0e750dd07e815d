import { defineRule } from './rule.js';
import { guessIssuer, issuerAbove } from './support/issuer.js';
import { toSimplified } from '../text/traditional.js';
import { withoutLetterSpacing } from '../text/letter-spacing.js';
import { lazyRegExp, YEAR_NUMBER } from '../text/numerals.js';
import { foldDigits } from '../numeral/width.js';

const YEAR = lazyRegExp(() => YEAR_NUMBER);
// The issuer is whatever names a body before the year: more than a bare 关于.
// An issuer still to be filled in (XX区, ××县) is an issuer: the placeholder rule reports the gap.
// Joint issuers are set apart by a space (中共某市委 某市人民政府关于…).
const ISSUER_BEFORE_YEAR = lazyRegExp(() => `^(?!关于)[\\u4e00-\\u9fff（）()Xx×○ \\u3000]{2,}?(?:关于)?(?=${YEAR_NUMBER})`);

// Or right after it, as some offices write (2020年某某区法治政府建设情况报告); not 全市 or 本区.
const ISSUER_AFTER_YEAR = lazyRegExp(
  () => `(?:${YEAR_NUMBER})(?:年度|年(?!度))(?!法治|依法|全|本)[\\u4e00-\\u9fff]{1,12}?(?:人民政府|省|市|区|县|旗|州|盟|镇|乡|街道|局|厅|委)(?=法治|依法|政府|工作|推进|关于)`,
);

export const titleForm = defineRule({
  id: 'title-form',
  description: {
    zh: '标题不符合通常形式（单位＋年份＋报告名称）',
    en: 'The title is not in the usual form (issuer + year + kind of report)',
  },
  severity: 'warning',
  tags: ['structure'],
  fixable: false,
  messages: {
    kind: {
      zh: '标题未写明报告名称：通常形式为“{form}”，如“{example}”。',
      en: 'The title does not name the kind of report: the usual form is “{form}”, e.g. “{example}”.',
    },
    year: {
      zh: '标题缺少年份：请写明报告所属年度，如“{example}”。',
      en: 'The title has no year: state the year reported on, e.g. “{example}”.',
    },
    unit: {
      zh: '标题缺少单位名称：请在年份前写明报告单位，如“{example}”。',
      en: 'The title does not name the issuer: put it before the year, e.g. “{example}”.',
    },
  },
  docs: {
    rationale: {
      zh: '法治政府建设年度报告的标题通常为“单位＋年份＋法治政府建设年度报告”（也作“关于××年度法治政府建设情况的报告”）；政府工作报告的标题含“政府工作报告”。',
      en: 'The title of an annual rule-of-law report is usually “issuer + year + 法治政府建设年度报告” (or “关于××年度法治政府建设情况的报告”); a government work report’s title contains 政府工作报告.',
    },
    bad: ['2025年法治政府建设年度报告', '城中区法治政府建设工作报告'],
    good: ['城中区2025年法治政府建设年度报告', '西宁市城中区人民政府关于2025年度法治政府建设情况的报告'],
  },
  check(ctx) {
    const title = ctx.outline.title;
    if (!title) return;
    const words = foldDigits(withoutLetterSpacing(title.text));
    const { kind, needsUnit, needsYear, form, example: template } = ctx.profile.title;
    const example = template
      .replace('{unit}', guessIssuer(ctx.text, ctx.outline) ?? '××')
      .replace('{year}', ctx.year === null ? '××××' : String(ctx.year));
    const data = { form, example };
    if (!kind.test(toSimplified(words))) ctx.report({ span: title.span, messageId: 'kind', data });
    else if (needsYear && !YEAR().test(words)) ctx.report({ span: title.span, messageId: 'year', data });
    else if (needsUnit && !ISSUER_BEFORE_YEAR().test(words) && !ISSUER_AFTER_YEAR().test(words) && !issuerAbove(ctx.text, title.span.start.offset)) ctx.report({ span: title.span, messageId: 'unit', data });
  },
});
