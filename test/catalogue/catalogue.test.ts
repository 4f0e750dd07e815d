import { describe, expect, it } from 'vitest';
import { CATALOGUE, catalogueEntry, matchCatalogue, type MatchInput } from '../../src/catalogue/index.js';

const input = (over: Partial<MatchInput>): MatchInput => ({
  label: '',
  kind: 'quantity',
  unitKind: 'count',
  unit: '件',
  baseValue: 10,
  topic: () => '',
  ...over,
});

describe('the catalogue data', () => {
  it('has unique, stable-looking keys', () => {
    const keys = CATALOGUE.map((e) => e.key);
    expect(new Set(keys).size).toBe(keys.length);
    for (const k of keys) expect(k).toMatch(/^[a-z][a-z0-9_]*(?:\.[a-z][a-z0-9_]*)*$/);
    // `.target` is appended to targets; no entry may end in it itself.
    for (const k of keys) expect(k.endsWith('.target')).toBe(false);
  });

  it('names every entry in Chinese and English and gives a sane range', () => {
    for (const e of CATALOGUE) {
      expect(e.zh.length, e.key).toBeGreaterThan(1);
      expect(e.en.length, e.key).toBeGreaterThan(1);
      expect(e.range[0], e.key).toBeLessThanOrEqual(e.range[1]);
      expect(e.unitKinds.length, e.key).toBeGreaterThan(0);
      expect(e.kinds.length, e.key).toBeGreaterThan(0);
    }
  });

  it('covers the families reports repeat year after year', () => {
    const keys = new Set(CATALOGUE.map((e) => e.key));
    for (const k of [
      'admin_reconsideration.accepted',
      'admin_reconsideration.concluded',
      'admin_reconsideration.correction_rate',
      'admin_litigation.cases',
      'admin_litigation.appearance_rate',
      'admin_litigation.win_rate',
      'normative_documents.reviewed',
      'normative_documents.filed',
      'gov_info_disclosure.requests',
      'gov_info_disclosure.on_time_reply_rate',
      'legal_aid.cases',
      'people_mediation.disputes',
      'people_mediation.success_rate',
      'enforcement_files.reviewed',
      'law_popularization.events',
      'law_popularization.audience',
      'gdp.growth',
      'fiscal.general_budget_revenue',
      'employment.urban_new',
      'cpi',
      'income.per_capita_disposable',
      'fiscal.deficit_rate',
      'unemployment.registered_rate',
      'unemployment.surveyed_rate',
    ]) {
      expect(keys.has(k), k).toBe(true);
    }
  });

  it('finds an entry from a key, also a target key', () => {
    expect(catalogueEntry('gdp.growth')?.zh).toContain('生产总值');
    expect(catalogueEntry('gdp.growth.target')?.key).toBe('gdp.growth');
    expect(catalogueEntry('no.such.key')).toBeUndefined();
  });
});

describe('matchCatalogue', () => {
  it('matches on label, unit kind and kind', () => {
    expect(matchCatalogue(input({ label: '受理行政复议案件' }))).toBe('admin_reconsideration.accepted');
    expect(matchCatalogue(input({ label: '城镇新增就业', baseValue: 13_120_000 }))).toBe('employment.urban_new');
    expect(matchCatalogue(input({ label: '国内生产总值增长', unitKind: 'percent', kind: 'change', baseValue: 6.9 }))).toBe('gdp.growth');
    expect(matchCatalogue(input({ label: '出庭应诉率', unitKind: 'percent', baseValue: 100 }))).toBe('admin_litigation.appearance_rate');
  });

  it('keeps applications received apart from cases accepted (收到申请356件，依法受理312件)', () => {
    expect(matchCatalogue(input({ label: '收到行政复议申请', baseValue: 356 }))).toBe('admin_reconsideration.received');
    expect(matchCatalogue(input({ label: '依法受理行政复议申请', baseValue: 312 }))).toBe('admin_reconsideration.accepted');
    expect(matchCatalogue(input({ label: '新收行政复议案件', baseValue: 40 }))).toBe('admin_reconsideration.received');
  });

  it('appends .target for targets', () => {
    expect(matchCatalogue(input({ label: '国内生产总值增长', unitKind: 'percent', kind: 'target', baseValue: 6.5 }))).toBe('gdp.growth.target');
  });

  it('takes an elided subject from the topic, but not over a subject the label names', () => {
    const topic = () => '二是健全行政复议体制机制。充分发挥行政复议化解行政争议的主渠道作用。';
    expect(matchCatalogue(input({ label: '依法受理', topic }))).toBe('admin_reconsideration.accepted');
    expect(matchCatalogue(input({ label: '审结', topic }))).toBe('admin_reconsideration.concluded');
    expect(matchCatalogue(input({ label: '受理法律援助案件', topic }))).toBe('legal_aid.cases');
    expect(matchCatalogue(input({ label: '依法受理' }))).toBeUndefined();
  });

  it('takes the subject named last: 审结 after the lawsuits concludes lawsuits, not reconsiderations', () => {
    const topic = () => '全年受理行政复议64件，审结64件，纠错8件，纠错率12.5%。发生行政诉讼案件21件，';
    expect(matchCatalogue(input({ label: '审结', topic }))).toBe('admin_litigation.concluded');
    expect(matchCatalogue(input({ label: '审结', topic: () => '发生行政诉讼案件21件。全年受理行政复议64件，' }))).toBe('admin_reconsideration.concluded');
  });

  it('gives no key to a label that lists things in turn, but does to things that share the figure', () => {
    expect(matchCatalogue(input({ label: '城镇、农村居民人均可支配收入', unitKind: 'money', unit: '元', baseValue: 46850 }))).toBeUndefined();
    expect(matchCatalogue(input({ label: '农村居民人均可支配收入', unitKind: 'money', unit: '元', baseValue: 23120 }))).toBe('income.rural_per_capita');
    expect(matchCatalogue(input({ label: '单位国内生产总值能耗、水耗均下降', unitKind: 'percent', kind: 'change', baseValue: 20 }))).toBe('energy_intensity.change');
  });

  it('keeps the breakdown of legal aid cases by kind apart from the cases (其中刑事案件289件、行政案件12件)', () => {
    const topic = () => '全年办理法律援助案件642件，';
    expect(matchCatalogue(input({ label: '刑事案件', baseValue: 289, topic }))).toBeUndefined();
    expect(matchCatalogue(input({ label: '行政案件', baseValue: 12, topic }))).toBeUndefined();
    expect(matchCatalogue(input({ label: '办理法律援助案件', baseValue: 642 }))).toBe('legal_aid.cases');
  });

  it('does not count the cases that disclosure gives rise to as information disclosed', () => {
    expect(matchCatalogue(input({ label: '因政府信息公开引发行政复议', baseValue: 4 }))).toBeUndefined();
    expect(matchCatalogue(input({ label: '主动公开政府信息', baseValue: 1624 }))).toBe('gov_info_disclosure.published');
  });

  it('refuses a wrong unit kind, a wrong kind or a value out of range', () => {
    expect(matchCatalogue(input({ label: '纠错率', topic: () => '行政复议', unitKind: 'count' }))).toBeUndefined();
    expect(matchCatalogue(input({ label: '城镇新增就业', baseValue: 66_000_000 }))).toBeUndefined();
    expect(matchCatalogue(input({ label: '出庭应诉率', unitKind: 'percent', baseValue: 130 }))).toBeUndefined();
    expect(matchCatalogue(input({ label: '国内生产总值', unitKind: 'money', kind: 'change', baseValue: 1e12 }))).toBeUndefined();
  });

  it('holds an entry to its units where the unit kind admits too much (评查案卷240卷, not 开展案卷评查2次)', () => {
    expect(matchCatalogue(input({ label: '评查案卷', unit: '卷', baseValue: 240 }))).toBe('enforcement_files.reviewed');
    expect(matchCatalogue(input({ label: '开展行政执法案卷评查', unit: '次', baseValue: 2 }))).toBeUndefined();
  });

  it('assigns nothing to labels it does not know', () => {
    for (const label of ['开展法治培训', '设置暖市摊点', '入企', '新登记注册企业增长', '']) {
      expect(matchCatalogue(input({ label }))).toBeUndefined();
    }
  });

  it('leaves out what the exclusions name', () => {
    expect(matchCatalogue(input({ label: '单位国内生产总值能耗下降', unitKind: 'percent', kind: 'change', baseValue: 5 }))).toBe(
      'energy_intensity.change',
    );
    expect(matchCatalogue(input({ label: '国内生产总值年均增长', unitKind: 'percent', kind: 'change', baseValue: 7 }))).toBeUndefined();
    expect(matchCatalogue(input({ label: '消费对经济增长的贡献率', unitKind: 'percent', baseValue: 66 }))).toBeUndefined();
  });
});
