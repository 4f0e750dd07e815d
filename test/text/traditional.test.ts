import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { analyse } from '../../src/cli/load.js';
import { lintReport } from '../../src/check/lint.js';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import { readReport } from '../../src/read/file.js';
import { asWritten, hasTraditional, toSimplified, TRADITIONAL_PAIRS } from '../../src/text/traditional.js';
import { ROOT } from '../support/paths.js';

/** The folders whose code matches report text against words: their tables, patterns and messages. */
const MATCHING = ['profiles', 'rules', 'rules/support', 'outline', 'extract', 'catalogue', 'numeral', 'check', 'text', 'diff', 'review'];

/** Every CJK character written in the matching code, comments left out. */
function tableCharacters(): Set<string> {
  const out = new Set<string>();
  for (const dir of MATCHING) {
    for (const name of readdirSync(join(ROOT, 'src', dir))) {
      if (!name.endsWith('.ts') || name === 'traditional.ts') continue;
      const code = readFileSync(join(ROOT, 'src', dir, name), 'utf8')
        .replace(/\/\*[\s\S]*?\*\//g, '')
        .replace(/(^|[^:\\])\/\/[^\n]*/g, '$1');
      for (const ch of code.match(/[\u4e00-\u9fff]/g) ?? []) out.add(ch);
    }
  }
  return out;
}

/**
 * Big5 (code page 950, without the Hong Kong supplement, which adds simplified ones), the
 * encoding of traditional Chinese, has no simplified-only character (设, 报, 议 …).
 */
const inBig5 = (ch: string) => iconv.decode(iconv.encode(ch, 'cp950'), 'cp950') === ch;

// Simplified characters that Big5 has too, as traditional characters of another meaning, while
// the word the tables mean is written otherwise in traditional text (规范 → 規範, 以后 → 以後).
const MERGED: Record<string, string> = { 范: '範', 后: '後', 里: '裡', 台: '臺', 制: '製', 干: '幹', 征: '徵', 系: '係', 只: '隻', 余: '餘', 准: '準', 历: '歷', 于: '於', 向: '嚮', 同: '衕', 布: '佈', 志: '誌', 才: '纔', 表: '錶', 注: '註', 游: '遊', 致: '緻', 舍: '捨', 核: '覈', 板: '闆', 家: '傢', 扎: '紮', 占: '佔', 卷: '捲', 折: '摺' };

const pairs = new Map<string, string>();
for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) pairs.set(TRADITIONAL_PAIRS[i] as string, TRADITIONAL_PAIRS[i + 1] as string);
const targets = new Set(pairs.values());

describe('the traditional characters of the tables', () => {
  const chars = tableCharacters();

  it('are read: many characters', () => expect(chars.size).toBeGreaterThan(500));

  it('the table is pairs of single BMP characters, each folding to another', () => {
    expect(TRADITIONAL_PAIRS.length % 2).toBe(0);
    expect([...TRADITIONAL_PAIRS].length).toBe(TRADITIONAL_PAIRS.length);
    for (const [t, s] of pairs) expect(t).not.toBe(s);
  });

  it('every simplified-only character the tables use has its traditional form in the table', () => {
    // 着: its traditional form 著 is a simplified character too (显著), never folded.
    const missing = [...chars].filter((ch) => !inBig5(ch) && !targets.has(ch) && !pairs.has(ch) && ch !== '着');
    expect(missing).toEqual([]);
  });

  it('every merged character the tables use has the traditional form its words take', () => {
    for (const [simplified, traditional] of Object.entries(MERGED)) {
      if (chars.has(simplified)) expect(pairs.get(traditional), `${traditional} → ${simplified}`).toBe(simplified);
    }
  });

  it('no character the tables use as simplified is folded away', () => {
    const folded = [...chars].filter((ch) => !inBig5(ch) && toSimplified(ch) !== ch);
    expect(folded).toEqual([]);
    expect(pairs.has('著')).toBe(false); // 显著, 著作权: simplified too
  });
});

describe('folding', () => {
  it('keeps every offset: one character for one', () => {
    const text = '某縣2025年法治政府建設年度報告\n一、工作進展情況\n受理行政複議案件52件，糾錯率15.4%。𠀀萬人';
    const folded = toSimplified(text);
    expect(folded.length).toBe(text.length);
    expect(folded).toBe('某县2025年法治政府建设年度报告\n一、工作进展情况\n受理行政复议案件52件，纠错率15.4%。𠀀万人');
    expect(hasTraditional(text)).toBe(true);
  });

  it('leaves a simplified text as it is (the same string)', () => {
    const text = '城中区2025年法治政府建设年度报告。显著提升。';
    expect(toSimplified(text)).toBe(text);
    expect(hasTraditional(text)).toBe(false);
  });

  it('a report folded again, after a title and another report, gets its own answer each time', () => {
    // Long enough to be the report whose answer is kept; another report of the same length differs in one character.
    const report = '縣政府依法受理行政複議案件52件，糾錯率15.4%。'.repeat(60);
    const other = `${report.slice(0, -1)}。`.replace('縣', '市');
    const expected = '县政府依法受理行政复议案件52件，纠错率15.4%。'.repeat(60);
    expect(toSimplified(report)).toBe(expected);
    expect(toSimplified('城中區2025年法治政府建設年度報告')).toBe('城中区2025年法治政府建设年度报告');
    expect(toSimplified(report)).toBe(expected);
    expect(toSimplified(other)).toBe(`市${expected.slice(1)}`);
    expect(toSimplified(expected)).toBe(expected);
    expect(toSimplified(report)).toBe(expected);
  });

  it('a fix worded on the folded text keeps the characters of the report', () => {
    expect(asWritten('10項～15項', '10～15項', '10～15项')).toBe('10項～15項');
    expect(asWritten('，', ',', ',')).toBe('，');
  });
});

describe('a report in traditional characters raises what its simplified twin raises', () => {
  const lint = async (name: string) => {
    const { doc, outline, locator } = await analyse(await readReport(join(ROOT, 'fixtures/drafts', name)));
    const indicators = extractIndicators(doc.text, outline, locator);
    const { profile, diagnostics } = lintReport({ text: doc.text, outline, locator, indicators });
    return { text: doc.text, profile, indicators, found: diagnostics.map((d) => `${d.span.start.line}:${d.span.start.column} ${d.ruleId}`) };
  };

  it('fazhi-yunxi: the same findings at the same places, the same figures; no missing part', async () => {
    const simplified = await lint('fazhi-yunxi-simplified.txt');
    const traditional = await lint('fazhi-yunxi-traditional.txt');
    expect(hasTraditional(traditional.text)).toBe(true);
    expect(traditional.profile).toBe('fazhi');
    expect(traditional.found).toEqual(simplified.found);
    expect(traditional.found.some((f) => f.endsWith('required-parts') || f.endsWith('title-form'))).toBe(false);
    // Figures: the same values and keys (1.2萬餘場次 is 12000); the text as written.
    expect(traditional.indicators.map((i) => [i.base.value, i.key ?? null, i.span.start.offset])).toEqual(simplified.indicators.map((i) => [i.base.value, i.key ?? null, i.span.start.offset]));
    expect(traditional.indicators.map((i) => i.text)).toContain('1.2萬餘場次');
  });

  it.each([
    ['共受理行政複議案件52餘件，審結50件。', '共受理行政复议案件52余件，审结50件。'],
    ['開展普法宣傳活動1.2萬餘場次，覆蓋羣眾36萬人次，比上年增長百分之十至百分之二十。', '开展普法宣传活动1.2万余场次，覆盖群众36万人次，比上年增长百分之十至百分之二十。'],
    ['二、存在的問題和原因\n一是基層執法力量薄弱。', '二、存在的问题和原因\n一是基层执法力量薄弱。'],
  ])('a phrase: %s', (traditional, simplified) => {
    const run = (text: string) => {
      const outline = parseOutline(text);
      const indicators = extractIndicators(text, outline);
      const found = lintReport({ text, outline, indicators, profile: 'fazhi' }).diagnostics.map((d) => `${d.start} ${d.ruleId}`);
      return { found, figures: indicators.map((i) => `${i.span.start.offset} ${i.base.value} ${i.base.unit}`) };
    };
    expect(toSimplified(traditional)).toBe(simplified);
    expect(run(traditional)).toEqual(run(simplified));
  });

  it('fixes keep the report’s characters', async () => {
    const { doc, outline, locator } = await analyse(await readReport(join(ROOT, 'fixtures/drafts/fazhi-yunxi-traditional.txt')));
    const { diagnostics } = lintReport({ text: doc.text, outline, locator, indicators: extractIndicators(doc.text, outline, locator) });
    for (const d of diagnostics) if (d.fixRange) expect(hasTraditional(d.fixRange.text) || !hasTraditional(doc.text.slice(d.fixRange.start, d.fixRange.end))).toBe(true);
  });
});
