/**
 * The lines a government web page puts around a report, when they come along with its text (a
 * page saved as text, an article container that holds them): the page's fields (发布时间：…
 * 来源：… 浏览次数：), its breadcrumb (当前位置：首页 > 政务公开) and its tool bar (【字体：大 中 小】
 * 打印本页 关闭窗口). The drafter wrote none of them, so no wording or punctuation rule looks
 * into them. Declarative: a site's new field or button is a word in a list.
 */
import { LineBreaks } from './line-breaks.js';
import { lazyRegExp } from './numerals.js';
import { endsWithEmptyField, fieldCount, nothingOrField, opensWithField, opensWithFieldCell } from './page-field.js';

/** The buttons and switches of a page's tool bar. */
const TOOLS = [
  '打印本页', '打印本文', '打印', '关闭窗口', '关闭本页', '关闭', '收藏', '分享到', '分享', '返回顶部', '返回',
  '字体', '字号', '默认', '简体', '繁体', '无障碍阅读', '无障碍', '长者版', '关怀版', '设为首页', '加入收藏',
  '上一篇', '下一篇', '扫一扫', '登录', '注册', '网站支持IPv6', '本站支持IPv6', '点赞', '在看', '长者模式', '大', '中', '小',
];

/** The menu of a site's navigation bar (网站首页 政务公开 政务服务 互动交流 走进某某). */
const MENU = [
  '网站首页', '首页', '政务公开', '信息公开', '政府信息公开', '政务服务', '办事服务', '政民互动', '互动交流', '公众参与',
  '数据开放', '新闻中心', '新闻动态', '要闻动态', '专题专栏', '网站地图', '走进[\\u4e00-\\u9fff]{2,4}',
];
// Three menu entries make a navigation bar; fewer may be words of a sentence.
const MENU_ENTRIES = 3;

// A line of the page is short and holds no sentence.
const MAX_LINE = 200;
const SENTENCE = /[。；！？]/;

/** A line of the text, [start, end), without its break. */
export interface LineRange {
  start: number;
  end: number;
}

let patterns: {
  cue: RegExp;
  tools: RegExp;
  breadcrumb: RegExp;
  trail: RegExp;
  stamp: RegExp;
  header: RegExp;
  regionTag: RegExp;
  pieces: RegExp;
  menu: RegExp;
} | null = null;

// Built on first use: most texts have no page around them, and most runs ask nothing of it.
function chromePatterns() {
  if (patterns) return patterns;
  // Longest first, so that 字体大小 is read whole and not as 字体 and the rest.
  const byLength = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');
  const tools = byLength(TOOLS.filter((t) => t.length > 1));
  patterns = {
    // Where a page line may be: the words that open or make one.
    // Every field is written before a colon or in a table's cell: the marks stand for the names,
    // which would make this pattern, compiled on the first short line, as large as all of them.
    cue: new RegExp(`[:：|｜>＞»\\t]|${tools}|首页|星期|篇|阅读|浏览|点击量|小编|为大家|供大家|登录|欢迎|${FOOTER.source}|${MENU.join('|')}|\\d{4}[-/]\\d`),
    // Nothing but buttons, brackets, bars and spaces (and 大 中 小 of a font-size switch).
    tools: new RegExp(`^(?:${byLength(TOOLS)}|[\\s【】\\[\\]|｜/:：•·-])+$`),
    breadcrumb: /^[\s\u3000]*(?:您?(?:当前|现在)?(?:所在|所处)?的?位置\s*[:：]\s*)?首页\s*[>＞»→]/,
    // A trail of three places or more from the site's name (某某范文网 > 工作总结 > 正文):
    // each step holds no separator, so the steps are read one way only.
    trail: /^[^。，；>＞»“”]{0,16}(?:网|网站|大全|首页|主页|频道)[\s\u3000]*(?:[>＞»][^。，；>＞»“”]{1,20}){2,}$/,
    // A time stamp alone, or with the page's fields after it (2023/8/7 23:36:09 点击：): the stamp,
    // and nothingOrField the rest.
    stamp: /^[\s\u3000]*\d{4}[-/]\d{1,2}[-/]\d{1,2}(?:[\s\u3000]+\d{1,2}:\d{2}(?::\d{2})?)?[\s\u3000]*/,
    // The site's header: its name and today's date with the weekday (某某区人民政府 2019年12月3日星期二).
    header: /^[^。；！？]{0,40}\d{4}年\d{1,2}月\d{1,2}日[\s\u3000]*(?:星期|周)[一二三四五六日天]/,
    // A collecting site's tag of the province before a report's title: (湖南省)滨江市……报告.
    regionTag: /^[\s\u3000]*[(（][\u4e00-\u9fff]{2,8}?(?:省|自治区|市)[)）](?=[\u4e00-\u9fff][^。；！？]*(?:报告|总结)[\s\u3000]*$)/,
    // A sample-text site's count of the versions or of the characters after a title: ……工作总结(2篇),
    // ……政府工作报告(全文18521字).
    pieces: new RegExp(`^[^。；，,]*(?:报告|总结|要点|汇报|情况|计划)(?:全文)?([(（](?:${VERSIONS}|(?:全文|共)\\d{1,6}字)[)）][\\s\\u3000]*)$`),
    // An entry of the menu, set off by spaces or bars.
    menu: new RegExp(`(?:^|[\\s\\u3000|｜])(?:${MENU.join('|')})(?=[\\s\\u3000|｜]|$)`, 'g'),
  };
  return patterns;
}

// A version a sample-text site offers (篇一, 篇2), and its count after a headline (通用3篇).
const VERSION = '篇[0-9一二三四五六七八九十]{1,2}';
const VERSIONS = '(?:通用|精选|优选|热门|推荐)?[0-9一二三四五六七八九十]{1,2}篇';

// A sample-text site's own lines around a report it reposts: its note (下面是小编为大家整理的……，
// 供大家参考。) and the numbers of the versions it offers (篇一 …, … 篇2).
// A site that keeps the rest for members says so (阅读全部图文内容，您需要先登录！).
const FARM_NOTE = /小编|为大家(?:整理|收集|精选|准备)|供大家(?:参考|借鉴|学习)|(?:需要|请)先登录|登录后(?:阅读|查看|下载)|阅读全部(?:图文)?内容|^[\s\u3000]*导语[:：]/;
// The label of a version before its own title (篇一：某某镇2019年……报告).
const PIECE_LABEL = lazyRegExp(() => `^[\\s\\u3000]*${VERSION}[:：][\\s\\u3000]*`);
// A sample-text site's headline over the versions it offers (……工作报告范文, ……（通用3篇）).
const SITE_HEADLINE = lazyRegExp(() => `(?:范文|范文大全|范例|[(（]${VERSIONS}[)）])[\\s\\u3000]*$`);

/** The length of a version's label at the start of a line (篇一：), 0 if none. */
export function pieceLabelLength(line: string): number {
  return PIECE_LABEL().exec(line)?.[0].length ?? 0;
}

/** Whether a title line is a sample-text site's headline over the reports it offers. */
export function isSiteHeadline(line: string): boolean {
  return SITE_HEADLINE().test(line);
}
const FARM_PIECE = lazyRegExp(() => `^[\\s\\u3000]*${VERSION}(?:[\\s\\u3000]|$)|[\\s\\u3000]${VERSION}[\\s\\u3000]*$`);

// A site's footer (版权所有 ©, 湘ICP备05001234号, 网站标识码) and a WeChat article's header and
// end (发表于四川, 长按二维码关注我们, 点击蓝字).
const FOOTER = /ICP备|公网安备|网站标识码|版权所有|Copyright|©|二维码|关注我们|点击蓝字|点击上方|阅读原文|发表于|联系电话|联系我们|网站地图|本站第|位访客|[\u4e00-\u9fff]主办(?=[\s\u3000]|$)/;
// A publishing time within the line (原创　某某发布　2023-07-14 18:30　发表于四川).
const DATE_TIME = /\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)[\s\u3000]+\d{1,2}:\d{2}/;
// An article's bar of counters and buttons, a space or a colon before each figure (阅读 1862,
// 分享　收藏　赞 58　在看 37). At least one figure: buttons alone are TOOLS'.
const COUNTER = /^[\s\u3000]*(?:(?:阅读|浏览|阅读量|浏览量|点击量|点赞|赞|在看|分享|收藏|评论|留言)(?:[\s\u3000]*(?:[:：][\s\u3000]*)?[0-9][0-9,.]*(?:万|[wW])?\+?)?[\s\u3000]*)+$/;
// A header's greeting beside the site's switches (某某县人民政府 欢迎您！ 设为首页 加入收藏).
const WELCOME = /欢迎(?:您|访问)/;
const SITE_SWITCH = /设为首页|加入收藏|无障碍|长者版|关怀版|手机版|English|登录|注册/;

function isStamp(line: string, stamp: RegExp): boolean {
  const found = stamp.exec(line);
  return found !== null && nothingOrField(line, found[0].length);
}

/** Whether a line (without its line break) is one of a web page's, not the report's. */
export function isPageChromeLine(line: string): boolean {
  if (line.length > MAX_LINE) return false;
  if (FARM_NOTE.test(line) || FARM_PIECE().test(line)) return true;
  if (WELCOME.test(line) && SITE_SWITCH.test(line)) return true;
  if (SENTENCE.test(line)) return false;
  if (FOOTER.test(line) || DATE_TIME.test(line) || (COUNTER.test(line) && /[0-9]/.test(line))) return true;
  const p = chromePatterns();
  p.menu.lastIndex = 0;
  let entries = 0;
  while (p.menu.exec(line) && ++entries < MENU_ENTRIES);
  if (entries >= MENU_ENTRIES) return true;
  // A list's bullet or a table's bar may come first (- 索 引 号：, | 公开目录: | 工作报告 |).
  if (opensWithField(line) || p.breadcrumb.test(line) || p.trail.test(line) || isStamp(line, p.stamp) || p.header.test(line)) return true;
  // A field left empty at the end of a line, after the page's title (……年度报告 - 文号：), or a
  // table's row that opens with a field's cell, its colon optional (|标题|……|, | 发布机构 | 某某县 |,
  // 索 引 号⇥……⇥发布机构⇥……).
  if (endsWithEmptyField(line) || opensWithFieldCell(line)) return true;
  // Two fields, each at the line's start or after a space or a bracket: 资金来源： in a sentence is none.
  if (fieldCount(line, 2) >= 2) return true;
  // A tool bar names at least one button of two characters or more (a lone 中 is no tool bar).
  return p.tools.test(line) && /[\u4e00-\u9fff]{2}/.test(line.replace(/[\s【】[\]|｜/:：•·-]/g, ''));
}

/**
 * The page's lines in `text`, in order, and the parts of a line a collecting site put around the
 * report's title (a province tag before it, a count of versions after it). Lines are found by their breaks (native search) and only
 * the short ones are read: a report's paragraphs run far past MAX_LINE.
 */
export function pageChromeLines(text: string): LineRange[] {
  const out: LineRange[] = [];
  const { cue } = chromePatterns();
  const breaks = new LineBreaks(text);
  for (let start = 0; start < text.length; ) {
    const end = breaks.endOf(start);
    if (end - start <= MAX_LINE && end > start) {
      const line = text.slice(start, end);
      cue.lastIndex = 0;
      if (cue.test(line) && isPageChromeLine(line)) out.push({ start, end });
      else {
        const tag = chromePatterns().regionTag.exec(line);
        if (tag) out.push({ start, end: start + tag[0].length });
        const pieces = chromePatterns().pieces.exec(line);
        if (pieces) out.push({ start: end - (pieces[1] as string).length, end });
        const label = pieceLabelLength(line);
        if (label > 0) out.push({ start, end: start + label });
      }
    }
    start = breaks.nextStart(end);
  }
  return out;
}
