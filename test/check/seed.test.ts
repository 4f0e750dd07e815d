import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/registry.js';
import type { Diagnostic } from '../../src/schema/diagnostic.js';
import { lintText } from '../support/lint.js';
import { SEED, SHARED, announceSkip } from '../support/paths.js';

const text = readFileSync(SEED, 'utf8');
const { profile, diagnostics } = lintText(text);
const of = (ruleId: string) => diagnostics.filter((d) => d.ruleId === ruleId);
const INDICATOR_RULES = RULES.filter((r) => r.tags.includes('indicators')).map((r) => r.id);
const within = (d: Diagnostic, start: number, end: number) => d.span.start.offset >= start && d.span.end.offset <= end;

describe('the seed report (2025 城中区法治政府建设)', () => {
  it('is a 法治政府建设年度报告', () => expect(profile).toBe('fazhi'));

  it('has no title line: title-missing, with a title suggested from the opening sentence', () => {
    const [d, ...rest] = of('title-missing');
    expect(rest).toEqual([]);
    expect(d?.span.start).toEqual({ offset: 0, line: 1, column: 1 });
    expect(d?.message).toContain('城中区2025年法治政府建设年度报告');
  });

  it('reports every half-width , ; : ( ) between Chinese characters, each with its full-width fix', () => {
    const marks = [...text.matchAll(/[,;:()?!]/g)].map((m) => m.index);
    expect(marks.length).toBe(212);
    const found = new Map(of('half-width-punctuation').map((d) => [d.span.start.offset, d]));
    expect(found.size).toBe(marks.length);
    const FULL: Record<string, string> = { ',': '，', ';': '；', ':': '：', '(': '（', ')': '）' };
    for (const at of marks) {
      const d = found.get(at);
      expect(d, `mark at ${at}: ${text.slice(at - 5, at + 5)}`).toBeDefined();
      expect(d?.fix).toEqual({ span: d?.span, text: FULL[text[at] as string] });
      expect(d?.span.end.offset).toBe(at + 1);
    }
  });

  it('reports the three 截至目前 (offsets 2541, 2842, 3434), suggesting 截至2025年12月31日', () => {
    const vague = of('vague-date');
    expect(vague.map((d) => d.span.start.offset)).toEqual([2541, 2842, 3434]);
    for (const d of vague) {
      expect(text.slice(d.span.start.offset, d.span.end.offset)).toBe('截至目前');
      expect(d.message).toContain('截至2025年12月31日');
      expect(d.fix).toBeUndefined();
    }
  });

  it('reports 调处成功3158件 exceeding 排查纠纷1600余次', () => {
    const [d, ...rest] = of('part-exceeds-whole');
    expect(rest).toEqual([]);
    expect(d?.span.start.offset).toBe(1938);
    expect(text.slice(d?.span.start.offset, d?.span.end.offset)).toBe('3158件');
    expect(d?.message).toContain('1600余次');
    expect(d?.severity).toBe('warning');
  });

  it('reports the 随同式 passage repeated in 一(四) and 二、一是 (offsets 1655 and 3558)', () => {
    const [d, ...rest] = of('repeated-sentence');
    expect(rest).toEqual([]);
    expect(d?.span.start.offset).toBe(3558);
    expect(d?.related?.[0]?.span.start.offset).toBe(1655);
    expect(text.slice(d?.span.start.offset, d?.span.end.offset)).toBe('开展“随同式”执法专项活动5期,通过“现场发现、即时整改、全程留痕、闭环管理”');
  });

  it('reports shortcomings listed without their causes, at the 存在的问题 section', () => {
    const [d, ...rest] = of('shortcoming-causes');
    expect(rest).toEqual([]);
    expect(text.slice(d?.span.start.offset, d?.span.end.offset)).toBe('存在的问题及下一步工作思路');
  });

  it('raises nothing on the consistent 行政复议 (7.1%) and 行政诉讼 (75% of 20) figures', () => {
    const reconsideration = text.indexOf('依法受理90件');
    const litigation = text.indexOf('2025年区本级行政诉讼案件20件');
    const end = text.indexOf('。', litigation);
    expect(reconsideration).toBeGreaterThan(0);
    const near = diagnostics.filter((d) => INDICATOR_RULES.includes(d.ruleId) && within(d, reconsideration, end));
    expect(near).toEqual([]);
  });

  it('raises nothing else: the complete list by rule', () => {
    const counts: Record<string, number> = {};
    for (const d of diagnostics) counts[d.ruleId] = (counts[d.ruleId] ?? 0) + 1;
    expect(counts).toEqual({
      'title-missing': 1,
      'half-width-punctuation': 212,
      'vague-date': 3,
      'part-exceeds-whole': 1,
      'repeated-sentence': 1,
      'shortcoming-causes': 1,
    });
  });

  it('says the same in English with lang: en', () => {
    const en = lintText(text, { lang: 'en' }).diagnostics;
    expect(en.length).toBe(diagnostics.length);
    expect(en.find((d) => d.ruleId === 'vague-date')?.message).toMatch(/cut-off date, e\.g\. “截至2025年12月31日”/);
    for (const d of en) expect(d.message).not.toMatch(/[请应]/);
  });
});

announceSkip();

describe.skipIf(!SHARED)('the seed against its gold expectedFindings', () => {
  const gold = SHARED
    ? (JSON.parse(readFileSync(join(SHARED, 'gold/2025-xining-chengzhong-fazhi.json'), 'utf8')) as {
        expectedFindings: Array<{ rule: string; offsets?: number[] }>;
      })
    : { expectedFindings: [] };
  const byGoldName: Record<string, string | null> = {
    'title-missing': 'title-missing',
    'half-width punctuation between Chinese characters': 'half-width-punctuation',
    'vague-date': 'vague-date',
    'success count exceeds base': 'part-exceeds-whole',
    'repeated sentence': 'repeated-sentence',
    'shortcomings without causes': 'shortcoming-causes',
    'rate consistent with counts (no finding)': null,
  };
  it.each(gold.expectedFindings.map((f) => [f.rule, f]))('%s', (_name, finding) => {
    expect(Object.keys(byGoldName)).toContain(finding.rule);
    const ruleId = byGoldName[finding.rule];
    if (ruleId === null) {
      expect(diagnostics.filter((d) => d.ruleId === 'rate-consistency')).toEqual([]);
      return;
    }
    const found = of(ruleId as string);
    expect(found.length).toBeGreaterThan(0);
    // Every offset the gold names is inside (or is the start of) a diagnostic of the rule or its related spans.
    for (const at of finding.offsets ?? []) {
      const spans = found.flatMap((d) => [d.span, ...(d.related ?? []).map((r) => r.span)]);
      const covered = spans.some((s) => s.start.offset <= at && at < Math.max(s.end.offset, s.start.offset + 1));
      expect(covered, `offset ${at}`).toBe(true);
    }
  });
});
