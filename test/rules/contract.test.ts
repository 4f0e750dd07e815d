import { describe, expect, it } from 'vitest';
import type { Config } from '../../src/check/config.js';
import { lintReport } from '../../src/check/lint.js';
import { resolveSettings } from '../../src/check/settings.js';
import { RULES } from '../../src/rules/registry.js';
import { parseOutline } from '../../src/outline/index.js';
import { defineRule, type AnyRule } from '../../src/rules/rule.js';
import { placeholder } from '../../src/rules/placeholder.js';
import { formatSarif } from '../../src/format/sarif.js';

// A rule of two messages, for the checks of its type below.
const probe = defineRule({
  id: 'probe',
  description: { zh: '测试用', en: 'for the test' },
  severity: 'warning',
  tags: ['wording'],
  fixable: false,
  messages: {
    vague: { zh: '“{word}”含义不明：请写明。', en: '“{word}” is vague: say what.' },
    late: { zh: '迟报', en: 'reported late' },
  },
  docs: { rationale: { zh: '测试', en: 'test' }, bad: [], good: [] },
  check(ctx) {
    const at = ctx.text.indexOf('有关部门');
    if (at >= 0) ctx.report({ start: at, end: at + 4, messageId: 'vague', data: { word: '有关部门' } });
    const tbd = ctx.text.indexOf('TBD');
    if (tbd >= 0) ctx.report({ start: tbd, end: tbd + 3, messageId: 'late' });
    if (ctx.text === 'never') {
      // @ts-expect-error a misspelt message id does not compile
      ctx.report({ start: 0, end: 1, messageId: 'vauge' });
      // @ts-expect-error a message id and a message of its own at once do not compile
      ctx.report({ start: 0, end: 1, messageId: 'late', message: { zh: '迟报', en: 'late' } });
      // @ts-expect-error neither does a finding that says nothing
      ctx.report({ start: 0, end: 1 });
      ctx.report({ start: 0, end: 1, message: { zh: '自带的说明', en: 'a message of its own' } });
    }
  },
});

const lint = (text: string, rules: readonly AnyRule[] = [probe]) => lintReport({ text, outline: parseOutline(text), indicators: [], rules, profile: 'generic' }).diagnostics;

describe('the rule contract', () => {
  it('a diagnostic carries the id of the message it says, in JSON too', () => {
    const [d, ...rest] = lint('请有关部门抓好落实。');
    expect(rest).toEqual([]);
    expect(d?.messageId).toBe('vague');
    expect(d?.toJSON()).toMatchObject({ ruleId: 'probe', messageId: 'vague', message: '“有关部门”含义不明：请写明。' });
  });

  it('findings that start in a URL or an HTML comment are dropped by the checker, for every rule', () => {
    expect(lint('<!-- 请有关部门核对 -->\n正文。')).toEqual([]);
    expect(lint('详见https://example.gov.cn/TBD/notice。')).toEqual([]);
    // The same words in prose are reported.
    expect(lint('详见有关部门通知，时间TBD。').map((d) => d.messageId)).toEqual(['vague', 'late']);
    // A rule that no longer tests for them itself: a placeholder in a comment is no finding.
    expect(lint('<!-- 受理XX件 -->\n审结XX件。', [placeholder]).map((d) => d.start)).toEqual([17]);
  });

  it('SARIF gives the message id in the result’s properties', () => {
    const text = '请有关部门抓好落实。';
    const diagnostics = lint(text);
    const report = { file: 'a.txt', encoding: 'utf-8', profile: 'generic', year: null, title: null, outline: parseOutline(text), indicators: [], diagnostics };
    const sarif = JSON.parse(formatSarif({ reports: [report], rules: [probe], lang: 'zh' } as never, { toolVersion: '0.1.0' })) as {
      runs: Array<{ results: Array<{ ruleId: string; properties?: { messageId?: string } }> }>;
    };
    expect(sarif.runs[0]?.results[0]).toMatchObject({ ruleId: 'probe', properties: { messageId: 'vague' } });
  });
});

describe('the profile’s checks are rules users can turn off by id', () => {
  // A 法治政府建设年度报告 without the leaders' duties and a plan, whose shortcomings give no cause.
  const text = '城中区2025年法治政府建设年度报告\n一、主要举措和成效\n全年受理行政复议案件52件。\n二、存在的不足\n基层执法力量仍然薄弱。';
  const ids = (config: Config) =>
    lintReport({ text, outline: parseOutline(text), indicators: [], profile: 'fazhi', settings: resolveSettings(RULES, config) }).diagnostics
      .filter((d) => d.ruleId === 'required-parts' || d.ruleId === 'shortcoming-causes')
      .map((d) => `${d.ruleId}/${d.messageId}`);

  it('reports the missing parts and causes by default', () => {
    expect(ids({})).toEqual(['required-parts/missing', 'required-parts/missing', 'shortcoming-causes/missing']);
  });

  it('`required-parts: off` silences the parts, not the causes; `shortcoming-causes: off` the reverse', () => {
    expect(ids({ rules: { 'required-parts': 'off' } })).toEqual(['shortcoming-causes/missing']);
    expect(ids({ rules: { 'shortcoming-causes': 'off' } })).toEqual(['required-parts/missing', 'required-parts/missing']);
  });
});
