import {
  AlignmentType,
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  DeletedTextRun,
  Document,
  Footer,
  FootnoteReferenceRun,
  Header,
  PageNumber,
  InsertedTextRun,
  LevelFormat,
  LevelSuffix,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  type FileChild,
  type ILevelsOptions,
} from 'docx';

/**
 * Word files made the way offices make them, with the docx library (never by zipping XML by
 * hand): automatic numbering of the four heading levels of a Chinese report, a table, tracked
 * changes by a reviewer, a comment. Each comes with its typed twin: the text a drafter would
 * have typed for what the document shows.
 */

const REVIEWER = { author: '审核科', date: '2025-12-01T09:00:00Z' };

/** The heading ladder of a Chinese report as Word numbering: 一、 （一） 1. （1）. */
export const REPORT_LEVELS: ILevelsOptions[] = [
  { level: 0, format: LevelFormat.CHINESE_COUNTING, text: '%1、', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
  { level: 1, format: LevelFormat.CHINESE_COUNTING, text: '（%2）', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
  { level: 2, format: LevelFormat.DECIMAL, text: '%3.', alignment: AlignmentType.LEFT, suffix: LevelSuffix.NOTHING },
  { level: 3, format: LevelFormat.DECIMAL, text: '（%4）', alignment: AlignmentType.LEFT },
];

export function heading(level: number, text: string, instance?: number): Paragraph {
  return new Paragraph({ children: [new TextRun(text)], numbering: { reference: 'report', level, ...(instance === undefined ? {} : { instance }) } });
}

export function para(...runs: (string | TextRun | InsertedTextRun | DeletedTextRun | CommentRangeStart | CommentRangeEnd | TextRun)[]): Paragraph {
  return new Paragraph({ children: runs.map((r) => (typeof r === 'string' ? new TextRun(r) : r)) });
}

export const inserted = (text: string, id: number) => new InsertedTextRun({ text, id, ...REVIEWER });
export const deleted = (text: string, id: number) => new DeletedTextRun({ text, id, ...REVIEWER });

export function table(rows: string[][]): Table {
  return new Table({
    rows: rows.map((cells) => new TableRow({ children: cells.map((c) => new TableCell({ children: c.split('\n').map((line) => para(line)) })) })),
  });
}

export interface WordComment {
  id: number;
  text: string;
}

export interface WordExtras {
  /** A header and a footer with the page number: not report text. */
  pageFurniture?: boolean;
  /** Footnotes by id (referenced with FootnoteReferenceRun): not report text. */
  footnotes?: Record<number, string>;
}

export async function wordFile(children: FileChild[], comments: WordComment[] = [], extras: WordExtras = {}): Promise<Uint8Array> {
  const furniture = extras.pageFurniture
    ? {
        headers: { default: new Header({ children: [para('东湖县人民政府文件')] }) },
        footers: { default: new Footer({ children: [new Paragraph({ children: [new TextRun({ children: ['第', PageNumber.CURRENT, '页'] })] })] }) },
      }
    : {};
  const doc = new Document({
    numbering: { config: [{ reference: 'report', levels: REPORT_LEVELS }] },
    ...(extras.footnotes ? { footnotes: Object.fromEntries(Object.entries(extras.footnotes).map(([id, text]) => [id, { children: [para(text)] }])) } : {}),
    ...(comments.length > 0
      ? { comments: { children: comments.map((c) => ({ id: c.id, author: '法制科', date: new Date('2025-12-01T10:00:00Z'), children: [para(c.text)] })) } }
      : {}),
    sections: [{ ...furniture, children }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}

/**
 * A county's 法治政府 report, in words of our own, with what Word does to it: its headings
 * numbered automatically, its figures in a table, a reviewer's tracked insertion and deletion
 * and a comment, a footnote, a header and a footer with the page number. `typed` is the same report as a drafter types it (numbers typed, the table
 * tab-separated, the changes accepted).
 */
export async function numberedReport(): Promise<{ bytes: Uint8Array; typed: string; original: string }> {
  const children: FileChild[] = [
    para('东湖县2025年法治政府建设年度报告'),
    para('2025年，东湖县坚持依法行政，法治政府建设取得新进展，现将有关情况报告如下。'),
    heading(0, '主要举措和成效'),
    heading(1, '健全依法决策机制'),
    para('全年审查规范性文件42件，', inserted('纠正不当条款7处，', 1), '合法性审查率达到100%。'),
    heading(2, '推进合法性审查全覆盖'),
    para('县政府常务会议审议事项', deleted('全部', 2), '均经司法局审查，', new CommentRangeStart(0), '审查意见采纳率98.5%', new CommentRangeEnd(0), new TextRun({ children: [new CommentReference(0)] }), '。'),
    heading(1, '严格规范公正文明执法'),
    para('全县行政执法案件办理情况见下表。'),
    table([
      ['指标', '2024年', '2025年'],
      ['行政复议案件', '120件', '135件'],
      ['行政应诉案件', '38件', '41件'],
    ]),
    heading(3, '开展执法案卷评查'),
    para('评查案卷360卷，优良率92%', new FootnoteReferenceRun(1), '。'),
    heading(0, '存在的不足'),
    para('基层执法力量仍然薄弱，部分执法人员能力有待提高。'),
    heading(0, '2026年工作安排'),
    heading(1, '加强法治队伍建设'),
    para('计划培训执法人员500人次以上。'),
  ];
  const bytes = await wordFile(children, [{ id: 0, text: '请核实这一比例。' }], { pageFurniture: true, footnotes: { 1: '优良率按省司法厅评查标准计算。' } });
  const typed = [
    '东湖县2025年法治政府建设年度报告',
    '2025年，东湖县坚持依法行政，法治政府建设取得新进展，现将有关情况报告如下。',
    '一、主要举措和成效',
    '（一）健全依法决策机制',
    '全年审查规范性文件42件，纠正不当条款7处，合法性审查率达到100%。',
    '1.推进合法性审查全覆盖',
    '县政府常务会议审议事项均经司法局审查，审查意见采纳率98.5%。',
    '（二）严格规范公正文明执法',
    '全县行政执法案件办理情况见下表。',
    '指标\t2024年\t2025年',
    '行政复议案件\t120件\t135件',
    '行政应诉案件\t38件\t41件',
    '（1）开展执法案卷评查',
    '评查案卷360卷，优良率92%。',
    '二、存在的不足',
    '基层执法力量仍然薄弱，部分执法人员能力有待提高。',
    '三、2026年工作安排',
    '（一）加强法治队伍建设',
    '计划培训执法人员500人次以上。',
  ].join('\n');
  const original = typed.replace('纠正不当条款7处，', '').replace('审议事项均经', '审议事项全部均经');
  return { bytes, typed, original };
}
