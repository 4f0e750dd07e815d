import { describe, expect, it } from 'vitest';
import { lintReport } from '../../src/check/lint.js';
import { readWord } from '../../src/document/read.js';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import { numberedReport } from '../support/word.js';

/** What the pipeline makes of a text: its outline, figures and findings, without offsets' objects. */
function pipeline(text: string) {
  const outline = parseOutline(text);
  const indicators = extractIndicators(text, outline);
  const { diagnostics } = lintReport({ text, outline, indicators, lang: 'zh' });
  const sections: string[] = [];
  const walk = (nodes: typeof outline.sections, depth: number) => {
    for (const s of nodes) {
      sections.push(`${'  '.repeat(depth)}${s.marker}${s.title}`);
      walk(s.children, depth + 1);
    }
  };
  walk(outline.sections, 0);
  return {
    title: outline.title?.text ?? null,
    sections,
    indicators: indicators.map((i) => ({ label: i.label, value: i.value, unit: i.unit, section: i.sectionPath })),
    diagnostics: diagnostics.map((d) => `${d.ruleId} ${d.start}-${d.end} ${d.message}`),
  };
}

describe('a Word file with automatic numbering, a table and tracked changes', () => {
  it('outlines, extracts and lints as its typed twin does', async () => {
    const { bytes, typed } = await numberedReport();
    const word = pipeline(readWord(bytes).text);
    const twin = pipeline(typed);
    expect(word).toEqual(twin);
    // The outline is the one the numbering shows, and the table's figures are labelled by row.
    expect(word.sections).toContain('一、主要举措和成效');
    expect(word.sections).toContain('    1.推进合法性审查全覆盖');
    expect(word.sections.some((s) => s.trim() === '三、2026年工作安排')).toBe(true);
    expect(word.indicators.find((i) => i.value === 135)?.label).toContain('行政复议');
  });
});
