import { describe, expect, it } from 'vitest';
import { readWord } from '../../src/document/read.js';
import { deleted, heading, inserted, numberedReport, para, table, wordFile } from '../support/word.js';

describe('reading a Word document', () => {
  it('reads numbering, a table and tracked changes as the typed report', async () => {
    const { bytes, typed } = await numberedReport();
    expect(readWord(bytes).text).toBe(typed);
  });

  it('reads the text before the tracked changes with changes: original', async () => {
    const { bytes, original } = await numberedReport();
    expect(readWord(bytes, { changes: 'original' }).text).toBe(original);
  });

  it('counts paragraphs as Word does, table cells included', async () => {
    const { bytes } = await numberedReport();
    const doc = readWord(bytes);
    const at = (s: string) => doc.paragraphs.find((p) => doc.text.slice(p.start, p.end).startsWith(s))?.number;
    expect(at('一、主要举措')).toBe(3);
    expect(at('指标')).toBe(10);
    expect(at('2024年')).toBe(11);
    expect(at('行政复议案件')).toBe(13);
    expect(at('（1）开展')).toBe(19);
  });

  it('restarts a list where Word restarts it (a new instance) and continues it otherwise', async () => {
    const bytes = await wordFile([
      heading(0, '甲方面'),
      heading(1, '第一项'),
      heading(1, '第二项'),
      heading(0, '乙方面'),
      heading(1, '第三项'),
      heading(0, '新的一部分', 2),
      heading(0, '再一部分', 2),
    ]);
    expect(readWord(bytes).text.split('\n')).toEqual(['一、甲方面', '（一）第一项', '（二）第二项', '二、乙方面', '（一）第三项', '一、新的一部分', '二、再一部分']);
  });

  it('keeps a paragraph that a tracked deletion empties as an empty line, and runs joined', async () => {
    const bytes = await wordFile([para('开头', inserted('插入', 1), '结尾'), para(deleted('整段删除', 2)), para('下一段')]);
    expect(readWord(bytes).text).toBe('开头插入结尾\n\n下一段');
  });

  it('joins the paragraphs of one cell on the cell line, and keeps figures apart', async () => {
    const bytes = await wordFile([table([['行政复议\n案件', '120\n件'], ['合计', '1,204\n1,356']])]);
    expect(readWord(bytes).text).toBe('行政复议案件\t120件\n合计\t1,204 1,356');
  });
});

describe('numbering that a paragraph style carries', () => {
  it('numbers paragraphs of a heading style as Word shows them', async () => {
    const { Document, Packer, Paragraph } = await import('docx');
    const { REPORT_LEVELS } = await import('../support/word.js');
    const doc = new Document({
      numbering: { config: [{ reference: 'report', levels: REPORT_LEVELS }] },
      styles: {
        paragraphStyles: [
          { id: 'PartHeading', name: 'Part Heading', paragraph: { numbering: { reference: 'report', level: 0 } } },
          { id: 'SectionHeading', name: 'Section Heading', paragraph: { numbering: { reference: 'report', level: 1 } } },
        ],
      },
      sections: [
        {
          children: [
            new Paragraph({ text: '工作回顾', style: 'PartHeading' }),
            new Paragraph({ text: '依法决策', style: 'SectionHeading' }),
            new Paragraph({ text: '依法决策更加规范。' }),
            new Paragraph({ text: '严格执法', style: 'SectionHeading' }),
            new Paragraph({ text: '工作安排', style: 'PartHeading' }),
            new Paragraph({ text: '加强队伍建设', style: 'SectionHeading' }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect(readWord(bytes).text.split('\n')).toEqual(['一、工作回顾', '（一）依法决策', '依法决策更加规范。', '（二）严格执法', '二、工作安排', '（一）加强队伍建设']);
  });
});

describe('what Word generates from the document', () => {
  it('does not read a table of contents, which repeats the headings', async () => {
    const { Document, HeadingLevel, Packer, Paragraph, TableOfContents } = await import('docx');
    const doc = new Document({
      features: { updateFields: true },
      sections: [
        {
          children: [
            new Paragraph({ text: '东湖县2025年法治政府建设年度报告' }),
            new TableOfContents('目录', { hyperlink: true, headingStyleRange: '1-2' }),
            new Paragraph({ text: '一、主要举措和成效', heading: HeadingLevel.HEADING_1 }),
            new Paragraph({ text: '全年办理案件135件。' }),
            new Paragraph({ text: '二、存在的不足', heading: HeadingLevel.HEADING_1 }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    const { unzipSync } = await import('fflate');
    // The file does hold the entries, as Word shows them before it updates the table.
    const xml = new TextDecoder().decode(unzipSync(bytes)['word/document.xml']);
    expect(xml.split('一、主要举措和成效').length).toBeGreaterThan(2);
    expect(readWord(bytes).text.split('\n').filter((l) => l !== '')).toEqual(['东湖县2025年法治政府建设年度报告', '一、主要举措和成效', '全年办理案件135件。', '二、存在的不足']);
  });
});
