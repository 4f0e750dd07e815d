import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseOutline } from '../../src/outline/index.js';
import { lowerBound, upperBound } from '../../src/profiles/bounds.js';
import { detectProfile } from '../../src/profiles/detect.js';
import { lintReport } from '../../src/check/lint.js';
import { findingsOf } from '../../src/profiles/findings.js';
import { partExceedsWhole } from '../../src/rules/part-exceeds-whole.js';
import { rateRange } from '../../src/rules/rate-range.js';
import { requiredParts } from '../../src/rules/required-parts.js';
import { PROFILES, validateProfile } from '../../src/profiles/index.js';
import { isRate, rateStem } from '../../src/profiles/rate.js';
import type { Indicator } from '../../src/schema/indicator.js';
import { createLocator } from '../../src/text/location.js';
import { SEED } from '../support/paths.js';

const detect = (text: string) => detectProfile(text, parseOutline(text));

function figure(over: Partial<Indicator>): Indicator {
  const span = { start: { offset: 0, line: 1, column: 1 }, end: { offset: 1, line: 1, column: 2 } };
  return {
    kind: 'quantity', status: 'result', period: null, aggregate: 'level', text: '1件', value: 1, unit: '件', unitKind: 'count', base: { value: over.value ?? 1, unit: '件' },
    approx: null, label: '', sectionPath: [], sectionId: null, item: null, span, ...over,
  };
}

describe('detectProfile', () => {
  it('a township 法治建设工作总结 is a work summary, not a 法治政府建设年度报告', () => {
    expect(detect('柳河镇人民政府2025年度法治建设工作总结\n一、主要工作\n开展普法活动12场次。')).toBe('generic');
    expect(detect('某县2025年法治建设年度报告\n一、主要工作\n开展普法活动12场次。')).toBe('fazhi');
  });

  it('a department’s 法治工作情况报告 is a 法治 report; its 法治工作总结 is a work summary', () => {
    expect(detect('市市场监督管理局2025年度法治工作情况报告\n一、主要工作\n办理行政处罚案件86件。')).toBe('fazhi');
    expect(detect('县交通运输局关于2025年依法治县工作情况的报告\n一、主要工作\n开展执法检查24次。')).toBe('fazhi');
    expect(detect('县交通运输局2025年法治工作总结\n一、主要工作\n开展执法检查24次。')).toBe('generic');
  });

  it('reads a title letter-spaced as a cover prints it', () => {
    expect(detect('政 府 工 作 报 告\n滨江县人民政府县长 王某\n各位代表：\n一、2024年工作回顾')).toBe('gzbg');
    // Spaces between words are no letter spacing: 政府 工作 is two words.
    expect(detect('工作 计划 与 安排\n一、主要工作')).toBe('generic');
  });

  it('tells a report in traditional characters as its simplified twin', () => {
    expect(detect('某區2024年法治政府建設年度報告\n一、主要舉措和成效\n全年受理行政復議案件90件。')).toBe('fazhi');
    expect(detect('政府工作報告\n各位代表：\n一、2025年工作回顧')).toBe('gzbg');
  });

  it('knows the seed as a 法治政府建设年度报告 from its vocabulary (it has no title)', () => {
    expect(detect(readFileSync(SEED, 'utf8'))).toBe('fazhi');
  });

  it('reads the vocabulary of the first pages only: a long document is not read to its end to tell', () => {
    const opening = '全年工作稳步推进。\n'.repeat(12_000); // 120,000 characters that say nothing of the kind
    const fazhi = '依法行政，行政复议，行政诉讼，普法，规范性文件，法律顾问。\n'.repeat(5);
    expect(detect(fazhi + opening)).toBe('fazhi');
    expect(detect(opening + fazhi)).toBe('generic');
  });

  it('goes by the title first', () => {
    expect(detect('2009年国务院政府工作报告\n各位代表：\n')).toBe('gzbg');
    expect(detect('城中区2025年法治政府建设年度报告\n2025年，城中区……\n')).toBe('fazhi');
  });

  it('is generic when the wording says little, or speaks of both kinds alike', () => {
    expect(detect('城中区司法局2025年工作总结\n全年较好完成各项任务。\n')).toBe('generic');
    // A title naming another kind of report is believed over the vocabulary of the body.
    expect(detect(`城关区司法局2024年工作总结\n${'依法行政，行政复议，普法，法律顾问。'.repeat(5)}`)).toBe('generic');
    expect(detect('各位代表，国内生产总值增长，依法行政，行政复议，政府工作报告，普法，经济社会发展，规范性文件，预期目标，行政执法。')).toBe('generic');
  });
});

describe('findingsOf: a zod issue becomes a finding at a source span, never a bare path', () => {
  const span = (n: number) => ({ start: { offset: n, line: 1, column: n + 1 }, end: { offset: n + 1, line: 1, column: n + 2 } });
  const facts = { span: span(0), shortcomings: { title: '三、存在的问题', span: span(10), causes: null }, indicators: [{ span: span(20), value: 120 }] };
  const schema = z.object({
    shortcomings: z.object({ causes: z.unknown().refine((v) => v !== null, { params: { rule: 'shortcoming-causes', data: { advice: '补写原因' } } }) }),
    indicators: z.array(z.object({ value: z.number().max(100) })),
  });

  it('walks the path to the deepest value with a span', () => {
    const parsed = schema.safeParse(facts);
    expect(parsed.success).toBe(false);
    const findings = findingsOf(parsed.error?.issues ?? [], facts);
    expect(findings.map((f) => [f.rule, f.span.start.offset])).toEqual([
      ['shortcoming-causes', 10],
      ['required-parts', 20],
    ]);
    expect(findings[0]?.data).toEqual({ advice: '补写原因' });
    // An issue without params still gets a message (required-parts' `unmet`, zod's words in it) and a place.
    expect(findings[1]?.unexplained).toBe(true);
    expect(findings[1]?.data.issue).toMatch(/100/);
    expect(requiredParts.messages.unmet?.en).toMatch(/requirements/);
  });
});

describe('validateProfile', () => {
  const run = (id: keyof typeof PROFILES, text: string) => {
    const outline = parseOutline(text);
    return validateProfile(PROFILES[id], { text, outline, locate: createLocator(text) }).map((f) => f.rule);
  };
  const lint = (id: keyof typeof PROFILES, text: string, indicators: Indicator[]) =>
    lintReport({ text, outline: parseOutline(text), indicators, profile: id, rules: [rateRange, partExceedsWhole] }).diagnostics.map((d) => d.ruleId);

  it('fazhi asks for measures, the first-responsibility duties, shortcomings with causes, and a plan', () => {
    expect(run('fazhi', '城中区2025年法治政府建设年度报告\n一、工作情况\n全年办理案件9件。')).toEqual(['required-parts', 'required-parts', 'required-parts']);
    expect(run('fazhi', '一、主要举措和成效\n主要负责同志履行第一责任人职责。\n二、存在的不足\n仍有短板。\n三、2026年工作安排\n继续推进。')).toEqual(['shortcoming-causes']);
  });

  it('finds the first-responsibility duties however a county words them', () => {
    const rest = '\n二、工作成效\n全年办理案件9件。\n三、存在的不足和原因\n基层力量薄弱，主要是编制不足。\n四、2026年工作安排\n继续推进。';
    // “第一责任” without 人, in quotes, and the 一把手 who carries it.
    expect(run('fazhi', `一、加强党的领导，扛牢法治建设“第一责任”\n全年研究法治工作3次。${rest}`)).toEqual([]);
    expect(run('fazhi', `一、加强党的领导\n党政一把手带头述法，把法治建设作为“一把手工程”。${rest}`)).toEqual([]);
    // Leadership alone, with no duty of the leaders named, is not the part.
    expect(run('fazhi', `一、加强党的领导\n全年研究法治工作3次。${rest}`)).toEqual(['required-parts']);
  });

  it('gzbg asks for a review and targets; generic asks for nothing', () => {
    expect(run('gzbg', '政府工作报告\n一、2015年工作回顾\n过去一年……')).toEqual(['required-parts']);
    expect(run('generic', '工作总结\n全年较好完成各项任务。')).toEqual([]);
  });

  it('every profile keeps rates within 0–100; fazhi keeps keyed parts within their wholes', () => {
    const rate = figure({ unitKind: 'percent', unit: '%', value: 107, text: '107%', label: '调处成功率' });
    const accepted = figure({ key: 'admin_reconsideration.accepted', value: 90, sectionId: '1.3' });
    const concluded = figure({ key: 'admin_reconsideration.concluded', value: 95, sectionId: '1.3' });
    // A report with text: on a blank one only report-empty speaks.
    expect(lint('generic', '调处成功率107%。', [rate])).toEqual(['rate-range']);
    expect(lint('gzbg', '一、2015年工作回顾\n二、2016年主要预期目标', [rate])).toEqual(['rate-range']);
    expect(lint('generic', '受理90件，办结95件。', [accepted, concluded])).toEqual([]);
    expect(
      lint('fazhi', '一、主要举措和成效\n主要负责同志履行第一责任人职责。\n二、存在的不足和原因\n基层法治力量薄弱，主要是编制不足。\n三、2026年工作安排', [accepted, concluded]),
    ).toEqual(['part-exceeds-whole']);
  });
});

describe('rates and bounds', () => {
  it('a rate is a share (率, 满意度, 占比), not a change', () => {
    expect(isRate(figure({ unitKind: 'percent', label: '纠错率' }))).toBe(true);
    expect(isRate(figure({ unitKind: 'percent', label: '群众满意度达' }))).toBe(true);
    expect(isRate(figure({ unitKind: 'percent', label: '同比增长率' }))).toBe(false);
    expect(isRate(figure({ unitKind: 'percent', label: '纠错率', kind: 'change' }))).toBe(false);
    expect(isRate(figure({ unitKind: 'count', label: '纠错率' }))).toBe(false);
    expect(rateStem('调处成功率达')).toBe('调处成功');
  });

  it('余 and 多 make a lower bound, 超过 an open one, 约 a rough one', () => {
    expect(upperBound(figure({ value: 1600, approx: '余' }))).toBe(1700);
    expect(upperBound(figure({ value: 30000, approx: '余' }))).toBe(40000);
    expect(upperBound(figure({ value: 1600, approx: '超过' }))).toBe(Number.POSITIVE_INFINITY);
    expect(upperBound(figure({ value: 1000, approx: '约' }))).toBeCloseTo(1100);
    expect(lowerBound(figure({ value: 1000, approx: '近' }))).toBeCloseTo(900);
    expect(lowerBound(figure({ value: 3158 }))).toBe(3158);
    // Every qualifier the extractor reports has a meaning here, 接近 as 将近 and 近.
    expect(upperBound(figure({ value: 1000, approx: '接近' }))).toBe(1000);
    expect(lowerBound(figure({ value: 1000, approx: '接近' }))).toBeCloseTo(900);
    expect(upperBound(figure({ value: 1000, approx: '不足' }))).toBe(1000);
    expect(lowerBound(figure({ value: 1000, approx: '不足' }))).toBe(0);
  });
});
