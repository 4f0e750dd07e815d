import { describe, expect, it } from 'vitest';
import { isPageChromeLine, pageChromeLines } from '../../src/text/page-chrome.js';

describe('a web page’s own lines', () => {
  it.each([
    '发布时间：2025年03月20日 10:05 来源：滨江县司法局 浏览次数：',
    '来源:滨江县人民政府办公室 发布时间:2025-03-20 10:05',
    '发布日期:2025-02-18      阅读次数:',
    '滨江县人民政府门户网站 www.example.gov.cn 时间:2025-03-20 来源:',
    '【字体：大 中 小】 打印本页 关闭窗口',
    '[ 打印本页 ] [ 关闭窗口 ]',
    '当前位置：首页 > 政务公开 > 法治政府建设',
    '首页 > 专题专栏 > 法治建设',
    '来源：滨江日报',
    // Field names spaced out to line up, a time stamp with a counter, the site's dated header.
    '名 称: 滨江县2024年法治政府建设工作报告',
    '索 引 号: 000123/2025-00001 发布日期: 2025-02-28 发布机构: 滨江县',
    '2024/8/7 23:36:09 点击:',
    '2025-03-20 10:05',
    '今天是:2025年3月20日 星期四',
    '滨江县人民政府 2025年3月20日星期四',
    '- 设为首页',
    '原文链接:点击查看源文件',
    // A list's bullet before the fields, a bare counter, the page's title with an empty field after it.
    '- 索 引 号: 000123/2025-00001 分 类: 法治政府建设',
    '阅读:0',
    '滨江县2024年法治政府建设年度报告 - 文号:',
    // A sample-text site's note and the numbers of the versions it offers.
    '下面是小编为大家整理的2024年法治政府建设工作报告，供大家参考。',
    '篇一 2024年滨江县政府工作报告全文3000字',
    '滨江县2024年度法治政府建设报告 篇2',
    '篇1',
    '  • 公文种类:',
    // Table rows of fields, a breadcrumb run together, a members-only note.
    '| 公开目录: | 工作报告 |',
    '| 名称: | |||',
    '您当前位置: 首页>政务公开>法治政府建设',
    '| 无障碍 | | 注册 网站支持IPv6',
    '(阅读全部图文内容,您需要先登录!)',
    // The footer, the navigation bar, the header's greeting, fields spaced by two full-width spaces.
    '主办单位：滨江县人民政府办公室　承办单位：滨江县大数据中心',
    '版权所有：滨江县人民政府　湘ICP备05001234号-1　网站标识码：4306000001',
    '版权所有 © 滨江县市场监督管理局',
    '湘公网安备 43062702000123号',
    '上一篇：2023年学校德育工作总结　下一篇：2023年教育系统安全工作总结',
    '滨江县人民政府网 首页 政务公开 政务服务 互动交流 走进滨江',
    '网站首页　政务公开　政务服务　政民互动　数据开放',
    '滨江县人民政府 欢迎您！　　设为首页　加入收藏　无障碍阅读',
    '文　　号：',
    // A WeChat article's header and end.
    '原创　滨江发布　滨江街道　2023-07-14 18:30　发表于四川',
    '滨江微家园　长按二维码关注我们',
    '分享　收藏　点赞　在看',
    // A sample-text site's trail of places, and its note before a report.
    '某某范文网 > 工作总结 > 法治工作总结 > 正文',
    '写作范文网　>　报告　>　工作报告',
    '导语：法治政府建设年度报告是各级政府向上级报告工作的重要文书。',
    // A WeChat article's dated header, a footer's issuer and telephone, a visitor counter, a row of
    // fields set apart by tabs, a switch for older readers.
    '滨江司法 2025年01月24日 18:02 湖北',
    '滨江区人民政府办公室主办　　联系电话：0512-65801234',
    '您是本站第 1826547 位访客',
    '索 引 号\tBJ-2025-00031\t发布机构\t滨江经济开发区管理委员会',
    '设为首页 | 加入收藏 | 无障碍 | 长者模式',
    // A WeChat article's counters, a space before each figure.
    '阅读 1862',
    '阅读 10万+　在看 236',
    '分享　收藏　赞 58　在看 37',
    // A document's byline of who drafted and checked it, a name spaced to three characters' width.
    '执笔：刘 洋　　核稿：陈志刚',
  ])('%s', (line) => expect(isPageChromeLine(line)).toBe(true));

  it.each([
    // The report's own words, though they name a source, a time or a button.
    '全县法律援助经费来源 主要是县级财政。',
    '资金来源：县级财政',
    '一、关闭落后产能 推进绿色发展',
    '按时间节点推进各项工作',
    '中',
    '2025年3月20日，县政府召开常务会议 专题研究法治政府建设',
    '2024-2025年度 工作安排',
    // A sentence is never the page's, whatever it starts with.
    '来源：县统计局。全年办理案件90件；',
    // A heading whose words end with a field's name, and a title with nothing empty after it.
    '二、工作时间：',
    '滨江县2024年法治政府建设年度报告',
    '全县累计办理行政复议案件36件（含简易程序12篇）。',
    '篇幅所限，不一一列举。',
    // A sentence that names a menu entry, an address or a greeting.
    '推进政务公开 政务服务标准化。',
    '深化政务公开和政务服务',
    '欢迎您提出宝贵意见！',
    '全县新增地址标识牌1200块',
    '按照“党委领导>政府负责>社会协同”的格局推进',
    '公布12345热线联系电话，畅通群众诉求渠道。',
    '由县司法局主办的法治讲座',
    // A sentence's words before a figure are no counter.
    '阅读推广活动 120场',
    '全年阅读量达到1.2万人次。',
    '收藏文物 58件',
  ])('not %s', (line) => expect(isPageChromeLine(line)).toBe(false));

  it('finds them among the report’s lines, with CR LF, CR and LF breaks', () => {
    const text = '滨江县2024年法治政府建设情况报告\r\n发布时间：2025-03-20 来源：县司法局\r2024年，滨江县统筹推进法治政府建设。\n打印本页 关闭窗口';
    const lines = pageChromeLines(text).map((r) => text.slice(r.start, r.end));
    expect(lines).toEqual(['发布时间：2025-03-20 来源：县司法局', '打印本页 关闭窗口']);
  });

  it('takes a collecting site’s province tag before the title, and nothing else of the line', () => {
    const text = '(湖南省)滨江市2024年法治政府建设年度报告\n（一）滨江市推进依法行政工作报告\n（2023—2027年）滨江市法治建设规划';
    expect(pageChromeLines(text).map((r) => text.slice(r.start, r.end))).toEqual(['(湖南省)']);
  });

  it('takes a sample-text site’s count of versions after the title', () => {
    const text = '滨江县2024年机关办公室工作总结(2篇)\n篇1\n全年印发文件（共3篇）';
    expect(pageChromeLines(text).map((r) => text.slice(r.start, r.end))).toEqual(['(2篇)', '篇1']);
  });

  it('reads no paragraph longer than a page line', () => {
    const long = `来源：${'全县统筹推进法治政府建设'.repeat(30)}`;
    expect(pageChromeLines(long)).toEqual([]);
  });
});
