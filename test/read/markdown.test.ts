import fc from 'fast-check';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import type { MarkdownStructure } from '../../src/outline/markdown.js';
import { markdownStructure } from '../../src/read/markdown.js';

/** What remark-parse (the CommonMark reference) says the top-level headings, code and HTML are. */
function reference(text: string): MarkdownStructure {
  const tree = unified().use(remarkParse).parse(text);
  const out: MarkdownStructure = { headings: [], opaque: [] };
  for (const node of tree.children) {
    const start = node.position?.start.offset as number;
    const end = node.position?.end.offset as number;
    if (node.type === 'heading') {
      out.headings.push({
        depth: node.depth,
        start,
        contentStart: node.children[0]?.position?.start.offset ?? end,
        contentEnd: node.children.at(-1)?.position?.end.offset ?? end,
      });
    } else if (node.type === 'code' || node.type === 'html') out.opaque.push({ start, end });
  }
  return out;
}

const headingTexts = (text: string) => markdownStructure(text).headings.map((h) => text.slice(h.contentStart, h.contentEnd));
const opaqueTexts = (text: string) => markdownStructure(text).opaque.map((o) => text.slice(o.start, o.end));

describe('Markdown blocks', () => {
  it('takes ATX and setext headings, with the text between the #s and the spaces', () => {
    const text = '# 某区2025年法治政府建设工作报告\n\n## 一、工作进展 ##\n\n（一）完善制度\n建设法治政府\n---\n\n二、存在问题\n====\n';
    expect(markdownStructure(text).headings.map((h) => h.depth)).toEqual([1, 2, 2, 1]);
    expect(headingTexts(text)).toEqual(['某区2025年法治政府建设工作报告', '一、工作进展', '（一）完善制度\n建设法治政府', '二、存在问题']);
  });

  it('a # line inside a list item or a block quote is not a heading of the report; one after it at the margin is', () => {
    expect(headingTexts('1. 提振消费\n   ## 活动安排\n> # 引文标题\n')).toEqual([]);
    expect(headingTexts('1. 提振消费\n## 二、存在问题\n')).toEqual(['二、存在问题']);
  });

  it('hides fenced and indented code and HTML blocks, blank lines and all, up to where they end', () => {
    const text = '```text\n一、这不是标题\n```\n\n<!-- 二、\n\n也不是 -->\n\n    三、缩进代码\n\n四、正文\n';
    expect(opaqueTexts(text)).toEqual(['```text\n一、这不是标题\n```', '<!-- 二、\n\n也不是 -->', '    三、缩进代码']);
    // Unclosed, fenced code runs to the end of the text.
    expect(opaqueTexts('正文\n\n```\n一、\n')).toEqual(['```\n一、\n']);
  });

  it('redacted names (张*、李**) and other emphasis marks cost nothing and change nothing', () => {
    const text = '## 一、案件办理\n办理张*、李**等人的复议申请，*王*某*案已审结。\n';
    expect(headingTexts(text)).toEqual(['一、案件办理']);
    expect(markdownStructure(text).opaque).toEqual([]);
  });

  it('agrees with remark-parse where micromark has quirks of its own', () => {
    for (const text of [
      '>a\n<span/>\n', // a lone tag on a lazy line stays in the quote …
      '>a\n<span/>', // … unless the text ends there
      '>\n\ta #\n    ', // indented code opened on a lazy line ends with it
      '    code\n\n2. 不是列表\n', // after indented code, only 1. starts a list
      '- a\n\n      code\n# 标题\n',
      '* * *\n- - -\n标题\n-\n',
      '<div>\n一、\n\n二、\n',
      '<script>\n一、\n\n</script>二、\n',
    ]) {
      expect(markdownStructure(text), JSON.stringify(text)).toEqual(reference(text));
    }
    // A byte order mark is skipped as micromark skips it, but offsets count it (remark's do not).
    expect(markdownStructure('\uFEFF# 标题\n').headings).toEqual([{ depth: 1, start: 1, contentStart: 3, contentEnd: 5 }]);
  });

  // Documents built from the pieces that decide blocks: indentation (tabs too), container
  // markers, block openers and closers, and the text around them, on lines with any line end.
  const indent = fc.constantFrom('', '', '', ' ', '  ', '   ', '    ', '     ', '\t', ' \t', '\t\t');
  const containers = fc
    .array(fc.constantFrom('>', '> ', '>\t', '- ', '-\t', '* ', '+ ', '1. ', '1) ', '2. ', '12. ', '-     ', '1.\t', '-', '1.'), { maxLength: 3 })
    .map((a) => a.join(''));
  const opener = fc.constantFrom(
    '', '', '', '#', '##', '###### ', '####### ', '# ', '## ', '```', '````', '~~~', '``` js', '```a`', '~~~ a`b', '===', '---',
    '- - -', '***', '___', '=', '-', '--', '<div>', '<div', '</div>', '<p/>', '<script>', '</script>', '<pre>', '<!--', '<!-->',
    '<?', '<!DOCTYPE', '<![CDATA[', '<span>', '<span/>', '<a href="x">', "<a b='c' d=e f>", '<a b=c=d>', '<a b="c>', '<x', '\\#',
  );
  const words = fc.constantFrom(
    '', '', '一、工作进展', '（一）完善制度', 'x', ' x ', ' #', ' ## ', '#b', ' -->', ']]>', '?>', '>', '</script>', '</pre>',
    '  ', '\t', ' \\', '*强调*', '张*、李**', '`代码`', '```', '    ', ' <b>', '=',
  );
  const line = fc.tuple(indent, containers, indent, opener, words, words).map((parts) => parts.join(''));
  const document = fc
    .tuple(fc.array(fc.tuple(line, fc.constantFrom('\n', '\n', '\r\n', '\r')), { maxLength: 14 }), fc.boolean())
    .map(([lines, finalBreak]) => {
      const text = lines.map(([l, br]) => l + br).join('');
      return finalBreak ? text : text.replace(/(?:\r\n|\r|\n)$/, '');
    })
    // Link reference definitions are not read (see scanMarkdown).
    .filter((text) => !/^[ \t>*+\-\d.)]*\[/m.test(text));

  it('finds the same headings, code and HTML as remark-parse on generated documents', () => {
    fc.assert(
      fc.property(document, (text) => {
        expect(markdownStructure(text)).toEqual(reference(text));
      }),
      { numRuns: 300 },
    );
  });
});

describe('Markdown in bounded time', () => {
  // Generous limits: these guard against a parser that grows faster than the text (remark took
  // 21 s and 13.8 s here); the real figures are in `npm run bench`.
  it('1 MB of redacted names (张*、李**) in single-newline paragraphs is read in well under a few seconds', () => {
    const lines: string[] = ['# 某区2025年法治政府建设年度报告', ''];
    for (let i = 0, bytes = 0; bytes < 1_000_000; i++) {
      const line = i % 40 === 0 ? `${'一二三四五六七八九'[i % 9]}、复议案件办理` : `受理张*、李**、王*等${i}人的复议申请，依法审结，*赵**案正在办理。`;
      lines.push(line);
      bytes += Buffer.byteLength(line) + 1;
    }
    const text = lines.join('\n');
    const t0 = performance.now();
    const structure = markdownStructure(text);
    expect(performance.now() - t0).toBeLessThan(3000);
    expect(structure.headings).toHaveLength(1);
  });

  it('100,000 ## headings are read in well under a few seconds', () => {
    const text = Array.from({ length: 100_000 }, (_, i) => `## 标题${i}`).join('\n');
    const t0 = performance.now();
    expect(markdownStructure(text).headings).toHaveLength(100_000);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('a run of blank lines under deeply nested lists stays linear', () => {
    const text = `${'- '.repeat(20_000)}x\n${'\n'.repeat(200_000)}# 标题\n`;
    const t0 = performance.now();
    expect(headingTexts(text)).toEqual(['标题']);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
