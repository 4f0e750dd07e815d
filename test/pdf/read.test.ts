import { describe, expect, it } from 'vitest';
import { withParagraphPlaces } from '../../src/document/places.js';
import { PdfError } from '../../src/pdf/error.js';
import type { PageText } from '../../src/pdf/page-text.js';
import { withPagePlaces } from '../../src/pdf/places.js';
import { readPdfPages } from '../../src/pdf/read.js';
import { createLocator } from '../../src/text/location.js';

// An A4 page set as a report is: 12 pt characters, body from x=90 to x=510 (35 characters a
// line), a first line indented two characters, lines 24 pt apart.
const SIZE = 12;
const LEFT = 90;
const PER_LINE = 35;

type Row = [x: number, y: number, text: string];

function page(rows: readonly Row[]): PageText {
  return {
    width: 595,
    height: 842,
    runs: rows.map(([x, y, text]) => ({ text, x, y, width: [...text].length * SIZE, height: SIZE, endsLine: true })),
  };
}

/** A paragraph's text set in lines from y down: the first indented, each full but the last. */
function setParagraph(text: string, y: number): Row[] {
  const chars = [...text];
  const rows: Row[] = [];
  let at = 0;
  for (let first = true; at < chars.length; first = false) {
    const room = first ? PER_LINE - 2 : PER_LINE;
    rows.push([first ? LEFT + 2 * SIZE : LEFT, y - rows.length * 24, chars.slice(at, at + room).join('')]);
    at += room;
  }
  return rows;
}

const P1 = '全年共办理行政复议案件一百三十五件，较上年增长百分之十二，其中依法纠正违法或者不当行政行为二十一件，纠错率百分之十五点六，行政复议化解行政争议主渠道作用进一步发挥。';
const P2 = '深化府院联动机制，全年行政机关负责人出庭应诉率保持百分之百。';
// Four lines: enough to break over a page.
const LONG = `${P1}${P2}全年办理国家赔偿案件3件。`;

describe('paragraphs rebuilt from a PDF page', () => {
  it('joins a full line with the line below it; an indented line or a short line ends a paragraph', () => {
    const doc = readPdfPages([page([[LEFT + 12 * SIZE, 760, '一、主要工作'], ...setParagraph(P1, 730), ...setParagraph(P2, 730 - 24 * 4)])]);
    expect(doc.text).toBe(`一、主要工作\n${P1}\n${P2}\n`);
    expect(doc.paragraphs.map((p) => p.number)).toEqual([1, 2, 3]);
  });

  it('a line stopping mid-sentence (，) joins the next even when short; one ending a sentence does not', () => {
    const doc = readPdfPages([
      page([
        [LEFT + 2 * SIZE, 700, '坚持依法决策，'],
        [LEFT, 676, '重大行政决策全部经过合法性审查。'],
        [LEFT, 652, '全年制定规范性文件8件。'],
      ]),
    ]);
    expect(doc.text).toBe('坚持依法决策，重大行政决策全部经过合法性审查。\n全年制定规范性文件8件。\n');
  });

  it('a paragraph goes on across a page break; running headers, footers and page numbers are dropped', () => {
    const rows = setParagraph(LONG, 736);
    expect(rows.length).toBe(4);
    const header: Row = [LEFT + 8 * SIZE, 800, '城中区2025年法治政府建设年度报告'];
    const doc = readPdfPages([
      page([header, [LEFT, 760, '一、主要工作'], ...rows.slice(0, 3), [290, 50, '- 1 -']]),
      page([header, ...rows.slice(3).map(([x, , t], i): Row => [x, 760 - i * 24, t]), [LEFT + 2 * SIZE, 736, P2], [290, 50, '- 2 -']]),
      page([header, [LEFT + 2 * SIZE, 760, '二、存在的不足'], [290, 50, '- 3 -']]),
    ]);
    expect(doc.text).toBe(`一、主要工作\n${LONG}\n${P2}\n二、存在的不足\n`);
  });

  it('a heading that opens pages is kept: only a line repeated at the edge of many pages is furniture', () => {
    const pages = ['一、主要工作', '二、存在的不足', '三、下一步打算'].map((h, i) => page([[LEFT + 2 * SIZE, 760, h], [LEFT + 2 * SIZE, 736, `全年完成第${i + 1}项任务。`], [300, 50, `第${i + 1}页 共3页`]]));
    expect(readPdfPages(pages).text).toBe('一、主要工作\n全年完成第1项任务。\n二、存在的不足\n全年完成第2项任务。\n三、下一步打算\n全年完成第3项任务。\n');
  });

  it('drops the spaces pdf.js writes for a justified line or between scripts, keeps those between Latin words', () => {
    const doc = readPdfPages([page([[LEFT + 2 * SIZE, 700, '受理 行政复议 案件 135 件，其中 PPP 项目 3 个，GDP growth 5%。']])]);
    expect(doc.text).toBe('受理行政复议案件135件，其中PPP项目3个，GDP growth 5%。\n');
  });

  it('a PDF without a text layer (a scan) is one error saying so', () => {
    expect(() => readPdfPages([page([]), page([])])).toThrow(PdfError);
    expect(() => readPdfPages([page([])])).toThrow(/scanned PDF with no text layer.*OCR/);
  });
});

describe('places in a PDF', () => {
  it('name the page and the line on it, besides the paragraph and its first words', () => {
    const rows = setParagraph(LONG, 730);
    const doc = readPdfPages([
      page([[LEFT, 760, '一、主要工作'], ...rows.slice(0, 3), [290, 50, '1']]),
      page([...rows.slice(3).map(([x, , t], i): Row => [x, 760 - i * 24, t]), [290, 50, '2']]),
    ]);
    const locator = withPagePlaces(withParagraphPlaces(createLocator(doc.text), doc.text, doc.paragraphs), doc.text, doc.lines);
    const at = doc.text.indexOf('国家赔偿');
    expect(locator.place?.(at)).toMatchObject({ kind: 'paragraph', paragraph: 2, page: 2, line: 1, column: [...doc.text.slice(0, at)].length - [...doc.text.slice(0, doc.lines.find((l) => l.page === 2)!.start)].length + 1 });
    expect(locator.place?.(doc.text.indexOf('全年'))).toMatchObject({ paragraph: 2, character: 1, page: 1, line: 2, column: 1, excerpt: '全年共办理行政复议案件一…' });
  });
});
