/**
 * A web page's fields (发布时间：…, 索 引 号：…, | 公开目录: |): a field's name before its colon,
 * found by the name's place in the line and looked up in a set. These were regexes of every name
 * spelled every way it may be spaced, five of a few thousand characters each; V8 compiles a
 * pattern when it first runs it (~4 ms each), and a report's first short line with a colon (各位代表：)
 * ran them all: most of what linting a short draft cost. The functions below answer as those
 * patterns did (test/text/page-field holds them to the patterns on generated lines).
 */
import { charSet, isSpace, trimEndOffset, trimStartOffset } from './space.js';

/** Names of a page's fields, each written before a colon. */
export const FIELDS = [
  '发布时间', '发布日期', '发文日期', '成文日期', '更新时间', '时间', '日期', '来源', '信息来源', '文章来源',
  '稿件来源', '浏览次数', '阅读次数', '点击次数', '访问次数', '浏览量', '阅读量', '点击量', '作者', '编辑',
  '责任编辑', '发布机构', '发布单位', '发布人', '字号', '字体', '字体大小', '当前位置', '您所在的位置',
  '您当前的位置', '所在位置', '位置', '索引号', '信息索引号', '文号', '名称', '文件名称', '发文机关', '所属机构', '文件分类',
  '主题分类', '体裁分类', '公开目录', '公开形式', '公开日期', '公开时间', '关键词', '服务对象', '原文链接',
  '政策解读链接', '解读链接', '点击', '今天是', '分类', '信息分类', '组配分类', '标题', '发文字号', '主题词', '有效性',
  '阅读', '浏览', '访问量', '发布者', '生成日期', '公文种类', '文种', '主题', '体裁', '您当前位置', '您的位置',
  // The footer's and the article's end: who runs the site, and where to read on.
  '主办单位', '承办单位', '协办单位', '主办', '承办', '技术支持', '技术维护', '运行维护', '联系电话', '电话', '传真',
  '地址', '邮编', '电子邮箱', '网站标识码', '备案号', '版权所有', '上一篇', '下一篇', '相关阅读', '相关链接',
  '相关文章', '推荐阅读', '初审', '复审', '终审', '审核', '校对',
  // A document's own byline under its text: who drafted, checked and signed it.
  '执笔', '拟稿', '核稿', '签发', '联系人',
];

interface FieldNames {
  names: ReadonlySet<string>;
  /** The longest a name may be written, spaced out: its characters and a space between each two. */
  longest: number;
}

let fieldNames: FieldNames | null = null;

function names(): FieldNames {
  return (fieldNames ??= {
    names: new Set(FIELDS),
    longest: Math.max(...FIELDS.map((f) => (f.length === 2 ? 4 : 2 * f.length - 1))),
  });
}

const isPad = (c: number) => c === 0x20 || c === 0x3000;
const isColon = (c: number) => c === 0x3a || c === 0xff1a;
const isBar = (c: number) => c === 0x7c || c === 0xff5c;

/**
 * Whether line[from, to) is a field's name as written: its characters, with a space or an
 * ideographic space between two of them (up to two in a name of two characters, spaced out to the
 * width of four: 文　　号).
 */
function isName(line: string, from: number, to: number): boolean {
  const { names: set, longest } = names();
  if (to - from > longest || to <= from || isPad(line.charCodeAt(from)) || isPad(line.charCodeAt(to - 1))) return false;
  let name = '';
  let widestGap = 0;
  let gap = 0;
  for (let i = from; i < to; i++) {
    const c = line.charCodeAt(i);
    if (isPad(c)) {
      gap++;
      continue;
    }
    if (isSpace(c)) return false;
    if (gap > widestGap) widestGap = gap;
    gap = 0;
    name += line[i];
  }
  return set.has(name) && widestGap <= (name.length === 2 ? 2 : 1);
}

/** The end of line[from, to) without the spaces that pad a table's cell (space, ideographic space). */
function trimPadEnd(line: string, from: number, to: number): number {
  while (to > from && isPad(line.charCodeAt(to - 1))) to--;
  return to;
}

/** The index of the colon that a name starting at `from` and its spaces run to, or -1 if none. */
function nameBeforeColon(line: string, from: number): number {
  let colon = from;
  while (colon < line.length && !isColon(line.charCodeAt(colon))) colon++;
  if (colon === line.length) return -1;
  return isName(line, from, trimEndOffset(line, from, colon)) ? colon : -1;
}

/** `^[\s【\[（(•·*|｜-]*(?:name)\s*[:：]`: the line opens with a field (a bullet or bar may come first). */
export function opensWithField(line: string): boolean {
  let p = 0;
  while (p < line.length && (isSpace(line.charCodeAt(p)) || BULLET.has(line.charCodeAt(p)))) p++;
  return nameBeforeColon(line, p) !== -1;
}
/** What a list or a table puts before a field (- 索 引 号：, | 公开目录: |). */
const BULLET = charSet('【[（(•·*|｜-');

/** `(?:^|[\s【\[|｜])(?:name)\s*[:：]`, global: how many fields the line holds, counted up to `max`. */
export function fieldCount(line: string, max: number): number {
  let count = 0;
  for (let pos = 0; pos < line.length && count < max; pos++) {
    let colon = pos === 0 ? nameBeforeColon(line, 0) : -1;
    const c = line.charCodeAt(pos);
    if (colon === -1 && (isSpace(c) || c === 0x3010 /* 【 */ || c === 0x5b /* [ */ || isBar(c))) colon = nameBeforeColon(line, pos + 1);
    if (colon === -1) continue;
    count++;
    pos = colon; // the next match starts after this one's colon
  }
  return count;
}

/** `[\s\u3000](?:name)\s*[:：][\s\u3000]*$`: the line ends with a field left empty. */
export function endsWithEmptyField(line: string): boolean {
  const end = trimEndOffset(line, 0, line.length);
  if (end === 0 || !isColon(line.charCodeAt(end - 1))) return false;
  const nameEnd = trimEndOffset(line, 0, end - 1);
  // The name starts after a space, and is no longer than the longest.
  for (let q = Math.max(1, nameEnd - names().longest); q < nameEnd; q++) {
    if (isSpace(line.charCodeAt(q - 1)) && isName(line, q, nameEnd)) return true;
  }
  return false;
}

/**
 * `^[\s\u3000]*(?:[|｜][ \u3000]*)?(?:name)[ \u3000]*(?:[:：]?[ \u3000]*[|｜]|\t)`: a table's row
 * that opens with a field's cell.
 */
export function opensWithFieldCell(line: string): boolean {
  let q = trimStartOffset(line, 0, line.length);
  if (q < line.length && isBar(line.charCodeAt(q))) {
    q++;
    while (q < line.length && isPad(line.charCodeAt(q))) q++;
  }
  let end = q;
  while (end < line.length && !isColon(line.charCodeAt(end)) && !isBar(line.charCodeAt(end)) && line.charCodeAt(end) !== 0x09) end++;
  if (end === line.length || !isName(line, q, trimPadEnd(line, q, end))) return false;
  const stop = line.charCodeAt(end);
  if (stop === 0x09 || isBar(stop)) return true;
  // A colon, then spaces and a bar.
  let after = end + 1;
  while (after < line.length && isPad(line.charCodeAt(after))) after++;
  return after < line.length && isBar(line.charCodeAt(after));
}

/** `(?:(?:name)\s*[:：].*)?$` from `from`: nothing more, or a field (to the end of the line). */
export function nothingOrField(line: string, from: number): boolean {
  if (from === line.length) return true;
  const colon = nameBeforeColon(line, from);
  return colon !== -1 && !/[\n\r\u2028\u2029]/.test(line.slice(colon + 1));
}
