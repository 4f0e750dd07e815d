import type { LocalizedText } from '../i18n/text.js';
import { defineRule } from './rule.js';

interface Term {
  pattern: RegExp;
  replacement: string;
  /** Safe to replace without reading the sentence: the same meaning, the right word. */
  fix: boolean;
  /** Wrong only in reports about years after this (an institution renamed by a reform). */
  after?: number;
  why: LocalizedText;
}

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
  // 既使……又…… (both makes … and …) is right; alone, it is the concessive 即使 miswritten.
  { pattern: /既使(?![^。！？；\n]{0,40}又)/g, replacement: '即使', fix: false, why: { zh: '表示让步用“即使”（“既使……又……”除外）', en: '即使 is the concessive “even if” (既使……又…… aside)' } },
  // 截止 marks a deadline (截止日期); a point in time up to which something is counted is 截至.
  { pattern: /截止到?(?=[0-9０-９]|[一二][〇零]|目前|今年|本年|年底|当前)/g, replacement: '截至', fix: true, why: { zh: '表示“到某时为止”用“截至”，“截止”指停止', en: '截至 means “up to (a date)”; 截止 means “to close”' } },
];

// Common miswritings of fixed words, the wrong form never a word of its own: [written, right].
const MISWRITTEN: ReadonlyArray<readonly [string, string]> = [
  ['贯撤', '贯彻'], ['布署', '部署'], ['部暑', '部署'], ['再接再励', '再接再厉'], ['一如继往', '一如既往'],
  ['按步就班', '按部就班'], ['明查暗访', '明察暗访'], ['峻工', '竣工'], ['坐阵指挥', '坐镇指挥'], ['精兵减政', '精兵简政'],
  ['迫不急待', '迫不及待'], ['专心至志', '专心致志'], ['走头无路', '走投无路'], ['默守成规', '墨守成规'],
  ['滥芋充数', '滥竽充数'], ['震憾', '震撼'], ['松驰', '松弛'], ['针贬时弊', '针砭时弊'], ['不容质疑', '不容置疑'],
  ['变本加利', '变本加厉'], ['名符其实', '名副其实'], ['粗制烂造', '粗制滥造'], ['人才倍出', '人才辈出'],
  ['融汇贯通', '融会贯通'], ['全神灌注', '全神贯注'], ['一股作气', '一鼓作气'], ['鼎立相助', '鼎力相助'],
  ['记忆尤新', '记忆犹新'], ['不加思索', '不假思索'], ['关怀倍至', '关怀备至'], ['直接了当', '直截了当'],
  ['提纲携领', '提纲挈领'], ['立杆见影', '立竿见影'], ['攻艰克难', '攻坚克难'], ['矢志不喻', '矢志不渝'],
];
const MISWRITING: LocalizedText = { zh: '常见错别字', en: 'a common miswriting' };

let allTerms: readonly Term[] | null = null;
// The miswritings join the table on first use: a data edit adds one pair.
function terms(): readonly Term[] {
  return (allTerms ??= [...TERMS, ...MISWRITTEN.map(([written, right]) => ({ pattern: new RegExp(written, 'g'), replacement: right, fix: true, why: MISWRITING }))]);
}

export const outdatedTerm = defineRule({
  id: 'outdated-term',
  description: { zh: '错误或过时的用语（如“法制政府”应为“法治政府”）和常见错别字（“贯撤”应为“贯彻”）', en: 'Wrong or outdated terms (法制政府 for 法治政府 …) and common miswritings (贯撤 for 贯彻)' },
  severity: 'warning',
  tags: ['wording'],
  fixable: true,
  messages: {
    term: {
      zh: '“{found}”应为“{replacement}”：{why}。',
      en: '“{found}” should be “{replacement}”: {why}.',
    },
  },
  docs: {
    rationale: {
      zh: '报告应使用现行规范用语：“法治政府”而非“法制政府”，“截至2025年12月31日”而非“截止2025年12月31日”，2018年机构改革后的新机构名称等。含义不变的替换可自动修复；机构名称需结合上下文改写，只作提示。常见错别字（“贯撤”“布署”“再接再励”等，错写形式本身不成词）一并报告并可自动修复。',
      en: 'Reports use current terms: 法治政府 not 法制政府, 截至2025年12月31日 not 截止…, the names of bodies after the 2018 reform. Replacements that keep the meaning are fixed automatically; names of bodies need rewording in context and are only reported. Common miswritings whose wrong form is no word (贯撤, 布署, 再接再励 …) are reported and fixed too.',
    },
    bad: ['深入推进法制政府建设。', '截止2025年12月31日，共受理……'],
    good: ['深入推进法治政府建设。', '截至2025年12月31日，共受理……'],
  },
  check(ctx) {
    const inForce = terms().filter((t) => t.after === undefined || (ctx.year !== null && ctx.year > t.after));
    // One pass over the text for all the terms: each term is one capturing group.
    const any = new RegExp(inForce.map((t) => `(${t.pattern.source})`).join('|'), 'g');
    for (let m = any.exec(ctx.text); m; m = any.exec(ctx.text)) {
      const term = inForce[m.findIndex((g, i) => i > 0 && g !== undefined) - 1] as Term;
      const start = m.index;
      const end = start + m[0].length;
      ctx.report({
        start,
        end,
        messageId: 'term',
        data: { found: m[0], replacement: term.replacement, why: term.why },
        ...(term.fix ? { fix: { start, end, text: term.replacement } } : {}),
      });
    }
  },
});
