import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Document, Footer, Header, Packer, PageNumber, Paragraph, TextRun } from 'docx';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import { readPdf } from '../../src/pdf/read.js';
import { decode } from '../../src/read/decode.js';
import { announceSkip, SHARED } from '../support/paths.js';

/*
 * PDFs made as a drafter makes them: Word files saved as PDF by LibreOffice. Skipped, saying
 * so, when soffice is not installed, and when the machine has no Chinese font (LibreOffice then
 * sets the characters in a font without them, and the PDF's text layer holds no Chinese).
 */
announceSkip();
const SOFFICE = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!SOFFICE) console.warn('SKIPPED: soffice (LibreOffice) is not installed; the PDF tests made from Word files did not run');

const dir = mkdtempSync(join(tmpdir(), 'report-lint-pdf-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Converts Word files to PDF in one run of soffice, with a profile of its own (others may run it too). */
function toPdf(files: readonly string[], out: string): void {
  mkdirSync(out, { recursive: true });
  execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', out, ...files], { stdio: 'ignore', timeout: 180_000 });
}

const hasChinese = (text: string): boolean => (text.match(/[\u4e00-\u9fff]/g)?.length ?? 0) >= 20;
const NO_FONT = 'SKIPPED: LibreOffice made a PDF without Chinese text (no Chinese font installed, e.g. apt-get install fonts-wqy-microhei)';

const DOCX = SHARED ? join(SHARED, 'docx') : null;
const reports = DOCX && existsSync(DOCX) ? readdirSync(DOCX).filter((f) => f.endsWith('.docx')).sort() : [];

function figures(text: string): string[] {
  return extractIndicators(text, parseOutline(text)).map((i) => `${i.value}|${i.unit}|${i.approx ?? ''}`);
}

describe.skipIf(!SOFFICE || reports.length === 0)('the shared Word reports saved as PDF', () => {
  const out = join(dir, 'corpus');
  beforeAll(() => toPdf(reports.map((f) => join(DOCX as string, f)), out), 200_000);

  it.for(reports)('%s: the same indicators (values, units) as its text in the corpus', async (file, ctx) => {
    const pdf = await readPdf(new Uint8Array(readFileSync(join(out, file.replace(/\.docx$/, '.pdf')))));
    if (!hasChinese(pdf.text)) {
      console.warn(NO_FONT);
      return ctx.skip();
    }
    const text = decode(readFileSync(join(SHARED as string, 'corpus', file.replace(/\.docx$/, '.txt')))).text;
    const expected = figures(text);
    expect(expected.length).toBeGreaterThan(50);
    expect(figures(pdf.text)).toEqual(expected);
    expect(pdf.pages).toBeGreaterThan(10);
  });
});

describe.skipIf(!SOFFICE)('a PDF with a running header and page numbers', () => {
  const TITLE = '东湖县2025年法治政府建设年度报告';
  // Long enough for several pages, each paragraph several lines: a report of my own wording.
  const body = Array.from({ length: 40 }, (_, i) =>
    `（${i + 1}）第${i + 1}项工作。全县各级行政机关坚持依法行政，全年办理行政复议案件${100 + i}件，较上年增长${i + 1}%，行政机关负责人出庭应诉率保持在百分之百，规范性文件合法性审核实现全覆盖，执法人员持证上岗率达到${90 + (i % 10)}%。`,
  );
  let text = '';
  let pages = 0;

  beforeAll(async () => {
    const doc = new Document({
      sections: [
        {
          headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun(TITLE)] })] }) },
          footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['- ', PageNumber.CURRENT, ' -'] })] })] }) },
          children: [new Paragraph(TITLE), new Paragraph('一、主要工作'), ...body.map((t) => new Paragraph({ children: [new TextRun(t)], indent: { firstLine: 480 } }))],
        },
      ],
    });
    const docx = join(dir, 'paged.docx');
    writeFileSync(docx, await Packer.toBuffer(doc));
    toPdf([docx], join(dir, 'paged'));
    ({ text, pages } = await readPdf(new Uint8Array(readFileSync(join(dir, 'paged', 'paged.pdf')))));
  }, 200_000);

  it('reads the paragraphs whole, without the header or the page numbers', (ctx) => {
    if (!hasChinese(text)) {
      console.warn(NO_FONT);
      return ctx.skip();
    }
    expect(pages).toBeGreaterThanOrEqual(3); // a header and a page number on each
    expect(text).toBe(`${TITLE}\n一、主要工作\n${body.join('\n')}\n`);
  });
});
