import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import { shape } from '../support/outline.js';

// Reports as offices and newspapers typeset them, in our own words: parts with no numbers,
// paragraphs indented with EM SPACE, a glossary at the end, list numbers before figures.
describe('parts of a report that carry no number', () => {
  const unnumbered = [
    '2026年某市政府工作报告',
    '各位代表：',
    '现在，我代表市人民政府，向大会报告工作，请予审议。',
    '2025年工作回顾',
    '过去一年，全市地区生产总值增长5.6%。',
    '（一）稳住经济基本盘。新开工项目320个。',
    '（二）办好民生实事。新增城镇就业4.1万人。',
    '2026年工作安排',
    '今年发展主要预期目标是：地区生产总值增长5.5%左右。',
    '（一）扩大有效投资。实施重点项目260个。',
    '（二）提振消费。',
    '（三）兜牢民生底线。',
    '加强政府自身建设',
    '（一）坚持依法行政。',
    '各位代表！让我们勠力同心，奋发有为。',
    '名词解释',
    '1.“两新”：是指大规模设备更新和消费品以旧换新。',
    '2.3个示范区：是指省里确定的三个先行示范区。',
    '3.“一网通办”：是指政务服务一个网络办理。',
  ].join('\n');

  it('reads a bare 2025年工作回顾 line as a top-level part, each with its own （一） list', () => {
    const outline = parseOutline(unnumbered);
    expect(shape(outline.sections)).toEqual([
      '2025年工作回顾 @4',
      '  （一）稳住经济基本盘 @6',
      '  （二）办好民生实事 @7',
      '2026年工作安排 @8',
      '  （一）扩大有效投资 @10',
      '  （二）提振消费 @11',
      '  （三）兜牢民生底线 @12',
      '加强政府自身建设 @13',
      '  （一）坚持依法行政 @14',
      '名词解释 @16',
    ]);
    expect(outline.sections.map((s) => s.style)).toEqual(['part', 'part', 'part', 'annex']);
  });

  it('takes no figure from a glossary, and no list number for a decimal', () => {
    const outline = parseOutline(unnumbered);
    const figures = extractIndicators(unnumbered, outline).map((i) => i.text);
    expect(figures).toContain('4.1万人');
    expect(figures.some((f) => f.startsWith('2.3') || f === '3个')).toBe(false);
  });

  it('takes the line under a bare 第一部分 as its title, when it is a phrase and not numbered', () => {
    const text = [
      '滨江县水利局2024年工作总结和2025年工作打算',
      '第一部分',
      '2024年工作总结',
      '一、水利建设提速',
      '全年完成水利投资3.2亿元。',
      '第二部分',
      '2025年工作打算',
      '2025年，我局将重点抓好以下工作：',
      '一、加快工程建设',
      '第三部分',
      '一、保障措施',
      '第四部分',
      '全年计划投资4亿元，其中中央资金1.5亿元。',
    ].join('\n');
    const outline = parseOutline(text);
    expect(shape(outline.sections)).toEqual([
      '第一部分2024年工作总结 @2',
      '  一、水利建设提速 @4',
      '第二部分2025年工作打算 @6',
      '  一、加快工程建设 @9',
      '第三部分 @10',
      '  一、保障措施 @11',
      '第四部分 @12',
    ]);
  });

  it('reads 第一部分 and 第二部分 as numbered parts, each with its own 一、 list', () => {
    const text = [
      '滨江县2024年工作总结和2025年工作打算',
      '第一部分　2024年工作情况',
      '一、主要举措',
      '全年办理案件90件。',
      '二、存在的问题',
      '第二部分 2025年工作打算',
      '一、总体思路',
      '第三部分',
      '附：第一部分所列数据均为快报数。',
    ].join('\n');
    const outline = parseOutline(text);
    expect(shape(outline.sections)).toEqual([
      '第一部分2024年工作情况 @2',
      '  一、主要举措 @3',
      '  二、存在的问题 @5',
      '第二部分2025年工作打算 @6',
      '  一、总体思路 @7',
      '第三部分 @8',
    ]);
    expect(outline.sections.map((s) => [s.style, s.ordinal, s.title])).toEqual([
      ['part', 1, '2024年工作情况'],
      ['part', 2, '2025年工作打算'],
      ['part', 3, ''],
    ]);
  });

  it('reads 01｜ as a WeChat article numbers its parts, but no table row', () => {
    const text = [
      '滨江街道2024年法治政府建设年度报告',
      '01｜2024年法治政府建设主要举措和成效',
      '一是依法履职更加规范。',
      '02 | 存在的不足和原因',
      '03｜2025年工作打算',
      '1|张三|司法所|所长',
    ].join('\n');
    const outline = parseOutline(text);
    expect(outline.sections.map((s) => [s.style, s.marker, s.ordinal, s.title])).toEqual([
      ['part', '01｜', 1, '2024年法治政府建设主要举措和成效'],
      ['part', '02 |', 2, '存在的不足和原因'],
      ['part', '03｜', 3, '2025年工作打算'],
    ]);
  });

  it('does not take a title line, running text or a byline for a part', () => {
    const text = [
      '2025年工作要点',
      '一、总体要求',
      '全年工作安排如下，重点工作任务分解到各部门。',
      '区长 王某某',
      '二、重点任务',
    ].join('\n');
    const outline = parseOutline(text);
    expect(outline.title?.text).toBe('2025年工作要点');
    expect(shape(outline.sections)).toEqual(['一、总体要求 @2', '二、重点任务 @5']);
  });

  it('numbers annexes and keeps their sections apart from the body', () => {
    const text = [
      '一、主要工作',
      '（一）完善制度。',
      '二、下一步打算',
      '附件1',
      '（一）全区行政复议案件统计表',
      '附件2 名词解释',
      '1.府院联动：是指政府与法院的协作机制。',
    ].join('\n');
    const outline = parseOutline(text);
    expect(shape(outline.sections)).toEqual([
      '一、主要工作 @1',
      '  （一）完善制度 @2',
      '二、下一步打算 @3',
      '附件1 @4',
      '  （一）全区行政复议案件统计表 @5',
      '附件2名词解释 @6',
    ]);
    expect(outline.sections.slice(2).map((s) => [s.style, s.ordinal])).toEqual([['annex', 1], ['annex', 2]]);
  });
});

describe('indentation and list numbers as typeset', () => {
  it('finds headings indented with EM SPACE, EN SPACE or a zero-width space', () => {
    const text = ['某县2025年法治政府建设年度报告', '\u2003\u2003一、主要举措', '\u2002\u2002（一）健全制度。', '\u200b二、存在的问题', '\u3000\u3000三、下一步计划'].join('\n');
    expect(shape(parseOutline(text).sections)).toEqual([
      '一、主要举措 @2',
      '  （一）健全制度 @3',
      '二、存在的问题 @4',
      '三、下一步计划 @5',
    ]);
  });

  it('reads 3．10种 and 4.2025年 at a line start as the next item of the running list', () => {
    const text = [
      '一、重点工作',
      '1.深化改革。',
      '2.扩大开放。',
      '3．10种常用证明实行告知承诺。',
      '4.2025年底前完成清理。',
      '二、保障措施',
    ].join('\n');
    const outline = parseOutline(text);
    expect(shape(outline.sections)).toEqual([
      '一、重点工作 @1',
      '  1.深化改革 @2',
      '  2.扩大开放 @3',
      '  3．10种常用证明实行告知承诺 @4',
      '  4.2025年底前完成清理 @5',
      '二、保障措施 @6',
    ]);
    const figures = extractIndicators(text, outline).map((i) => [i.text, i.value]);
    expect(figures).toEqual([['10种', 10]]);
  });

  it('keeps a decimal a decimal where no list runs', () => {
    const text = ['一、主要指标', '1.5亿元用于基础设施建设，当年全部拨付。'].join('\n');
    const outline = parseOutline(text);
    expect(shape(outline.sections)).toEqual(['一、主要指标 @1']);
    expect(extractIndicators(text, outline).map((i) => i.text)).toEqual(['1.5亿元']);
  });
});

describe('the year of a report without a title', () => {
  it('is the year after the one its first part reviews', () => {
    const text = ['各位代表：', '2024年是不平凡的一年。', '一、2024年工作回顾', '全年地区生产总值增长5%。', '二、2025年工作安排'].join('\n');
    expect(parseOutline(text).year).toBe(2025);
  });

  it('is the title year when there is a title', () => {
    const text = ['某省2025年政府工作报告', '一、2024年工作回顾', '二、2025年工作安排'].join('\n');
    expect(parseOutline(text).year).toBe(2025);
  });
});

describe('ordinals that are nouns', () => {
  it('reads 第一、第三产业 and 第一、第二轮 as nouns, not the enumerator 第一、', () => {
    const text = ['一、产业发展', '第一、第三产业增加值分别增长3.1%和5.2%。第一、第二轮督察整改全部完成。第二、三产业比重提高。'].join('\n');
    expect(shape(parseOutline(text).sections)).toEqual(['一、产业发展 @1']);
  });

  it('still reads 第一、 before a point as an enumerator', () => {
    const text = ['一、主要做法', '第一、加强组织领导。第二、完善制度机制。'].join('\n');
    expect(shape(parseOutline(text).sections)).toEqual(['一、主要做法 @1', '  第一、加强组织领导 @2', '  第二、完善制度机制 @2']);
  });
});

describe('as web pages and old transcriptions set them', () => {
  it('reads a title whose link text broke onto a line of its own', () => {
    const text = ['\u200b', '政府工作报', '告', '——2026年3月5日在某届人民代表大会上', '各位代表：', '一、2025年工作回顾'].join('\n');
    const outline = parseOutline(text);
    expect(outline.title?.text).toBe('政府工作报告');
    expect(outline.title?.span.start.line).toBe(2);
    expect(outline.title?.span.end.line).toBe(3);
  });

  it('ends the body at 附注： and reads its 1、 2、 entries as notes, not headings', () => {
    const text = ['一、2025年工作回顾', '（一）稳增长。', '二、2026年主要任务', '附注：', '1、“两新”：大规模设备更新和消费品以旧换新。', '2、“两重”：国家重大战略实施和重点领域安全能力建设。'].join('\n');
    expect(shape(parseOutline(text).sections)).toEqual(['一、2025年工作回顾 @1', '  （一）稳增长 @2', '二、2026年主要任务 @3', '附注： @4']);
  });
});
