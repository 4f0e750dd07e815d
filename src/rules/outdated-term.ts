import type { LocalizedText } from '../i18n/text.js';
import { defineRule } from './rule.js';
import { reportTerms, TERM_MESSAGES, type Term } from './support/term-table.js';


const RULE_OF_LAW: LocalizedText = {
  zh: '党的十八届四中全会以来统一使用“法治”',
  en: 'since the Fourth Plenum of the 18th Central Committee (2014) the term is 法治 (rule of law)',
};
const REFORM_2018: LocalizedText = {
  zh: '2018年机构改革后已更名',
  en: 'renamed in the 2018 reform of government bodies',
};

// A small table of wrong or outdated terms. Each pattern is a literal alternation without
// capturing groups (they are joined into one regex, a group each).
const TERMS: readonly Term[] = [
  { pattern: /法制政府/g, replacement: '法治政府', fix: true, why: RULE_OF_LAW },
  { pattern: /法制国家/g, replacement: '法治国家', fix: true, why: RULE_OF_LAW },
  { pattern: /法制社会/g, replacement: '法治社会', fix: true, why: RULE_OF_LAW },
  { pattern: /法制保障/g, replacement: '法治保障', fix: true, after: 2014, why: RULE_OF_LAW },
  { pattern: /法制宣传教育/g, replacement: '法治宣传教育', fix: true, after: 2015, why: { zh: '“七五”普法规划起改称“法治宣传教育”', en: 'called 法治宣传教育 since the seventh five-year legal education plan (2016)' } },
  { pattern: /法制宣传日/g, replacement: '国家宪法日', fix: false, after: 2014, why: { zh: '2014年起12月4日设为国家宪法日', en: 'December 4 has been National Constitution Day since 2014' } },
  { pattern: /政府法制办公室|政府法制办|法制办公室|法制办/g, replacement: '司法局（司法厅）', fix: false, after: 2018, why: REFORM_2018 },
  { pattern: /工商行政管理局|工商局/g, replacement: '市场监督管理局', fix: false, after: 2018, why: REFORM_2018 },
  { pattern: /食品药品监督管理局|食药监局/g, replacement: '市场监督管理局', fix: false, after: 2018, why: REFORM_2018 },
  { pattern: /国土资源局/g, replacement: '自然资源局', fix: false, after: 2018, why: REFORM_2018 },
  { pattern: /环境保护局|环保局/g, replacement: '生态环境局', fix: false, after: 2018, why: REFORM_2018 },
  { pattern: /卫生和计划生育委员会|卫生计生委|卫计委/g, replacement: '卫生健康委员会', fix: false, after: 2018, why: REFORM_2018 },
  { pattern: /法制副校长/g, replacement: '法治副校长', fix: true, after: 2021, why: { zh: '2021年教育部《中小学法治副校长聘任与管理办法》起称“法治副校长”', en: 'called 法治副校长 since the Ministry of Education’s 2021 rules' } },
  { pattern: /法制日报/g, replacement: '法治日报', fix: true, after: 2020, why: { zh: '2020年8月起《法制日报》更名为《法治日报》', en: '《法制日报》 has been 《法治日报》 since August 2020' } },
  { pattern: /卫计局/g, replacement: '卫生健康局', fix: false, after: 2018, why: REFORM_2018 },
  { pattern: /安全生产监督管理局|安全生产监管局|安监局/g, replacement: '应急管理局', fix: false, after: 2018, why: REFORM_2018 },
  { pattern: /质量技术监督局|质监局/g, replacement: '市场监督管理局', fix: false, after: 2018, why: REFORM_2018 },
  // 截止 marks a deadline (截止日期); a point in time up to which something is counted is 截至.
  { pattern: /截止到?(?=[0-9０-９]|[一二][〇零]|目前|今年|本年|年底|当前)/g, replacement: '截至', fix: true, why: { zh: '表示“到某时为止”用“截至”，“截止”指停止', en: '截至 means “up to (a date)”; 截止 means “to close”' } },
];

export const outdatedTerm = defineRule({
  id: 'outdated-term',
  description: { zh: '错误或过时的用语（如“法制政府”应为“法治政府”）', en: 'Wrong or outdated terms (法制政府 for 法治政府 …)' },
  severity: 'warning',
  tags: ['wording'],
  fixable: true,
  messages: TERM_MESSAGES,
  docs: {
    rationale: {
      zh: '报告应使用现行规范用语：“法治政府”而非“法制政府”，“截至2025年12月31日”而非“截止2025年12月31日”，2018年机构改革后的新机构名称等。含义不变的替换可自动修复；机构名称需结合上下文改写，只作提示。错别字由 miswriting 规则报告。',
      en: 'Reports use current terms: 法治政府 not 法制政府, 截至2025年12月31日 not 截止…, the names of bodies after the 2018 reform. Replacements that keep the meaning are fixed automatically; names of bodies need rewording in context and are only reported. Miswritten words are reported by the miswriting rule.',
    },
    bad: ['深入推进法制政府建设。', '截止2025年12月31日，共受理……'],
    good: ['深入推进法治政府建设。', '截至2025年12月31日，共受理……'],
  },
  check(ctx) {
    reportTerms(ctx, TERMS);
  },
});
