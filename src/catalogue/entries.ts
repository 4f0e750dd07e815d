import type { IndicatorKind, UnitKind } from '../schema/indicator.js';

/**
 * The indicator catalogue: the figures that 法治政府建设年度报告 and 政府工作报告 report year after
 * year, with stable keys so that reports of different years and places can be aligned. Keys are
 * part of the output contract: add entries freely, never rename or reuse a key.
 *
 * A figure gets an entry's key when its label matches `measure`, the figure's unit kind and kind
 * are among the entry's, its base value is in `range`, and — when the entry has a `subject` — the
 * subject is named in the label or, if the label names no other subject of the catalogue, in the
 * text before the figure in the same 一是 item or paragraph (依法受理90件 under 健全行政复议体制机制).
 * A target (增长6.5%左右 in the year's goals) gets the key with `.target` appended.
 */
export interface CatalogueEntry {
  key: string;
  zh: string;
  en: string;
  /** Must match the label. */
  measure: RegExp;
  /** What the figure is about; may be found in the label or the surrounding item. */
  subject?: RegExp;
  /** The label must not match (单位国内生产总值能耗 is not GDP). */
  exclude?: RegExp;
  unitKinds: readonly UnitKind[];
  /** The unit as written must match, where the kind alone admits too much (案卷 are 卷 or 件, not 次). */
  units?: RegExp;
  kinds: readonly IndicatorKind[];
  /** Valid range of the base value (元, 人, %, …). */
  range: readonly [number, number];
}

const COUNT = ['count'] as const;
const PERCENT = ['percent'] as const;
const MONEY = ['money'] as const;
const LEVEL = ['quantity'] as const;
const LEVEL_OR_TARGET = ['quantity', 'target'] as const;
const GROWTH = ['change', 'target', 'quantity'] as const;
const RATE = [0, 100] as const;
const CASES = [0, 1e7] as const;

// Subjects of the 法治 families; a label naming one of these never borrows another from context.
const RECONSIDERATION = /行政复议|复议/;
// Not 行政案件 alone: legal aid and courts count 行政案件 beside 刑事 and 民事 ones.
const LITIGATION = /行政诉讼|行政应诉|应诉|一审/;
const NORMATIVE = /规范性文件/;
const DISCLOSURE = /政府信息公开|信息公开|依申请公开|政务公开/;
const LEGAL_AID = /法律援助/;
const MEDIATION = /人民调解|调委会|调解委员会|调解组织|人民调解员/;
const POPULARIZATION = /普法|法治宣传|法制宣传|宣讲|法治讲座|以案释法|法律知识/;

export const CATALOGUE: readonly CatalogueEntry[] = [
  // 行政复议
  {
    // Applications received and cases accepted are reported side by side (收到申请356件，依法受理312件).
    key: 'admin_reconsideration.received', zh: '行政复议申请收到数', en: 'Administrative reconsideration applications received',
    subject: RECONSIDERATION, measure: /收到|新收|接收/, exclude: /受理|审结|办结|纠错|信访|援助/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  {
    key: 'admin_reconsideration.accepted', zh: '行政复议案件受理数', en: 'Administrative reconsideration cases accepted',
    subject: RECONSIDERATION, measure: /受理|收案/, exclude: /不予受理|审结|办结|纠错|信访|援助/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  {
    key: 'admin_reconsideration.concluded', zh: '行政复议案件审结数', en: 'Administrative reconsideration cases concluded',
    // Not the cases still open (尚未审结2件).
    subject: RECONSIDERATION, measure: /审结|办结|结案/, exclude: /率|未/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  {
    key: 'admin_reconsideration.correction_rate', zh: '行政复议纠错率', en: 'Administrative reconsideration correction rate',
    subject: RECONSIDERATION, measure: /纠错率/,
    unitKinds: PERCENT, kinds: LEVEL, range: RATE,
  },
  // 行政诉讼
  {
    key: 'admin_litigation.cases', zh: '行政诉讼案件数', en: 'Administrative litigation cases',
    subject: LITIGATION, measure: /案件|收案|应诉/, exclude: /开庭|审结|胜诉|败诉|出庭|率|复议|援助/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  {
    key: 'admin_litigation.concluded', zh: '行政诉讼案件审结数', en: 'Administrative litigation cases concluded',
    subject: LITIGATION, measure: /审结|办结|结案/, exclude: /率|复议|未/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  {
    key: 'admin_litigation.appearance_rate', zh: '行政机关负责人出庭应诉率', en: 'Rate of responsible persons appearing in court',
    measure: /出庭应诉率|出庭率/,
    unitKinds: PERCENT, kinds: LEVEL_OR_TARGET, range: RATE,
  },
  {
    key: 'admin_litigation.win_rate', zh: '行政诉讼胜诉率', en: 'Administrative litigation win rate',
    subject: LITIGATION, measure: /胜诉率/,
    unitKinds: PERCENT, kinds: LEVEL, range: RATE,
  },
  {
    key: 'admin_litigation.loss_rate', zh: '行政诉讼败诉率', en: 'Administrative litigation loss rate',
    subject: LITIGATION, measure: /败诉率/,
    unitKinds: PERCENT, kinds: LEVEL_OR_TARGET, range: RATE,
  },
  // 规范性文件
  {
    key: 'normative_documents.reviewed', zh: '规范性文件合法性审核数', en: 'Normative documents reviewed for legality',
    subject: NORMATIVE, measure: /审查|审核/, exclude: /备案|率/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  {
    key: 'normative_documents.filed', zh: '规范性文件备案数', en: 'Normative documents filed for record',
    subject: NORMATIVE, measure: /备案/, exclude: /率/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  {
    key: 'normative_documents.cleaned_up', zh: '规范性文件清理数', en: 'Normative documents cleaned up',
    subject: NORMATIVE, measure: /清理/, exclude: /率|废止|修改|保留/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  // 政府信息公开
  {
    key: 'gov_info_disclosure.requests', zh: '政府信息公开申请数', en: 'Government information disclosure requests',
    measure: /依申请公开|信息公开申请|公开申请/, exclude: /率/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  {
    key: 'gov_info_disclosure.on_time_reply_rate', zh: '依申请公开按时答复率', en: 'Disclosure requests answered on time',
    subject: DISCLOSURE, measure: /答复率|办复率/,
    unitKinds: PERCENT, kinds: LEVEL, range: RATE,
  },
  {
    key: 'gov_info_disclosure.published', zh: '主动公开政府信息数', en: 'Government information published proactively',
    // Not the cases it gives rise to: 因政府信息公开引发行政复议4件.
    measure: /(?:公开|发布).*政府信息|政府信息.*公开|主动公开/, exclude: /申请|率|复议|诉讼|引发/,
    unitKinds: COUNT, kinds: LEVEL, range: [0, 1e8],
  },
  // 法律援助
  {
    key: 'legal_aid.cases', zh: '法律援助案件数', en: 'Legal aid cases',
    // Not its breakdown by kind (其中刑事案件289件、民事案件341件): the whole is the cases.
    subject: LEGAL_AID, measure: /案件|受理|办理|办结|援助/, exclude: /率|咨询|信访|复议|诉讼|刑事|民事|行政案件/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  // 人民调解
  {
    key: 'people_mediation.screened', zh: '排查矛盾纠纷数', en: 'Disputes screened (people\'s mediation)',
    subject: MEDIATION, measure: /排查.*(?:纠纷|矛盾)/, exclude: /率|成功/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  {
    key: 'people_mediation.disputes', zh: '人民调解纠纷数', en: 'Disputes mediated (people\'s mediation)',
    subject: MEDIATION, measure: /(?:调解|调处|受理|化解).*(?:纠纷|矛盾|案件)|调解案件/, exclude: /率|成功|排查/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  {
    key: 'people_mediation.resolved', zh: '人民调解成功数', en: 'Disputes resolved (people\'s mediation)',
    subject: MEDIATION, measure: /调解成功|调处成功|成功调解|成功调处|化解成功|成功化解/, exclude: /率/,
    unitKinds: COUNT, kinds: LEVEL, range: CASES,
  },
  {
    key: 'people_mediation.success_rate', zh: '人民调解成功率', en: 'People\'s mediation success rate',
    subject: MEDIATION, measure: /成功率/,
    unitKinds: PERCENT, kinds: LEVEL_OR_TARGET, range: RATE,
  },
  // 行政执法案卷评查
  {
    key: 'enforcement_files.reviewed', zh: '评查行政执法案卷数', en: 'Law-enforcement case files reviewed',
    measure: /(?:评查|评定|抽查).*案卷|案卷.*(?:评查|评定|抽查)/, exclude: /率|合格|优秀/,
    // 开展案卷评查2次 counts the reviews, not the files.
    unitKinds: COUNT, units: /^(?:卷|件|宗|份|本|册)$/, kinds: LEVEL, range: CASES,
  },
  // 普法
  {
    key: 'law_popularization.events', zh: '普法活动场次', en: 'Law-popularization events',
    subject: POPULARIZATION, measure: /活动|讲座|宣讲|宣传/, exclude: /受众|人次|覆盖|培训/,
    // 发放宣传资料2.3万份 counts leaflets, not events.
    unitKinds: COUNT, units: /^(?:场|场次|次|期|轮|个|项)$/, kinds: LEVEL, range: CASES,
  },
  {
    key: 'law_popularization.audience', zh: '普法受众人次', en: 'Law-popularization audience',
    subject: POPULARIZATION, measure: /受众|受教育|听众|参与群众|参加群众|惠及群众/,
    unitKinds: COUNT, kinds: LEVEL, range: [0, 1e10],
  },

  // 政府工作报告: the macro figures.
  {
    key: 'gdp', zh: '国内（地区）生产总值', en: 'GDP',
    measure: /国内生产总值|地区生产总值|GDP/, exclude: /单位|比重|占|每|能耗|人均|增长|增速/,
    unitKinds: MONEY, kinds: LEVEL, range: [1e8, 1e15],
  },
  {
    key: 'gdp.growth', zh: '国内（地区）生产总值增长率', en: 'GDP growth',
    measure: /(?:国内生产总值|地区生产总值|GDP|经济)(?:增长|增速|年均)|(?:国内生产总值|地区生产总值|GDP)/,
    exclude: /单位|比重|贡献|能耗|每增长|人均|占|年均|服务业|产业|投资|消费/,
    unitKinds: PERCENT, kinds: GROWTH, range: [-30, 30],
  },
  {
    key: 'cpi', zh: '居民消费价格涨幅', en: 'Consumer price index (change)',
    measure: /居民消费价格|消费价格指数|CPI|物价(?:总水平)?(?:涨幅|上涨)/, exclude: /年均|食品/,
    unitKinds: PERCENT, kinds: GROWTH, range: [-20, 50],
  },
  {
    key: 'employment.urban_new', zh: '城镇新增就业', en: 'New urban jobs',
    measure: /城镇新增就业|新增城镇就业/, exclude: /年均|累计|五年|率/,
    // One year's figure: the national record is about 14 million; five-year totals are larger.
    unitKinds: COUNT, kinds: LEVEL_OR_TARGET, range: [0, 2e7],
  },
  {
    key: 'unemployment.registered_rate', zh: '城镇登记失业率', en: 'Registered urban unemployment rate',
    measure: /登记失业率/, unitKinds: PERCENT, kinds: LEVEL_OR_TARGET, range: RATE,
  },
  {
    key: 'unemployment.surveyed_rate', zh: '城镇调查失业率', en: 'Surveyed urban unemployment rate',
    measure: /调查失业率/, unitKinds: PERCENT, kinds: LEVEL_OR_TARGET, range: RATE,
  },
  {
    key: 'fiscal.deficit_rate', zh: '赤字率', en: 'Fiscal deficit to GDP ratio',
    measure: /赤字率|赤字占国内生产总值/, unitKinds: PERCENT, kinds: LEVEL_OR_TARGET, range: [0, 30],
  },
  {
    key: 'fiscal.deficit', zh: '财政赤字', en: 'Fiscal deficit',
    measure: /赤字/, exclude: /率|地方|中央|增加|减少|比上年/,
    unitKinds: MONEY, kinds: LEVEL_OR_TARGET, range: [0, 1e15],
  },
  {
    key: 'fiscal.general_budget_revenue', zh: '一般公共预算收入', en: 'General public budget revenue',
    measure: /一般公共预算收入|公共财政预算收入|地方财政收入/, exclude: /增长|增加|占|比重/,
    unitKinds: MONEY, kinds: LEVEL_OR_TARGET, range: [0, 1e15],
  },
  {
    key: 'fiscal.general_budget_revenue.growth', zh: '一般公共预算收入增长率', en: 'General public budget revenue growth',
    measure: /一般公共预算收入|公共财政预算收入|地方财政收入/, exclude: /占|比重/,
    unitKinds: PERCENT, kinds: GROWTH, range: [-100, 200],
  },
  {
    key: 'fiscal.revenue', zh: '财政收入', en: 'Fiscal revenue',
    measure: /^(?:全国)?(?:公共)?财政收入$/, unitKinds: MONEY, kinds: LEVEL_OR_TARGET, range: [0, 1e15],
  },
  {
    key: 'fiscal.revenue.growth', zh: '财政收入增长率', en: 'Fiscal revenue growth',
    measure: /^(?:全国)?(?:公共)?财政收入(?:实际|同比)?(?:增长|增速|增幅)$/, unitKinds: PERCENT, kinds: GROWTH, range: [-100, 200],
  },
  {
    key: 'income.per_capita_disposable', zh: '居民人均可支配收入', en: 'Per-capita disposable income',
    // 城乡居民人均可支配收入分别达到45678元和21234元 is an urban and a rural figure, not this one.
    measure: /人均可支配收入/, exclude: /城镇|农村|城市|城乡|分别|增长|增速/,
    unitKinds: MONEY, kinds: LEVEL, range: [0, 1e7],
  },
  {
    key: 'income.per_capita_disposable.growth', zh: '居民人均可支配收入增长率', en: 'Per-capita disposable income growth',
    measure: /人均可支配收入/, exclude: /城镇|农村|城市|城乡|分别|年均/,
    unitKinds: PERCENT, kinds: GROWTH, range: [-50, 100],
  },
  {
    key: 'income.urban_per_capita_disposable', zh: '城镇居民人均可支配收入', en: 'Urban per-capita disposable income',
    measure: /城镇居民人均可支配收入|城市居民人均可支配收入/, exclude: /增长|增速/,
    unitKinds: MONEY, kinds: LEVEL, range: [0, 1e7],
  },
  {
    key: 'income.rural_per_capita', zh: '农村居民人均（可支配/纯）收入', en: 'Rural per-capita income',
    measure: /农村居民人均(?:可支配|纯)收入|农民人均纯收入/, exclude: /增长|增速/,
    unitKinds: MONEY, kinds: LEVEL, range: [0, 1e7],
  },
  {
    key: 'grain.output', zh: '粮食产量', en: 'Grain output',
    measure: /粮食(?:总)?产量/, exclude: /增长|增加|增产|减产/,
    unitKinds: ['mass'], kinds: LEVEL_OR_TARGET, range: [0, 1e13],
  },
  {
    key: 'poverty.rural_reduced', zh: '农村贫困人口减少', en: 'Reduction in rural poor population',
    measure: /贫困人口减少|减少(?:农村)?贫困人口/, exclude: /年均|五年|率/,
    // One year's figure (at most about 20 million); a five-year total is not this indicator.
    unitKinds: COUNT, kinds: ['change', 'quantity', 'target'], range: [0, 2e7],
  },
  {
    key: 'energy_intensity.change', zh: '单位国内生产总值能耗变化', en: 'Energy use per unit of GDP (change)',
    measure: /单位(?:国内|地区)生产总值能耗|单位GDP能耗/, exclude: /年均|五年|累计/,
    unitKinds: PERCENT, kinds: GROWTH, range: [-100, 100],
  },
  {
    key: 'trade.growth', zh: '进出口总额增长率', en: 'Foreign trade growth',
    measure: /^(?:货物)?进出口(?:总额|贸易总额)?(?:同比)?(?:增长|下降)/, exclude: /年均/,
    unitKinds: PERCENT, kinds: GROWTH, range: [-100, 200],
  },
  {
    key: 'urbanization_rate', zh: '常住人口城镇化率', en: 'Urbanization rate',
    measure: /城镇化率/, exclude: /户籍/, unitKinds: PERCENT, kinds: LEVEL_OR_TARGET, range: RATE,
  },
];

/** All subjects of the catalogue, to tell whether a label names one itself. */
export const SUBJECTS: readonly RegExp[] = [
  RECONSIDERATION, LITIGATION, NORMATIVE, DISCLOSURE, LEGAL_AID, MEDIATION, POPULARIZATION,
];

/**
 * Things a 法治 or 司法 report counts that are none of the subjects above. A label that names one
 * (办理公证事项, 审查重大行政决策事项) counts that thing, and does not borrow a subject from the
 * figures before it as a bare verb does (审结 after 受理行政复议案件).
 */
export const OTHER_SUBJECTS =
  /公证|仲裁|司法鉴定|社区矫正|安置帮教|重大行政决策|决策事项|合同|信访|来信|来访|来电|热线|律师|听证|证明事项|行政许可|审批|投诉|举报|执法人员|考试|立法/;
