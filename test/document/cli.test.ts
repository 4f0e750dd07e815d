import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { readWord } from '../../src/document/read.js';
import { fflateCodec } from '../../src/document/fflate-codec.js';
import { readZip } from '../../src/document/zip.js';
import { cli } from '../support/cli.js';
import { numberedReport, para, wordFile } from '../support/word.js';

const dir = mkdtempSync(join(tmpdir(), 'report-lint-word-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function file(name: string, bytes: Uint8Array | Promise<Uint8Array>): Promise<string> {
  const path = join(dir, name);
  writeFileSync(path, await bytes);
  return path;
}

describe('report-lint on Word files', () => {
  it('names a finding by paragraph, character and first words, in stylish and JSON', async () => {
    const path = await file('places.docx', wordFile([para('东湖县2025年法治政府建设年度报告'), para('一、主要工作'), para('全年办理行政复议案件135件,同比增长12%。')]));
    const stylish = cli([path, '--rule', 'title-form=off']);
    expect(stylish.stdout).toMatch(/第3段第15字 「全年办理行政复议案件13…」\s+错误\s+中文中使用了半角“,”/);
    const json = JSON.parse(cli([path, '--format', 'json']).stdout);
    const d = json.reports[0].diagnostics.find((x: { ruleId: string }) => x.ruleId === 'half-width-punctuation');
    expect(json.reports[0].placeKind).toBe('paragraph');
    expect(d.place).toEqual({ kind: 'paragraph', paragraph: 3, character: 15, excerpt: '全年办理行政复议案件13…' });
    expect(d.span.start.offset).toBe('东湖县2025年法治政府建设年度报告\n一、主要工作\n'.length + 14);
    const sarif = JSON.parse(cli([path, '--format', 'sarif']).stdout);
    const loc = sarif.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'half-width-punctuation').locations[0];
    expect(loc.physicalLocation.region).toEqual({ charOffset: d.span.start.offset, charLength: 1 });
    expect(loc.properties).toMatchObject({ placeKind: 'paragraph', paragraph: 3, character: 15 });
    expect(cli([path, '--format', 'markdown']).stdout).toMatch(/\| 段 \| 字 \| 级别 \| 问题 \| 规则 \|[\s\S]*\| 3 \| 15 \| 错误 \|/);
    // A text file keeps its lines and columns.
    const txt = join(dir, 'places.txt');
    writeFileSync(txt, readWord(readFileSync(path)).text);
    expect(cli([txt]).stdout).toMatch(/\n {2}3:15 +错误/);
  });

  it('names each figure and each GitHub annotation by paragraph too, and a text file by line', async () => {
    const path = await file('figures.docx', wordFile([para('东湖县2025年法治政府建设年度报告'), para('一、主要工作'), para('全年办理行政复议案件135件,同比增长12%。')]));
    const json = JSON.parse(cli(['extract', path, '--format', 'json']).stdout);
    expect(json.reports[0].placeKind).toBe('paragraph');
    const cases = json.reports[0].indicators.find((i: { text: string }) => i.text === '135件');
    expect(cases.place).toEqual({ kind: 'paragraph', paragraph: 3, character: 11, excerpt: '全年办理行政复议案件13…' });
    const row = JSON.parse(cli(['extract', path, '--format', 'jsonl']).stdout.split('\n')[0] as string);
    expect(row).toMatchObject({ text: '135件', paragraph: 3, character: 11, page: null, pageLine: null });
    expect(cli(['extract', path]).stdout).toMatch(/\n {2}第3段第11字 「全年办理行政复议案件13…」 +135件/);
    expect(cli(['extract', path, '--lang', 'en']).stdout).toMatch(/\n {2}¶3:11 「全年办理行政复议案件13…」 +135件/);
    const github = cli([path, '--format', 'github', '--rule', 'title-form=off']).stdout;
    expect(github).toContain(`::error file=${path},title=half-width-punctuation::第3段第15字 「全年办理行政复议案件13…」：`);
    expect(github).not.toMatch(/line=/);
    // The same text as a .txt: lines and columns, no paragraph.
    const txt = join(dir, 'figures.txt');
    writeFileSync(txt, readWord(readFileSync(path)).text);
    const textRow = JSON.parse(cli(['extract', txt, '--format', 'jsonl']).stdout.split('\n')[0] as string);
    expect(textRow).toMatchObject({ text: '135件', line: 3, column: 11, paragraph: null, character: null });
    expect(JSON.parse(cli(['extract', txt, '--format', 'json']).stdout).reports[0]).not.toHaveProperty('placeKind');
    expect(cli([txt, '--format', 'github', '--rule', 'title-form=off']).stdout).toContain(`::error file=${txt},line=3,col=15,`);
  });

  it('reads a Word file from standard input by its bytes, and will not --fix it there', async () => {
    const bytes = Buffer.from(await wordFile([para('全年办理案件135件,同比增长12%。')]));
    const r = cli(['-'], { input: bytes });
    expect(r.stdout).toMatch(/<stdin>\n(?: .*\n)* {2}第1段第11字 「全年办理案件135件,同…」 +错误/);
    const fix = cli(['-', '--fix'], { input: bytes });
    expect(fix.code).toBe(2);
    expect(fix.stderr).toMatch(/^report-lint: <stdin>: --fix 无法写回标准输入（请用 --fix-dry-run，或 --annotate 输出\.docx）/);
    expect(cli(['-', '--fix', '--lang', 'en'], { input: bytes }).stderr).toMatch(/^report-lint: <stdin>: --fix cannot write to standard input/);
  });

  it('reads the typed outline of automatic numbering, and --changes original', async () => {
    const { bytes } = await numberedReport();
    const path = await file('numbered.docx', bytes);
    const outline = cli(['outline', path]).stdout;
    expect(outline).toContain('一、主要举措和成效');
    expect(outline).toContain('（二）严格规范公正文明执法');
    // The gutter gives Word's paragraph (the table's cells counted), not the line of the text.
    expect(outline).toMatch(/\n +19 +（1）开展执法案卷评查/);
    const extract = (changes: string) => cli(['extract', path, '--format', 'json', '--changes', changes]).stdout;
    expect(extract('accepted')).toContain('纠正不当条款');
    expect(extract('original')).not.toContain('纠正不当条款');
  });

  it('writes a fix as a tracked change by report-lint, and leaves one across formatting as a finding', async () => {
    const path = await file(
      'fix.docx',
      wordFile([
        para('东湖县2025年法治政府建设年度报告'),
        para('全年办理案件135件,同比增长12%。'),
        // A comma and the space after it (one fix) in runs of different formatting: the fix would
        // have to choose one.
        new (await import('docx')).Paragraph({ children: [new TextRun('培训执法人员500人次,'), new TextRun({ text: ' 覆盖全部单位。', bold: true })] }),
      ]),
    );
    const before = new Uint8Array(readFileSync(path));
    const run = cli([path, '--fix']);
    expect(run.stderr).toMatch(/1 处修复未写入（跨越了格式不同的文字）/);
    const after = new Uint8Array(readFileSync(path));
    const xml = new TextDecoder().decode((await import('fflate')).unzipSync(after)['word/document.xml']);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="report-lint" w:date="[\d-]+T[\d:]+Z"><w:r><w:delText xml:space="preserve">,<\/w:delText>/);
    expect(readWord(after).text).toContain('135件，同比');
    expect(readWord(after, { changes: 'original' }).text).toBe(readWord(before).text);
    expect(run.stdout).toMatch(/第3段/);
    // direct: the text changes, with no revision
    const direct = await file('direct.docx', wordFile([para('全年办理案件135件,同比增长12%。')]));
    cli([direct, '--fix', '--fix-mode', 'direct']);
    const directXml = new TextDecoder().decode((await import('fflate')).unzipSync(readFileSync(direct))['word/document.xml']);
    expect(directXml).not.toContain('<w:del ');
    expect(readWord(readFileSync(direct)).text).toBe('全年办理案件135件，同比增长12%。');
  });

  it('annotates a copy: a comment per finding, anchored at its place, the original untouched', async () => {
    const path = await file('note.docx', wordFile([para('东湖县2025年法治政府建设年度报告'), para('全年办理案件135件,同比增长12%。')]));
    const before = readFileSync(path);
    const out = join(dir, 'note-annotated.docx');
    const json = JSON.parse(cli([path, '--annotate', out, '--format', 'json']).stdout);
    expect(readFileSync(path).equals(before)).toBe(true);
    const files = (await import('fflate')).unzipSync(readFileSync(out));
    const comments = new TextDecoder().decode(files['word/comments.xml']);
    expect(comments.match(/<w:comment /g)?.length).toBe(json.reports[0].diagnostics.length);
    expect(comments).toContain('half-width-punctuation');
    const xml = new TextDecoder().decode(files['word/document.xml']);
    expect(xml).toMatch(/135件<\/w:t><\/w:r><w:commentRangeStart w:id="(\d+)"\/><w:r><w:t xml:space="preserve">,<\/w:t><\/w:r><w:commentRangeEnd w:id="\1"\/>/);
    expect(new TextDecoder().decode(files['[Content_Types].xml'])).toContain('/word/comments.xml');
    expect(readZip(new Uint8Array(readFileSync(out)), fflateCodec).entries.length).toBe(readZip(new Uint8Array(before), fflateCodec).entries.length + 1);
    expect(cli([path, '--annotate', path]).stderr).toBe(`report-lint: ${path}: --annotate 写出一份副本：请指定另一个文件（或目录），不能是报告本身\n`);
    expect(cli([path, '--annotate', path, '--lang', 'en']).stderr).toMatch(/writes a copy/);
    const text = join(dir, 'note.txt');
    writeFileSync(text, '全年办理案件135件,同比增长12%。\n');
    const r = cli([text, '--annotate', join(dir, 'text-annotated.docx')]);
    expect(r).toMatchObject({ code: 2, stderr: `report-lint: ${text}: --annotate 把问题写成 Word 批注（.docx）：这份报告是文本，请去掉 --annotate，或检查它的 .docx\n` });
  });

  it('says an old .doc, a corrupt file and a zip that is not Word are not readable, exit 2', async () => {
    const doc = await file('old.doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, ...new Array(500).fill(0)]));
    let r = cli([doc]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`report-lint: ${doc}: 这是旧版二进制 Word 或 WPS 文件（.doc/.wps）：请在 Word 或 WPS 中打开并另存为 .docx\n`);
    expect(cli([doc, '--lang', 'en']).stderr).toBe(`report-lint: ${doc}: an old binary Word or WPS file (.doc/.wps): open it in Word or WPS and save it as .docx\n`);
    const broken = await file('broken.docx', (await wordFile([para('一段。')])).subarray(0, 300));
    r = cli([broken]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^report-lint: .*broken\.docx: 文件已损坏：.*\n$/);
    const wps = await file('typed.wps', new TextEncoder().encode('一段文字。'));
    expect(cli([wps]).stderr).toMatch(/另存为 \.docx/);
  });
});
