import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.js';
import { lintText } from '../support/lint.js';

// Lists of contents as they come with reports, in our own words: a web page's list of the
// report's parts above its title, a Word document's 目录 with dot leaders and page numbers.
describe('a list of the contents at the head of a report', () => {
  const page = [
    '一、2025年工作回顾',
    '二、2026年工作安排',
    '（一）扩大有效投资',
    '（二）提振消费',
    '三、加强政府自身建设',
    '2026年滨江县政府工作报告',
    '各位代表：',
    '一、2025年工作回顾',
    '过去一年，全县地区生产总值增长5.6%。',
    '二、2026年工作安排',
    '今年主要预期目标是：地区生产总值增长5.5%左右。',
    '（一）扩大有效投资',
    '实施重点项目260个。',
    '（二）提振消费',
    '举办促消费活动30场。',
    '三、加强政府自身建设',
    '坚持依法行政。',
  ].join('\n');

  it('is no part of the structure, and the title after it is found', () => {
    const outline = parseOutline(page);
    expect(outline.title?.text).toBe('2026年滨江县政府工作报告');
    expect(outline.sections.map((s) => s.title)).toEqual(['2025年工作回顾', '2026年工作安排', '加强政府自身建设']);
    expect(outline.sections[0]?.span.start.line).toBe(8);
  });

  it('draws no empty section, no restart and no missing title', () => {
    const ids = lintText(page).diagnostics.map((d) => d.ruleId);
    expect(ids.filter((id) => ['empty-section', 'heading-restart', 'title-missing'].includes(id))).toEqual([]);
  });

  it('is read with its dot leaders and page numbers (a Word document’s 目录)', () => {
    const word = ['滨江县2025年法治政府建设年度报告', '目  录', '一、主要举措和成效……………1', '二、存在的不足和原因……………5', '三、2026年工作安排……………7', '一、主要举措和成效', '全年办理案件90件。', '二、存在的不足和原因', '基层力量薄弱，主要是编制不足。', '三、2026年工作安排', '继续推进。'].join('\n');
    expect(parseOutline(word).sections.map((s) => s.span.start.line)).toEqual([6, 8, 10]);
  });

  it('is not taken from headings that are not listed again below', () => {
    // A draft of headings only, or parts whose bodies are still to be written: all are sections.
    const draft = ['一、主要举措和成效', '二、存在的不足和原因', '三、2026年工作安排', '全年办理案件90件。'].join('\n');
    expect(parseOutline(draft).sections).toHaveLength(3);
  });
});
