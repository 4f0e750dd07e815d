import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.js';
import { markdownStructure } from '../../src/read/markdown.js';
import { fixture, shape } from '../support/outline.js';

describe('Markdown reports', () => {
  it('takes # headings, ignores code and HTML, and makes a lone # title the report title', async () => {
    const text = fixture('outline/markdown.md');
    const outline = parseOutline(text, { markdown: await markdownStructure(text) });
    expect(outline.title?.text).toBe('某区2025年法治政府建设工作报告');
    expect(outline.year).toBe(2025);
    expect(shape(outline.sections)).toEqual([
      '一、工作进展情况 @5',
      '  （一）提高政府履职能力 @7',
      '    一是强化政治引领 @9',
      '    二是强化法治督察 @9',
      '  （二）完善依法行政制度 @17',
      '二、存在的问题及原因 @19',
      '##下一步工作思路 @21',
    ]);
    const plain = outline.sections.at(-1);
    expect(plain).toMatchObject({ style: 'markdown', ordinal: null, level: 1 });
  });
});

describe('titles in Markdown', () => {
  it('a numbered item set in bold has its words as its title, without the marks or the space after the marker', async () => {
    const text = '# 某市商务局2025年工作总结\n\n## 二、2026年工作打算\n\n1. **提振消费**。开展促消费活动120场。\n2. __扩大开放__。外贸进出口总额增长5%。\n';
    const outline = parseOutline(text, { markdown: await markdownStructure(text) });
    const items = outline.sections[0]?.children ?? [];
    expect(items.map((s) => s.title)).toEqual(['提振消费', '扩大开放']);
    expect(text.slice(items[0]!.titleSpan.start.offset, items[0]!.titleSpan.end.offset)).toBe('提振消费');
  });
});
