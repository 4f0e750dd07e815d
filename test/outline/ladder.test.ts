import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.js';
import { fixture, shape } from '../support/outline.js';

describe('heading ladder of GB/T 9704', () => {
  it('nests 一、 → （一） → 1． → （1） with full-width marks, and 第一， items', () => {
    const outline = parseOutline(fixture('outline/ladder-fullwidth.txt'));
    expect(outline.title?.text).toBe('某县司法局2024年法治政府建设年度报告');
    expect(outline.year).toBe(2024);
    expect(outline.preamble?.start.line).toBe(3);
    expect(shape(outline.sections)).toEqual([
      '一、主要工作和成效 @4',
      '  （一）加强党的领导 @5',
      '    1．健全制度 @6',
      '      （1）议事规则 @7',
      '      （2）决策程序 @8',
      '    2．强化落实 @9',
      '  （二）推进依法行政 @10',
      '二、存在的不足和原因 @11',
      '三、下一步工作安排 @13',
      '  第一，加强学习 @14',
      '  第二，完善制度 @14',
      '  第三，强化监督 @14',
    ]);
  });

  it('takes 第三 back to the level of 第一、第二 after numbered points that detailed 第二', () => {
    const text = [
      '一、主要做法和成效',
      '第一，全面提升依法行政能力。市政府常务会议学法4次。',
      '第二，持续优化法治化营商环境。',
      '1. 深化“放管服”改革。',
      '2. 全市新增市场主体4.82万户。',
      '第三，严格规范公正文明执法。',
      '（一）一个新的部分',
      '第一，另起的列举从头开始。',
      '第二，接续本部分的列举。',
      '二、存在的问题',
    ].join('\n');
    expect(shape(parseOutline(text).sections)).toEqual([
      '一、主要做法和成效 @1',
      '  第一，全面提升依法行政能力 @2',
      '  第二，持续优化法治化营商环境 @3',
      '  1.深化“放管服”改革 @4',
      '  2.全市新增市场主体4.82万户 @5',
      '  第三，严格规范公正文明执法 @6',
      '  （一）一个新的部分 @7',
      '    第一，另起的列举从头开始 @8',
      '    第二，接续本部分的列举 @9',
      '二、存在的问题 @10',
    ]);
  });

  it('reads half-width brackets, 1. and 1、 and ends a title at a half-width colon', () => {
    const outline = parseOutline(fixture('outline/ladder-halfwidth.txt'));
    expect(outline.title).toBeNull();
    expect(shape(outline.sections)).toEqual([
      '一、主要工作 @1',
      '  (一)完善制度机制 @2',
      '    1.规范决策 @3',
      '      (1)合法性审查 @4',
      '      (2)集体讨论 @5',
      '    2、加强监督 @6',
      '  (二)推进执法规范化 @7',
      '二、下一步打算 @8',
    ]);
  });

  it('gives every node its style and ordinal as a number', () => {
    const [first] = parseOutline(fixture('outline/ladder-fullwidth.txt')).sections;
    expect(first).toMatchObject({ kind: 'heading', style: 'cn-comma', ordinal: 1, level: 1, id: '1' });
    const sub = first?.children[0]?.children[0];
    expect(sub).toMatchObject({ style: 'arabic-dot', marker: '1．', ordinal: 1, level: 3, id: '1.1.1' });
  });

  it('keeps numbering that skips or repeats as written', () => {
    const outline = parseOutline(fixture('outline/skipped.txt'));
    expect(outline.sections.map((s) => `${s.marker}${s.ordinal}`)).toEqual(['一、1', '三、3', '三、3']);
  });

  it('parses traditional characters', () => {
    const outline = parseOutline(fixture('outline/traditional.txt'));
    expect(outline.title?.text).toBe('某縣2025年法治政府建設年度報告');
    expect(shape(outline.sections)).toEqual([
      '一、工作進展情況 @2',
      '  （一）提高政府履職能力 @3',
      '    一是強化政治引領 @3',
      '    二是強化法治督察 @3',
      '二、存在的問題和原因 @4',
    ]);
  });

  it('a report with no numbering is all preamble', () => {
    const text = fixture('outline/no-headings.txt');
    const outline = parseOutline(text);
    expect(outline.sections).toEqual([]);
    expect(outline.title).toBeNull();
    expect(outline.preamble?.start.offset).toBe(0);
    expect(outline.preamble?.end.offset).toBe(text.trimEnd().length);
  });

  it('an empty text is a report with no sections', () => {
    expect(parseOutline('')).toEqual({ title: null, year: null, preamble: null, sections: [] });
  });
});

describe('what is not a heading', () => {
  it.each([
    ['2025年,城中区坚持以习近平法治思想为指导。'],
    ['1600余次纠纷得到调处。'],
    ['3.5万人参加了考试。'],
    ['1.2亿元用于基础设施。'],
    ['一、二级医院全覆盖。'],
    ['双随机、一公开全面推行。'],
  ])('%s', (line) => {
    expect(parseOutline(`一、工作情况\n${line}\n`).sections[0]?.children).toEqual([]);
  });

  it('一是 inside a word (统一是, 唯一是) is not an item', () => {
    const outline = parseOutline(fixture('outline/inline-items.txt'));
    expect(shape(outline.sections)).toEqual([
      '一、工作情况 @1',
      '  一是健全机制 @2',
      '  二是强化培训 @2',
      '  三是加强宣传 @2',
      '二、存在的问题 @4',
      '  第一，力量不足 @5',
      '  第二，经费紧张 @5',
    ]);
  });

  it('an item list inside body text is never a top-level section', () => {
    const outline = parseOutline('一、工作情况\n主要做法：一是强化领导；二是完善制度。\n');
    expect(outline.sections).toHaveLength(1);
    expect(outline.sections[0]?.children.map((c) => c.kind)).toEqual(['item', 'item']);
  });
});

describe('titles that share their line with the body', () => {
  it('ends the title at the first 。 and leaves the rest as body', () => {
    const text = '一、工作进展情况\n(一)提高政府履职能力,推动经济社会发展。一是强化政治引领。区委调研18次。\n';
    const sub = parseOutline(text).sections[0]?.children[0];
    expect(sub?.title).toBe('提高政府履职能力,推动经济社会发展');
    expect(text.slice(sub?.titleSpan.start.offset, sub?.titleSpan.end.offset)).toBe(sub?.title);
    expect(sub?.children.map((c) => c.title)).toEqual(['强化政治引领']);
  });

  it('finds run-in 一、 headings in scraped text without line breaks and keeps titles short', () => {
    const text = '各位代表：现在，我代表国务院作报告。一、2013年工作回顾过去一年是本届政府依法履职的第一年，任务艰巨。二、2014年工作总体部署2014年，我国面临的形势依然错综复杂，有利条件和不利因素并存。';
    const outline = parseOutline(text);
    expect(outline.sections.map((s) => s.title)).toEqual(['2013年工作回顾', '2014年工作总体部署']);
  });

  it('an enumerator after a comma opens a list too, and the item before ends at that comma', () => {
    const text = '一、主要举措和成效\n局长履行第一责任人职责，一是带头学法，全年学法12次；二是亲自部署。\n（一）完善制度。一是强化学法，二是严格执法。\n';
    expect(shape(parseOutline(text).sections)).toEqual([
      '一、主要举措和成效 @1',
      '  一是带头学法，全年学法12次 @2',
      '  二是亲自部署 @2',
      '  （一）完善制度 @3',
      '    一是强化学法 @3',
      '    二是严格执法 @3',
    ]);
  });
});
