import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { annotateWord } from '../../src/document/annotate.js';
import { fixWord } from '../../src/document/fix.js';
import { withParagraphPlaces } from '../../src/document/places.js';
import { readWord } from '../../src/document/read.js';
import { createLocator } from '../../src/text/location.js';
import { inserted, numberedReport, para, table, wordFile } from '../support/word.js';

const DATE = '2025-12-02T08:00:00Z';
const at = (text: string, s: string) => ({ start: text.indexOf(s), end: text.indexOf(s) + s.length });

describe('fixes written into a Word document', () => {
  it('writes a fix in a table cell and one in the body, and re-reads as the fixed text', async () => {
    const doc = readWord(await wordFile([para('全年办理案件135件,同比增长。'), table([['指标', '数值'], ['案件(件)', '135']])]));
    const edits = [
      { ...at(doc.text, ','), text: '，' },
      { ...at(doc.text, '('), text: '（' },
      { ...at(doc.text, ')'), text: '）' },
    ];
    const result = fixWord(doc, edits, { mode: 'tracked', date: DATE });
    expect(result.left).toEqual([]);
    const after = readWord(result.bytes!);
    expect(after.text).toBe('全年办理案件135件，同比增长。\n指标\t数值\n案件（件）\t135');
    expect(readWord(result.bytes!, { changes: 'original' }).text).toBe(doc.text);
    const { value } = await mammoth.extractRawText({ buffer: Buffer.from(result.bytes!) });
    expect(value.replace(/\s+/g, '')).toBe(after.text.replace(/\s+/g, ''));
  });

  it("leaves a fix inside a reviewer's tracked insertion, and one over an automatic number, as findings", async () => {
    const doc = readWord(await wordFile([para('审查文件42件', inserted(',纠正7处', 1), '。')]));
    const result = fixWord(doc, [{ ...at(doc.text, ','), text: '，' }], { mode: 'tracked', date: DATE });
    expect(result.bytes).toBeNull();
    expect(result.left.map((l) => l.why)).toEqual(['inside a tracked change']);
    const numbered = readWord((await numberedReport()).bytes);
    const label = fixWord(numbered, [{ ...at(numbered.text, '一、'), text: '一．' }], { mode: 'direct', date: DATE });
    expect(label.left.map((l) => l.why)).toEqual(['touches an automatic number']);
  });

  it('writes nothing where there is nothing to write, and the same fix twice only once', async () => {
    const doc = readWord(await wordFile([para('案件135件,同比增长。')]));
    const edit = { ...at(doc.text, ','), text: '，' };
    const result = fixWord(doc, [edit, edit], { mode: 'direct', date: DATE });
    expect(result.written).toHaveLength(1);
    expect(result.left.map((l) => l.why)).toEqual(['overlaps another fix']);
    expect(readWord(result.bytes!).text).toBe('案件135件，同比增长。');
  });
});

describe('places and comments in a Word document', () => {
  it('counts characters with the automatic number, and paragraphs through a table', async () => {
    const doc = readWord((await numberedReport()).bytes);
    const locate = withParagraphPlaces(createLocator(doc.text), doc.text, doc.paragraphs);
    expect(locate.place!(doc.text.indexOf('健全依法'))).toEqual({ kind: 'paragraph', paragraph: 4, character: 4, excerpt: '（一）健全依法决策机制' });
    expect(locate.place!(doc.text.indexOf('38件'))).toMatchObject({ paragraph: 17, character: 1, excerpt: '38件' });
  });

  it('anchors a comment at a numbered heading and at a cell, and the text reads the same', async () => {
    const doc = readWord((await numberedReport()).bytes);
    const bytes = annotateWord(
      doc,
      [
        { ...at(doc.text, '一、主要'), text: '标题请核对' },
        { ...at(doc.text, '135件'), text: '与上年对比' },
        { start: doc.text.length, end: doc.text.length, text: '文末' },
      ],
      { date: DATE },
    );
    expect(readWord(bytes).text).toBe(doc.text);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ['comment-reference => sup'] })).value;
    expect(html).toContain('标题请核对');
    expect(html).toContain('与上年对比');
    expect(html).toContain('文末');
    // the reviewer's comment of the fixture is kept
    expect(html).toContain('请核实这一比例');
  });
});

describe('messages that point at another place, in a Word document', () => {
  it('name the paragraph, not the line of the extracted text', async () => {
    const { lintReport } = await import('../../src/check/lint.js');
    const { parseOutline } = await import('../../src/outline/index.js');
    const { extractIndicators } = await import('../../src/extract/index.js');
    const doc = readWord(
      await wordFile([
        para('东湖县2025年法治政府建设年度报告'),
        para('一、总体情况'),
        table([['指标', '数值'], ['案件', '135件']]),
        para('二、主要工作'),
        para('工作扎实开展。'),
        para('二、存在问题'),
        para('仍有不足。'),
      ]),
    );
    const locator = withParagraphPlaces(createLocator(doc.text), doc.text, doc.paragraphs);
    const outline = parseOutline(doc.text, { locator });
    const lint = (lang: 'zh' | 'en') =>
      lintReport({ text: doc.text, outline, indicators: extractIndicators(doc.text, outline, locator), locator, lang }).diagnostics.find((d) => d.ruleId === 'heading-sequence')?.message;
    // 二、主要工作 is the 5th line of the text but Word's 7th paragraph (the table's four cells).
    expect(lint('zh')).toContain('已在第7段使用');
    expect(lint('en')).toContain('in paragraph 7');
    const plain = parseOutline(doc.text);
    expect(lintReport({ text: doc.text, outline: plain, indicators: [], lang: 'zh' }).diagnostics.find((d) => d.ruleId === 'heading-sequence')?.message).toContain('第5行');
  });
});
