import { describe, expect, it } from 'vitest';
import { lintReport } from '../../src/check/lint.js';
import { parseOutline } from '../../src/outline/index.js';
import { RULES } from '../../src/rules/registry.js';
import type { Indicator } from '../../src/schema/indicator.js';
import { createLocator } from '../../src/text/location.js';

/**
 * The indicator rules work on the Indicator contract, not on a particular extractor: here the
 * indicators are built by hand from the text, and only the rule under test runs.
 */
function indicatorsOf(text: string, specs: Array<{ text: string; nth?: number } & Partial<Indicator>>): Indicator[] {
  const locate = createLocator(text);
  return specs.map(({ text: written, nth = 0, ...over }) => {
    let at = -1;
    for (let i = 0; i <= nth; i++) at = text.indexOf(written, at + 1);
    const value = Number(/[\d.]+/.exec(written)?.[0]);
    const percent = written.endsWith('%');
    return {
      kind: 'quantity', status: 'result', period: null, aggregate: 'level', text: written, value, unit: percent ? '%' : (written.replace(/^[\d.]+余?/, '') || '件'),
      unitKind: percent ? 'percent' : 'count', base: { value, unit: percent ? '%' : '件' }, approx: null, label: '',
      sectionPath: [], sectionId: null, item: null, span: locate.span(at, at + written.length), ...over,
    } satisfies Indicator;
  });
}

function run(ruleId: string, text: string, indicators: Indicator[]) {
  const rule = RULES.find((r) => r.id === ruleId);
  if (!rule) throw new Error(ruleId);
  return lintReport({ text, outline: parseOutline(text), indicators, rules: [rule], profile: 'fazhi' }).diagnostics.map((d) =>
    text.slice(d.span.start.offset, d.span.end.offset),
  );
}

describe('indicator rules on hand-built indicators', () => {
  it('rate-consistency: 6 ÷ 70 is not 7.1%; 5 ÷ 70 is', () => {
    const bad = '审结70件,纠错6件,纠错率7.1%。';
    expect(run('rate-consistency', bad, indicatorsOf(bad, [{ text: '70件' }, { text: '6件' }, { text: '7.1%', label: '纠错率' }]))).toEqual(['7.1%']);
    const good = '审结70件,纠错5件,纠错率7.1%。';
    expect(run('rate-consistency', good, indicatorsOf(good, [{ text: '70件' }, { text: '5件' }, { text: '7.1%', label: '纠错率' }]))).toEqual([]);
  });

  it('rate-consistency names the whole nearest before the part (败诉1件 of 审结19件, not of the 21件 before)', () => {
    const text = '发生行政诉讼案件21件，审结19件，其中败诉1件，败诉率10.5%。';
    const indicators = indicatorsOf(text, [{ text: '21件' }, { text: '19件' }, { text: '1件', nth: 1 }, { text: '10.5%', label: '败诉率' }]);
    const rule = RULES.find((r) => r.id === 'rate-consistency')!;
    const [d] = lintReport({ text, outline: parseOutline(text), indicators, rules: [rule], profile: 'fazhi' }).diagnostics;
    expect(d?.message).toContain('其中败诉1件÷审结19件＝5.3%');
  });

  it('part-exceeds-whole: 调处成功3158件 against 排查纠纷1600余次', () => {
    const text = '排查纠纷1600余次,调处成功3158件,调处成功率达97%。';
    const indicators = indicatorsOf(text, [{ text: '1600余次', approx: '余', unit: '次' }, { text: '3158件' }, { text: '97%', label: '调处成功率' }]);
    expect(run('part-exceeds-whole', text, indicators)).toEqual(['3158件']);
    const within = '排查纠纷3200余次,调处成功3158件。';
    expect(run('part-exceeds-whole', within, indicatorsOf(within, [{ text: '3200余次', approx: '余', unit: '次' }, { text: '3158件' }]))).toEqual([]);
  });

  it('rate-range: a share above 100%', () => {
    const text = '调处成功率达107%。';
    expect(run('rate-range', text, indicatorsOf(text, [{ text: '107%', label: '调处成功率' }]))).toEqual(['107%']);
  });

  it('indicator-conflict: the same wording with two values', () => {
    const text = '依法受理行政复议案件90件。全年依法受理行政复议案件95件。';
    expect(run('indicator-conflict', text, indicatorsOf(text, [{ text: '90件' }, { text: '95件' }]))).toEqual(['95件']);
  });

  it('rate-without-base: a rate with no count in its section', () => {
    const text = '（六）主动落实政务公开。法定期限内答复率100%。\n（七）推进普法。受理依申请公开事项33件。';
    expect(run('rate-without-base', text, indicatorsOf(text, [{ text: '100%', label: '法定期限内答复率' }, { text: '33件' }]))).toEqual(['100%']);
  });

  it('vague-date: 目前 only when its sentence carries a figure', () => {
    const text = '目前已建成服务站点36个。目前仍需持续推进。';
    expect(run('vague-date', text, indicatorsOf(text, [{ text: '36个' }]))).toEqual(['目前']);
  });
});
