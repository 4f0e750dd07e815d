import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.js';
import { formatGithub, escapeData, escapeProperty } from '../../src/format/github.js';
import { formatJson } from '../../src/format/json.js';
import type { LintResults } from '../../src/format/lint-results.js';
import { formatMarkdown } from '../../src/format/markdown.js';
import { artifactOf, formatSarif } from '../../src/format/sarif.js';
import { plainStyle, type Style } from '../../src/format/style.js';
import { formatStylish } from '../../src/format/stylish.js';
import { RULES } from '../../src/rules/registry.js';
import type { Diagnostic } from '../../src/schema/diagnostic.js';
import { LintOutput } from '../../src/schema/lint.js';
import type { ReportResult } from '../../src/schema/report.js';
import { lintText } from '../support/lint.js';
import { SEED } from '../support/paths.js';
import { SarifLog } from './sarif-schema.js';

function report(file: string, text: string, diagnostics?: Diagnostic[]): ReportResult {
  const outline = parseOutline(text);
  const outcome = lintText(text);
  const ds = diagnostics ?? outcome.diagnostics;
  return {
    file, encoding: 'utf-8', profile: outcome.profile, year: outline.year, title: outline.title?.text ?? null, outline, indicators: [],
    diagnostics: ds,
    stats: { chars: text.length, lines: text.split('\n').length, sections: 0, items: 0, indicators: 0,
      errors: ds.filter((d) => d.severity === 'error').length, warnings: ds.filter((d) => d.severity === 'warning').length, infos: 0 },
  };
}

const seed = report('fixtures/2025-chengzhong-fazhi.txt', readFileSync(SEED, 'utf8'));
const span = (line: number, column: number, length: number) => ({
  start: { offset: column - 1, line, column }, end: { offset: column - 1 + length, line, column: column + length },
});
const small = report('reports/城中区 2025,终稿:v2.txt', 'x', [
  { ruleId: 'vague-date', severity: 'warning', message: '“截至目前”时点不明：100%\n请写明日期', span: span(2, 3, 4) },
  { ruleId: 'half-width-punctuation', severity: 'error', message: '中文中使用了半角“,”：应改为全角“，”。', span: span(3, 7, 1), fix: { span: span(3, 7, 1), text: '，' } },
  { ruleId: 'rate-without-base', severity: 'info', message: '没有基数', span: span(4, 1, 2) },
]);
const results = (reports: ReportResult[], lang: 'zh' | 'en' = 'zh'): LintResults => ({ reports, rules: RULES, lang });

describe('--format json', () => {
  it('validates against the LintOutput zod schema, with totals', () => {
    const out = LintOutput.parse(JSON.parse(formatJson(results([seed, small]))));
    expect(out.schemaVersion).toBe(1);
    expect(out.command).toBe('lint');
    expect(out.summary).toEqual({ files: 2, errors: 213, warnings: 8, infos: 1, fixable: 213 });
    expect(out.reports[0]?.diagnostics[0]?.ruleId).toBe('title-missing');
  });
});

describe('--format sarif', () => {
  const log = SarifLog.parse(JSON.parse(formatSarif(results([seed, small]), { toolVersion: '0.1.0' })));
  const run = log.runs[0]!;

  it('is SARIF 2.1.0 that GitHub code scanning accepts', () => {
    expect(run.tool.driver.name).toBe('report-lint');
    expect(run.tool.driver.rules.map((r) => r.id)).toEqual(RULES.map((r) => r.id));
    expect(run.results.length).toBe(seed.diagnostics.length + 3);
  });

  it('points each result at its file and region, with the rule index and level', () => {
    const r = run.results.find((x) => x.ruleId === 'vague-date' && x.message.text.includes('100%'))!;
    expect(r.level).toBe('warning');
    expect(run.tool.driver.rules[r.ruleIndex ?? -1]?.id).toBe('vague-date');
    expect(r.locations[0]?.physicalLocation).toEqual({
      artifactLocation: { uri: 'reports/%E5%9F%8E%E4%B8%AD%E5%8C%BA%202025%2C%E7%BB%88%E7%A8%BF%3Av2.txt', uriBaseId: '%SRCROOT%' },
      region: { startLine: 2, startColumn: 3, endLine: 2, endColumn: 7 },
    });
    expect(run.results.find((x) => x.ruleId === 'rate-without-base')?.level).toBe('note');
    const repeated = run.results.find((x) => x.ruleId === 'repeated-sentence');
    expect(repeated?.relatedLocations?.[0]?.physicalLocation.region.startLine).toBe(6);
  });

  it('gives each rule its descriptions and help in the chosen language', () => {
    const en = SarifLog.parse(JSON.parse(formatSarif(results([seed], 'en'), { toolVersion: '0.1.0' })));
    const rule = en.runs[0]!.tool.driver.rules.find((r) => r.id === 'half-width-punctuation')!;
    expect(rule.shortDescription.text).toBe('Half-width punctuation (, ; : ( ) ? ! " .) in Chinese text');
    expect(rule.help.markdown).toContain('```text');
    expect(rule.defaultConfiguration?.level).toBe('error');
  });

  it('makes relative paths URIs under %SRCROOT% and absolute ones file: URIs', () => {
    expect(artifactOf('./a/b.txt')).toEqual({ uri: 'a/b.txt', uriBaseId: '%SRCROOT%' });
    expect(artifactOf('a\\b c.txt')).toEqual({ uri: 'a/b%20c.txt', uriBaseId: '%SRCROOT%' });
    expect(artifactOf('/srv/报告.txt')).toEqual({ uri: 'file:///srv/%E6%8A%A5%E5%91%8A.txt' });
    expect(artifactOf('C:\\r\\a.txt')).toEqual({ uri: 'file:///C:/r/a.txt' });
  });
});

describe('--format github', () => {
  it('writes one workflow command per diagnostic, escaped', () => {
    expect(formatGithub(results([small]))).toBe(
      [
        '::warning file=reports/城中区 2025%2C终稿%3Av2.txt,line=2,col=3,endLine=2,endColumn=7,title=vague-date::“截至目前”时点不明：100%25%0A请写明日期',
        '::error file=reports/城中区 2025%2C终稿%3Av2.txt,line=3,col=7,endLine=3,endColumn=8,title=half-width-punctuation::中文中使用了半角“,”：应改为全角“，”。',
        '::notice file=reports/城中区 2025%2C终稿%3Av2.txt,line=4,col=1,endLine=4,endColumn=3,title=rate-without-base::没有基数',
        '',
      ].join('\n'),
    );
  });

  it('escapes % CR LF in data, and also : , in properties', () => {
    expect(escapeData('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac:d,e');
    expect(escapeProperty('a%b\r\nc:d,e')).toBe('a%25b%0D%0Ac%3Ad%2Ce');
    expect(formatGithub(results([report('clean.txt', 'x', [])]))).toBe('');
  });
});

describe('--format stylish', () => {
  it('groups by file: line:column, severity, message, rule id; counts at the end', () => {
    expect(formatStylish(results([small]), plainStyle)).toBe(
      [
        'reports/城中区 2025,终稿:v2.txt',
        '  2:3  警告  “截至目前”时点不明：100%\n请写明日期  vague-date',
        '  3:7  错误  中文中使用了半角“,”：应改为全角“，”。  half-width-punctuation',
        '  4:1  提示  没有基数  rate-without-base',
        '',
        '✖ 3 个问题（1 个错误，1 个警告，1 个提示）',
        '  其中 1 个可用 --fix 自动修复',
        '',
      ].join('\n'),
    );
  });

  it('in English, and a clean run says so', () => {
    const out = formatStylish(results([small], 'en'), plainStyle);
    expect(out).toContain('  3:7  error    ');
    expect(out).toContain('✖ 3 problems (1 error, 1 warning, 1 info)');
    expect(out).toContain('1 problem fixable with the --fix option');
    expect(formatStylish(results([report('clean.txt', 'x', [])]), plainStyle)).toBe('✔ 未发现问题\n');
  });

  it('colours through the style it is given', async () => {
    const { Chalk } = await import('chalk');
    const out = formatStylish(results([small]), new Chalk({ level: 1 }));
    expect(out).toContain('\u001b[31m错误\u001b[39m');
    expect(formatStylish(results([small]), plainStyle)).not.toMatch(/\u001b\[/);
  });
});

describe('--format stylish, line by line', () => {
  // The listing as its layout says, one template a line: the writer of bytes gives the same.
  function reference(r: ReturnType<typeof results>, style: Style): string {
    const sev = { error: '错误', warning: '警告', info: '提示' } as const;
    const paint = { error: style.red, warning: style.yellow, info: style.blue };
    let out = '';
    for (const rep of r.reports) {
      if (rep.diagnostics.length === 0) continue;
      const places = rep.diagnostics.map((d) => `${d.span.start.line}:${d.span.start.column}`);
      const width = Math.max(...places.map((p) => p.length));
      out += `${style.underline(rep.file)}\n`;
      rep.diagnostics.forEach((d, i) => {
        out += `  ${style.dim(places[i]!.padEnd(width))}  ${paint[d.severity](sev[d.severity])}  ${d.message}  ${style.dim(d.ruleId)}\n`;
      });
      out += '\n';
    }
    return out;
  }
  const diagnostic = fc.record({
    ruleId: fc.constantFrom('half-width-punctuation', 'vague-date', 'space-between-chinese'),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    // A few messages said again and again, and some said once.
    message: fc.oneof(fc.constantFrom('中文中使用了半角“,”：应改为全角“，”。', '“目前”时点不明', 'a 𠀀 b'), fc.string({ minLength: 1, maxLength: 30 })),
    line: fc.integer({ min: 1, max: 120_000 }),
    column: fc.integer({ min: 1, max: 300 }),
  });

  it('writes what one template a line writes, plain and in colour', async () => {
    const { Chalk } = await import('chalk');
    const chalk = new Chalk({ level: 1 });
    fc.assert(
      fc.property(fc.array(fc.array(diagnostic, { minLength: 1, maxLength: 60 }), { minLength: 1, maxLength: 3 }), (files) => {
        const r = results(files.map((ds, k) => report(`报告${k}.txt`, 'x', ds.map((d) => ({ ruleId: d.ruleId, severity: d.severity, message: d.message, span: span(d.line, d.column, 1) })))));
        for (const style of [plainStyle, chalk]) {
          const out = formatStylish(r, style);
          const counts = out.slice(out.lastIndexOf('\n\n') + 2);
          expect(out.slice(0, out.length - counts.length)).toBe(reference(r, style));
        }
      }),
      { numRuns: 60 },
    );
  });
});

describe('--format markdown', () => {
  it('a table per file with the summary first, cells escaped', () => {
    const out = formatMarkdown(results([small]));
    expect(out).toContain('## report-lint\n\n3 个问题（1 个错误，1 个警告，1 个提示）');
    expect(out).toContain('### `reports/城中区 2025,终稿:v2.txt`');
    expect(out).toContain('| 行 | 列 | 级别 | 问题 | 规则 |');
    expect(out).toContain('| 2 | 3 | 警告 | “截至目前”时点不明：100% 请写明日期 | `vague-date` |');
  });
});

describe('--format json in pieces', () => {
  it('writes exactly what JSON.stringify(output, null, 2) writes', async () => {
    const { writeJson, lintOutput } = await import('../../src/format/json.js');
    const { utf8Text } = await import('../../src/format/utf8-sink.js');
    const { extractIndicators } = await import('../../src/extract/index.js');
    const text = readFileSync(SEED, 'utf8');
    const withFigures = { ...seed, indicators: extractIndicators(text, parseOutline(text)) };
    for (const r of [results([seed, small]), results([withFigures]), results([]), results([report('empty.txt', 'x', [])])]) {
      expect(utf8Text((out) => writeJson(lintOutput(r), out))).toBe(`${JSON.stringify(lintOutput(r), null, 2)}\n`);
    }
  });
});

describe('a report with hundreds of thousands of findings', () => {
  // No format spreads a long list into a call (Math.max(...rows) overflowed the stack at
  // 151,044 findings, the seed concatenated to 10 MB).
  const many: Diagnostic[] = Array.from({ length: 300_000 }, (_, i) => ({
    ruleId: 'half-width-punctuation', severity: 'error', message: '中文中使用了半角“,”：应改为全角“，”。', span: span(i + 1, 7, 1),
  }));
  const big = results([report('big.txt', 'x', many)]);

  it.each([
    ['stylish', () => formatStylish(big, plainStyle)],
    ['json', () => formatJson(big)],
    ['sarif', () => formatSarif(big, { toolVersion: '0.1.0' })],
    ['github', () => formatGithub(big)],
    ['markdown', () => formatMarkdown(big)],
  ])('%s', (_name, format) => {
    expect(format().length).toBeGreaterThan(300_000);
  }, 60_000);
});

describe('extract --format text with hundreds of thousands of figures', () => {
  it('lists them without spreading them into a call', async () => {
    const { formatExtractText } = await import('../../src/format/extract-text.js');
    const { scanIndicators } = await import('../../src/extract/index.js');
    const [one] = scanIndicators('受理案件90件。');
    const indicators = Array.from({ length: 300_000 }, () => one!);
    const text = formatExtractText([{ file: 'big.txt', encoding: 'utf-8', format: 'text', year: null, title: null, indicators }], plainStyle);
    expect(text.split('\n').length).toBeGreaterThan(300_000);
  }, 60_000);
});

describe('Markdown code spans', () => {
  it('keep the backticks of a file name, fenced by a longer run', async () => {
    const { codeSpan } = await import('../../src/format/code-span.js');
    expect(codeSpan('a.txt')).toBe('`a.txt`');
    expect(codeSpan('pi|pe`x.txt')).toBe('``pi|pe`x.txt``');
    expect(codeSpan('`x`')).toBe('`` `x` ``');
  });
});

describe('extract --format text', () => {
  it('shows a target’s bound where its text leaves it out (不少于60学时 → 60学时(≥))', async () => {
    const { formatExtractText } = await import('../../src/format/extract-text.js');
    const { scanIndicators } = await import('../../src/extract/index.js');
    const text = '培训不少于60学时，失业率控制在5.5%以内，新增就业1200万人以上。';
    const out = formatExtractText([{ file: 'a.txt', encoding: 'utf-8', format: 'text', year: null, title: null, indicators: scanIndicators(text) }], plainStyle);
    expect(out).toContain('60学时(≥)');
    expect(out).toContain('5.5%(≤)');
    expect(out).toContain('1200万人(以上)');
  });
});
