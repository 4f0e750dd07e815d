import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../src/format/html-escape.js';
import { formatDiffHtml } from '../../src/format/html-diff.js';
import { formatExtractHtml } from '../../src/format/html-extract.js';
import { formatLintHtml } from '../../src/format/html-lint.js';
import { diffReports } from '../../src/diff/index.js';
import { extractIndicators } from '../../src/extract/index.js';
import type { DiffOutput } from '../../src/schema/diff.js';
import { sideBySideRows } from '../../src/format/html-side-by-side.js';
import { markedText } from '../../src/format/html-text.js';
import { parseOutline } from '../../src/outline/index.js';
import { RULES } from '../../src/rules/registry.js';
import type { ReportResult } from '../../src/schema/report.js';
import { lintText } from '../support/lint.js';
import { SEED } from '../support/paths.js';

function lintResult(file: string, text: string, lang: 'zh' | 'en' = 'zh'): ReportResult {
  const outline = parseOutline(text);
  const outcome = lintText(text, { lang });
  const ds = outcome.diagnostics;
  return {
    file, encoding: 'utf-8', profile: outcome.profile, year: outline.year, title: outline.title?.text ?? null, outline, indicators: [], diagnostics: ds,
    stats: { chars: text.length, lines: 1, sections: 0, items: 0, indicators: 0, errors: ds.filter((d) => d.severity === 'error').length, warnings: ds.filter((d) => d.severity === 'warning').length, infos: 0 },
  };
}

/** The text of the page as a browser would show it: tags out, entities back. */
function shown(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');
}

// A draft that quotes markup: pasted from a web page, or written by someone testing the tool.
const HOSTILE = '关于<script>alert(1)</script>的说明,以及"><img src=x onerror=alert(2)>等内容。\n一、工作情况\n本年度办理案件12件,同比增长5%。\n';
const hostileFile = 'reports/"><img src=x onerror=alert(3)>.txt';

describe('--format html (lint)', () => {
  const html = formatLintHtml({ reports: [lintResult(hostileFile, HOSTILE)], rules: RULES, lang: 'zh' }, new Map([[hostileFile, HOSTILE]]));

  it('writes report text and file names as text, never as markup', () => {
    expect(html).not.toMatch(/<script>alert/);
    expect(html).not.toMatch(/<img /);
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain('&quot;&gt;&lt;img src=x onerror=alert(2)&gt;');
    // The only script is the report's own, and there is one of it.
    expect(html.match(/<script>/g)).toHaveLength(1);
    expect(shown(html)).toContain(HOSTILE.slice(0, 40));
  });

  it('is one file that loads nothing: no src=, href= only to its own anchors', () => {
    expect(html).not.toMatch(/\bsrc="/);
    for (const [, href] of html.matchAll(/href="([^"]*)"/g)) expect(href).toMatch(/^#/);
    expect(html).toContain("default-src 'none'");
  });

  it('marks each finding in the text and lists it with its place and fix', () => {
    // The half-width comma after 说明 is marked where it stands, and its fix offered.
    expect(html).toMatch(/的说明<\/mark><span id="r0-f\d+"><\/span><mark class="error"[^>]*data-ks="[^"]*error:half-width-punctuation"[^>]*>,<\/mark>/);
    expect(html).toMatch(/案件12件<span id="r0-f\d+"><\/span><mark class="error"[^>]*data-ks="error:half-width-punctuation">,<\/mark>同比/);
    expect(html).toContain('改为「，」');
    expect(html).toContain('第1行第');
  });

  it('lists the outline as links to its headings', () => {
    expect(html).toMatch(/<a href="#r0-s1">一、工作情况<\/a>/);
    expect(html).toMatch(/\n<span id="r0-s1"><\/span>一、工作情况/);
  });

  it('has a print stylesheet and a one-column layout for phones', () => {
    expect(html).toContain('@media print');
    expect(html).toMatch(/@media \(max-width:760px\)\{[^@]*\.layout,\.pair\{grid-template-columns:1fr\}/);
  });

  it('speaks English with lang en', () => {
    const en = formatLintHtml({ reports: [lintResult('a.txt', HOSTILE, 'en')], rules: RULES, lang: 'en' }, new Map([['a.txt', HOSTILE]]));
    expect(en).toContain('<html lang="en">');
    expect(en).toContain('Findings');
    expect(en).toContain('change to “，”');
    expect(en).not.toContain('问题</h3>');
  });

  it('lists every finding of the seed once', () => {
    const text = readFileSync(SEED, 'utf8');
    const report = lintResult('seed.txt', text);
    const seed = formatLintHtml({ reports: [report], rules: RULES, lang: 'zh' }, new Map([['seed.txt', text]]));
    expect(seed.match(/<li class="(?:error|warning|info)"/g)).toHaveLength(report.diagnostics.length);
    expect(shown(seed.slice(seed.indexOf('<div class="text"'), seed.indexOf('<aside'))).replace(/^正文|^\s+/, '')).toContain(text.slice(0, 200));
  });
});

describe('markedText', () => {
  it('nests nothing across overlapping marks and keeps the text whole', () => {
    const text = 'a<b>c&d';
    const out = markedText(text, [
      { start: 1, end: 4, cls: 'warning', id: 'x', title: 'w' },
      { start: 2, end: 6, cls: 'error', id: 'y', title: 'e' },
    ]);
    expect(shown(out)).toBe(text);
    expect(out).toContain('<mark class="error" title="w\ne"');
    expect(out.match(/<mark/g)).toHaveLength(3);
  });

  it('pins a finding of no length at its place', () => {
    expect(markedText('标题', [{ start: 0, end: 0, cls: 'warning', id: 'p', title: '缺少标题' }])).toMatch(/^<span class="pin warning" id="p"/);
  });

  it('escapes quotes for attributes', () => expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;'));
});

describe('--format html (extract, diff)', () => {
  const seedText = readFileSync(SEED, 'utf8');
  const oldPath = SEED.replace('2025-chengzhong-fazhi.txt', 'diff/2024-chengzhong-fazhi.txt');
  const oldText = readFileSync(oldPath, 'utf8');

  it('extract: a sortable table whose every row links to its figure marked in the text', () => {
    const outline = parseOutline(HOSTILE);
    const indicators = extractIndicators(HOSTILE, outline);
    const html = formatExtractHtml([{ file: hostileFile, encoding: 'utf-8', format: 'text', year: null, title: null, indicators }], new Map([[hostileFile, HOSTILE]]), 'zh');
    expect(indicators.length).toBeGreaterThan(0);
    expect(html).not.toMatch(/<img |<script>alert/);
    expect(html.match(/<tbody>[\s\S]*<\/tbody>/)?.[0].match(/<tr>/g)).toHaveLength(indicators.length);
    expect(html).toContain('data-sortable');
    for (let i = 0; i < indicators.length; i++) expect(html).toContain(`<span id="r0-i${i}"></span><mark class="ind"`);
    expect(html).toMatch(/<mark class="ind"[^>]*>12件<\/mark>/);
  });

  it('diff: the changes charted and tabled, both texts with the changed figures marked', () => {
    const input = (text: string) => {
      const outline = parseOutline(text);
      return { text, outline, indicators: extractIndicators(text, outline) };
    };
    const diff = diffReports(input(oldText), input(seedText));
    const output = { schemaVersion: 1, command: 'diff', old: { file: 'old.txt', encoding: 'utf-8', format: 'text' }, new: { file: 'new.txt', encoding: 'utf-8', format: 'text' }, diff } as unknown as DiffOutput;
    const html = formatDiffHtml(output, { old: oldText, new: seedText }, 'zh');
    const changed = diff.indicators.changed.length;
    expect(changed).toBeGreaterThan(0);
    // One bar per change with a relative size, largest first.
    const bars = [...html.matchAll(/<span class="num (?:up|down)">([+-][\d.]+)%<\/span><\/div>/g)].map((m) => Number(m[1]));
    expect(bars.length).toBe(diff.indicators.changed.filter((p) => p.change?.relative != null).length);
    expect(bars).toEqual([...bars].sort((a, b) => b - a));
    expect(html.match(/<mark class="changed"/g)?.length).toBeGreaterThanOrEqual(2 * changed);
    const en = formatDiffHtml(output, { old: oldText, new: seedText }, 'en');
    expect(en).toContain('Changed indicators');
  });
});

describe('the diff side by side, part by part', () => {
  const neu = readFileSync(SEED, 'utf8');
  const old = readFileSync(SEED.replace('2025-chengzhong-fazhi.txt', 'diff/2024-chengzhong-fazhi.txt'), 'utf8');
  const rows = sideBySideRows({ text: old, outline: parseOutline(old) }, { text: neu, outline: parseOutline(neu) });
  const first = (text: string, block: { start: number; end: number } | null) => (block ? text.slice(block.start, block.end).split(/[，,。]/)[0] : null);

  it('shows each report whole and once (here no part moved, so in its order)', () => {
    for (const [text, side] of [[old, 'old'], [neu, 'new']] as const) {
      const blocks = rows.flatMap((r) => (r[side] ? [r[side]] : []));
      expect(blocks.map((b) => text.slice(b.start, b.end)).join('')).toBe(text);
    }
  });

  it('pairs a renumbered part with its old self, and sets a new part beside nothing', () => {
    const pairs = rows.map((r) => [first(old, r.old), first(neu, r.new)]);
    expect(pairs).toContainEqual(['(二)深化重点领域改革', '(三)深化重点领域改革']);
    expect(pairs).toContainEqual([null, '(二)完善依法行政制度']);
  });
});
