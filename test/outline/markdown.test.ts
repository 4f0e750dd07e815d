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
