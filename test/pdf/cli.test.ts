import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

const dir = mkdtempSync(join(tmpdir(), 'report-lint-pdf-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A well-formed PDF whose pages hold no text, as a scanner's pages (images) have none. */
function textlessPdf(pages: number, binary = false): Buffer {
  const objects = ['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${Array.from({ length: pages }, (_, i) => `${3 + i} 0 R`).join(' ')}] /Count ${pages} >>`];
  for (let i = 0; i < pages; i++) objects.push('<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>');
  // A PDF's second line is binary, as writers make it (here with NUL bytes), to mark the file as such.
  let out = binary ? '%PDF-1.4\n%\u00e2\u0000\u00cf\u0000\n' : '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

describe('report-lint on PDF files', () => {
  it('a scanned PDF (no text layer) is one line saying so and what to do, exit 2', () => {
    const path = join(dir, '扫描件.pdf');
    writeFileSync(path, textlessPdf(2));
    const r = cli([path]);
    expect(r).toEqual({ code: 2, stdout: '', stderr: `report-lint: ${path}: 这是扫描版 PDF，没有文字层：没有可读的文字；请先做文字识别（OCR），或索取 .docx 或纯文本\n` });
    expect(cli(['--lang', 'en', path]).stderr).toBe(`report-lint: ${path}: a scanned PDF with no text layer: there is no text to read; run OCR on it, or ask for the .docx or the text\n`);
  });

  it('a PDF is known by its bytes under another name, and on standard input', () => {
    const path = join(dir, 'report.bin');
    writeFileSync(path, textlessPdf(1));
    expect(cli(['extract', path]).stderr).toMatch(/扫描版 PDF，没有文字层/);
    expect(cli(['extract', '--lang', 'en', '-'], { input: textlessPdf(1, true) }).stderr).toMatch(/^report-lint: <stdin>: a scanned PDF with no text layer/);
  });
});
