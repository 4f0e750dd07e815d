import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { withParagraphPlaces } from '../../src/document/places.js';
import { extractIndicators } from '../../src/extract/index.js';
import { declaredCharset } from '../../src/html/charset.js';
import { readHtml } from '../../src/html/read.js';
import { parseOutline } from '../../src/outline/index.js';
import { readHtmlReport } from '../../src/read/html.js';
import { createLocator } from '../../src/text/location.js';
import { ROOT, SEED } from '../support/paths.js';

const PAGE = join(ROOT, 'fixtures/html/2025-chengzhong-fazhi.html');
const TITLE = '城中区2025年法治政府建设年度报告';

function outlineRows(text: string): string[] {
  const rows: string[] = [];
  const walk = (nodes: ReturnType<typeof parseOutline>['sections']) => {
    for (const s of nodes) {
      rows.push(`${s.level} ${s.kind} ${s.marker}${s.title}`);
      walk(s.children);
    }
  };
  walk(parseOutline(text).sections);
  return rows;
}

function figures(text: string): string[] {
  return extractIndicators(text, parseOutline(text)).map((i) => `${i.label}|${i.value}|${i.unit}|${i.approx ?? ''}|${i.kind}|${i.status}`);
}

describe('a saved government web page', () => {
  const seed = readFileSync(SEED, 'utf8');
  // The page is the seed report under its title, as the site publishes it.
  const reference = `${TITLE}\n${seed.split('\n').filter((l) => l.trim() !== '').join('\n')}\n`;

  it('reads as the report: its title and paragraphs, nothing of the page around them', async () => {
    const page = await readHtml(readFileSync(PAGE, 'utf8'));
    expect(page.text).toBe(reference);
  });

  it('gives the same outline and indicators as the report text', async () => {
    const page = await readHtml(readFileSync(PAGE, 'utf8'));
    expect(parseOutline(page.text).title?.text).toBe(TITLE);
    expect(outlineRows(page.text)).toEqual(outlineRows(reference));
    expect(outlineRows(page.text).length).toBeGreaterThan(3);
    expect(figures(page.text)).toEqual(figures(reference));
  });

  it('the furniture (header, nav, breadcrumbs, dates, share bar, related links, footer) gives no line', async () => {
    const page = await readHtml(readFileSync(PAGE, 'utf8'));
    for (const furniture of ['当前位置', '热点新闻', '发布时间', '浏览次数', '分享到', '打印本页', '相关链接', '主办', 'ICP', '累计访问量', '欢迎访问', '无障碍']) {
      expect(page.text, furniture).not.toContain(furniture);
    }
  });

  it('each line is a paragraph, numbered from 1, placed with its first words', async () => {
    const page = await readHtml(readFileSync(PAGE, 'utf8'));
    const lines = page.text.split('\n').slice(0, -1);
    expect(page.paragraphs.map((p) => page.text.slice(p.start, p.end))).toEqual(lines);
    const locator = withParagraphPlaces(createLocator(page.text), page.text, page.paragraphs);
    const at = page.text.indexOf('一、工作进展情况');
    expect(locator.place?.(at + 2)).toEqual({ kind: 'paragraph', paragraph: 3, character: 3, excerpt: '一、工作进展情况' });
  });
});

describe('finding the article without a CMS name', () => {
  // Class names that say nothing: only the text's density tells the article from the rest.
  const page = `<!DOCTYPE html><html><head><title>某县2025年工作总结</title></head><body>
    <div class="k1"><a href="/">首页</a> | <a href="/a">机构概况</a> | <a href="/b">政务公开</a> | <a href="/c">办事服务</a></div>
    <div class="k2">
      <div class="k3"><h2>通知公告</h2><ul><li><a href="/n/1">关于2026年春节放假的通知（共7天）</a></li><li><a href="/n/2">县政府召开第3次常务会议</a></li><li><a href="/n/3">全县完成造林面积1.2万亩</a></li></ul></div>
      <div class="k4">
        <h2>某县统计局2025年工作总结</h2>
        <div>今年以来，我局围绕县委县政府中心工作，扎实开展统计调查，圆满完成各项任务。现总结如下：</div>
        <div><b>一、主要工作成效</b></div>
        <div>（一）统计调查质量持续提升。全年完成常规统计调查项目42项，上报数据准确率100%。</div>
        <div>（二）统计服务能力不断增强。编印《统计月报》12期，撰写统计分析报告15篇，<br>其中8篇获县领导批示。</div>
        <table><tr><th>项目</th><th>2024年</th><th>2025年</th></tr><tr><td>调查项目</td><td>40项</td><td>42项</td></tr></table>
        <div><a href="/prev">上一篇：某县统计局2024年工作总结</a><br><a href="/next">下一篇：某县2025年人口抽样调查公报</a></div>
      </div>
    </div>
    <div class="k5">版权所有：某县人民政府 地址：某县人民路1号 邮编：710000 电话：029-12345678</div>
  </body></html>`;

  it('takes the densest block of text, its heading, <br> lines and table rows', async () => {
    const { text } = await readHtml(page);
    expect(text).toBe(
      [
        '某县统计局2025年工作总结',
        '今年以来，我局围绕县委县政府中心工作，扎实开展统计调查，圆满完成各项任务。现总结如下：',
        '一、主要工作成效',
        '（一）统计调查质量持续提升。全年完成常规统计调查项目42项，上报数据准确率100%。',
        '（二）统计服务能力不断增强。编印《统计月报》12期，撰写统计分析报告15篇，',
        '其中8篇获县领导批示。',
        '项目\t2024年\t2025年',
        '调查项目\t40项\t42项',
        '',
      ].join('\n'),
    );
  });

  it('the notices beside it and the footer give no figure', async () => {
    const { text } = await readHtml(page);
    const values = extractIndicators(text, parseOutline(text)).map((i) => i.text);
    expect(values).toContain('42项');
    for (const furniture of ['7天', '1.2万亩', '710000', '029-12345678']) expect(values.join(' '), furniture).not.toContain(furniture);
  });
});

describe('a title set in a plain block above the article', () => {
  // No <h1>: the site prints the title in a styled <div>, and names it in the head.
  const page = (head: string) => `<!DOCTYPE html><html><head>${head}</head><body>
    <div class="crumb">当前位置：<a href="/">首页</a> &gt; <a href="/xxgk">信息公开</a></div>
    <div class="main">
      <div class="detail-title">某县水利局局长2024年度述职报告</div>
      <div class="detail-info">发布日期：2025-01-10　信息来源：县水利局</div>
      <div class="article"><p>2024年，我认真履行局长职责，较好完成了年度目标任务。现将履职情况报告如下。</p>
      <p>一、加强学习，提高履职能力。全年参加集中学习24次，撰写心得体会6篇。</p>
      <p>二、狠抓落实，推进重点工作。完成水毁工程修复43处，新建提灌站5座。</p></div>
    </div></body></html>`;

  it('is read as the title when the page names it: by the ArticleTitle meta, or by <title> before the site name', async () => {
    for (const head of [
      '<meta name="ArticleTitle" content="某县水利局局长2024年度述职报告"><title>述职报告</title>',
      '<title>某县水利局局长2024年度述职报告_某县人民政府</title>',
    ]) {
      const { text } = await readHtml(page(head));
      expect(text.split('\n')[0], head).toBe('某县水利局局长2024年度述职报告');
      expect(parseOutline(text).title?.text).toBe('某县水利局局长2024年度述职报告');
    }
  });

  it('is not taken when the page names another title', async () => {
    const { text } = await readHtml(page('<title>某县人民政府门户网站</title>'));
    expect(text.split('\n')[0]).toBe('2024年，我认真履行局长职责，较好完成了年度目标任务。现将履职情况报告如下。');
  });
});

describe('an old page laid out in a table', () => {
  it('reads the cell that holds the article paragraph by paragraph, and a table of figures row by row', async () => {
    const { text } = await readHtml(`<html><head><title>某镇2024年工作总结</title></head><body><table width="980">
      <tr><td class="nav"><a href="/">首页</a> | <a href="/zwgk">政务公开</a></td></tr>
      <tr><td class="wz_title"><strong>某镇2024年工作总结</strong></td></tr>
      <tr><td class="wz_content">
        <p>2024年，某镇坚持稳中求进，较好完成了全年目标任务。</p>
        <p>一、经济发展。全年完成固定资产投资4.6亿元，同比增长8.2%。</p>
        <table><tr><td>项目</td><td>2024年</td></tr><tr><td>投资</td><td>4.6亿元</td></tr></table>
        <p style="text-align:right">某镇人民政府<br>2025年1月8日</p>
      </td></tr></table></body></html>`);
    expect(text).toBe(
      [
        '某镇2024年工作总结',
        '2024年，某镇坚持稳中求进，较好完成了全年目标任务。',
        '一、经济发展。全年完成固定资产投资4.6亿元，同比增长8.2%。',
        '项目\t2024年',
        '投资\t4.6亿元',
        '某镇人民政府',
        '2025年1月8日',
        '',
      ].join('\n'),
    );
  });
});

describe('whitespace and entities', () => {
  it('source wrapping between Chinese characters is no space; entities are decoded; a Latin space stays', async () => {
    const { text } = await readHtml('<div class="TRS_Editor"><p>&nbsp;&nbsp;全年受理行政复议\n      申请案件&ldquo;58件&rdquo;，较上年增长&nbsp;12%，其中 PPP 项目3个。</p></div>');
    expect(text).toBe('全年受理行政复议申请案件“58件”，较上年增长 12%，其中 PPP 项目3个。\n');
  });

  it('hidden elements and scripts are not read', async () => {
    const { text } = await readHtml('<div class="content"><p>全年办结行政复议案件56件，纠错率12.5%。</p><p style="display:none">隐藏的旧稿：办结案件99件。</p><script>var n = "办结案件77件";</script></div>');
    expect(text).toBe('全年办结行政复议案件56件，纠错率12.5%。\n');
  });
});

describe('a page in GB2312/GBK', () => {
  const body = '<p>城关镇2025年法治政府建设情况报告</p><p>一、主要做法</p><p>全年开展法治宣传活动36场次，发放宣传资料4800余份，受众群众1.5万人次。</p>';

  it('is read by the charset its meta declares (http-equiv)', async () => {
    const html = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>报告</title></head><body><div class="zoom">${body}</div></body></html>`;
    const bytes = new Uint8Array(iconv.encode(html, 'gbk'));
    expect(declaredCharset(bytes)).toBe('gb18030');
    const doc = await readHtmlReport('page.htm', bytes);
    expect(doc.encoding).toBe('gb18030');
    expect(doc.text).toContain('发放宣传资料4800余份');
    expect(doc.text.startsWith('城关镇2025年法治政府建设情况报告\n')).toBe(true);
    expect(doc.format).toBe('html');
  });

  it('is read by <meta charset="gbk">, and detected when nothing is declared', async () => {
    for (const head of ['<meta charset="GBK">', '']) {
      const bytes = new Uint8Array(iconv.encode(`<!DOCTYPE html><html><head>${head}</head><body><article>${body}</article></body></html>`, 'gbk'));
      const doc = await readHtmlReport('page.html', bytes);
      expect(doc.text, head || 'undeclared').toContain('受众群众1.5万人次');
    }
  });

  it('a UTF-8 page declaring nothing is read as UTF-8', async () => {
    expect(declaredCharset(new TextEncoder().encode('<html><head><title>x</title></head></html>'))).toBeNull();
    const doc = await readHtmlReport('page.html', new TextEncoder().encode(`<html><body><div>${body}</div></body></html>`));
    expect(doc.encoding).toBe('utf-8');
    expect(doc.text).toContain('法治宣传活动36场次');
  });
});
