import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.js';

// Reports as web pages carry them, in our own words: the page's lines above the title.
describe('the title of a report under a web page’s lines', () => {
  it('skips the page’s fields however many there are, and takes the year from the title', () => {
    const text = [
      '今天是:2021年3月29日 星期一',
      '当前位置：首页 > 政务公开 > 法治政府建设',
      '  • 索引号: 000123/2021-00001',
      '  • 主题分类: 法治政府建设',
      '发布机构: 滨江县人民政府 生成日期: 2021-03-20',
      '发布时间：2021-03-20 来源：县司法局 浏览次数：',
      '滨江县2020年法治政府建设情况报告',
      '2020年，滨江县统筹推进法治政府建设各项工作。',
      '一、主要举措和成效',
    ].join('\n');
    const outline = parseOutline(text);
    expect(outline.title?.text).toBe('滨江县2020年法治政府建设情况报告');
    expect(outline.year).toBe(2020);
  });

  it('prefers a title with its year to the site’s column name above it', () => {
    const text = ['工作报告', '您所在的位置:政务公开 > 工作报告', '滨江县2020年法治政府建设情况报告', '2020年，滨江县统筹推进法治政府建设。', '一、主要举措和成效'].join('\n');
    expect(parseOutline(text).title?.text).toBe('滨江县2020年法治政府建设情况报告');
  });

  it('keeps a title without a year when no line below names the report', () => {
    const text = ['政府工作报告', '——2025年1月12日在滨江市第十六届人民代表大会第五次会议上', '滨江市人民政府市长 王某', '各位代表：', '一、2024年工作回顾'].join('\n');
    expect(parseOutline(text).title?.text).toBe('政府工作报告');
  });

  it('takes the title from the page’s 名称 field when no line of its own gives one', () => {
    const text = ['名 称: 滨江县2024年法治政府建设年度报告  发布日期: 2025-03-20', '2024年，滨江县统筹推进法治政府建设。', '一、主要举措和成效'].join('\n');
    expect(parseOutline(text).title?.text).toBe('滨江县2024年法治政府建设年度报告');
  });

  it('takes no year from a sample-text site’s note above the report', () => {
    const text = ['滨江市政府工作报告(全文8521字)', '下面是小编为大家整理的2023年滨江市政府工作报告，供大家参考。', '各位代表：', '现在，我代表市人民政府向大会报告工作。', '一、过去一年工作回顾'].join('\n');
    const outline = parseOutline(text);
    expect(outline.title?.text).toBe('滨江市政府工作报告(全文8521字)');
    expect(outline.year).toBeNull();
  });

  it('skips a page’s table rows, its tool bar and its breadcrumb written without spaces', () => {
    const text = [
      '| 无障碍 | | 注册 网站支持IPv6',
      '您当前位置: 首页>政务公开>法治政府建设',
      '| 公开目录: | 工作报告 |',
      '| 名称: | |||',
      '滨江县2024年法治政府建设年度报告',
      '2024年，滨江县统筹推进法治政府建设。',
      '一、主要举措和成效',
    ].join('\n');
    expect(parseOutline(text).title?.text).toBe('滨江县2024年法治政府建设年度报告');
  });

  it('reads a table row of the page’s fields, and takes the title from its 标题 cell', () => {
    const rows = ['|信息索引号|11450000MB0123456X/2025-00041|', '|发布机构|滨江县人民政府|', '| 标题 | 滨江县2024年法治政府建设年度报告 |'];
    const outline = parseOutline([...rows, '2024年，滨江县统筹推进法治政府建设。', '一、主要举措和成效'].join('\n'));
    expect(outline.title?.text).toBe('滨江县2024年法治政府建设年度报告');
    expect(outline.year).toBe(2024);
  });

  it('takes the title of the report a sample-text site offers, not the site’s headline over it', () => {
    const offered = [
      '某某范文网 > 工作总结 > 法治工作总结 > 正文',
      '乡镇2019年法治政府建设工作报告（通用2篇）',
      '发布者：小编整理　更新时间：2020-01-08',
      '导语：法治政府建设年度报告是各级政府向上级报告工作的重要文书。',
      '篇一：滨江镇2019年法治政府建设工作报告',
      '2019年，滨江镇统筹推进法治政府建设。',
    ];
    expect(parseOutline(offered.join('\n')).title?.text).toBe('滨江镇2019年法治政府建设工作报告');
    const sample = ['写作范文网　>　报告　>　工作报告', '2022年乡镇依法行政工作报告范文', '滨江镇人民政府2022年度依法行政工作报告', '2022年，镇政府坚持依法行政。'];
    expect(parseOutline(sample.join('\n')).title?.text).toBe('滨江镇人民政府2022年度依法行政工作报告');
  });

  it('reads a row of fields set apart by tabs, and a 标题 cell among them', () => {
    const rows = ['滨江经济开发区管理委员会', '设为首页 | 加入收藏 | 无障碍 | 长者模式', '索 引 号\tBJ-2025-00031\t发布机构\t滨江经济开发区管理委员会', '发文日期\t2025-01-27\t主题分类\t法治政府建设', '标　　题\t滨江经济开发区2024年度法治政府建设情况报告'];
    const outline = parseOutline([...rows, '【字体：大 中 小】【打印】【关闭】', '2024年，开发区统筹推进法治政府建设。'].join('\n'));
    expect(outline.title?.text).toBe('滨江经济开发区2024年度法治政府建设情况报告');
  });

  it('reads a title set in two lines, the issuer and the year over the kind of report', () => {
    const text = ['滨江省交通运输厅', '', '滨交法函〔2020〕6号', '', '滨江省交通运输厅关于2019年度', '法治政府建设情况的报告', '', '省司法厅：', '2019年，我厅深入推进依法行政。'].join('\n');
    const outline = parseOutline(text);
    expect(outline.title?.text.replace(/\s/g, '')).toBe('滨江省交通运输厅关于2019年度法治政府建设情况的报告');
    expect(outline.year).toBe(2019);
  });

  it('reads a year written in full-width digits', () => {
    expect(parseOutline(['滨江市交通运输局', '２０２３年法治政府建设工作报告', '２０２３年，我局统筹推进法治建设。'].join('\n')).year).toBe(2023);
  });

  it('takes no title from a page that gives none', () => {
    const text = ['发布时间：2025-03-20 来源：县司法局 浏览次数：', '2024年，滨江县统筹推进法治政府建设。', '一、主要举措和成效'].join('\n');
    expect(parseOutline(text).title).toBeNull();
  });
});

describe('the year a report is about', () => {
  it.each([
    ['按照《滨江县法治政府建设实施方案（2023—2027年）》要求，2024年，滨江县统筹推进法治政府建设。', 2024],
    ['对照规划（2021-2025年）目标任务，2024年，全县统筹推进法治政府建设。', 2024],
    ['2024年，滨江县统筹推进法治政府建设。', 2024],
  ])('%s → %i', (preamble, year) => {
    const text = ['滨江县法治政府建设情况报告', preamble, '一、主要举措和成效', '全年办理案件90件。'].join('\n');
    expect(parseOutline(text).year).toBe(year);
  });

  it('is not the end year of a plan named in the title', () => {
    const text = ['关于《滨江县法治政府建设规划（2021—2025年）》实施情况的报告', '2024年，滨江县统筹推进法治政府建设。', '一、主要举措和成效'].join('\n');
    expect(parseOutline(text).year).toBe(2024);
  });
});
