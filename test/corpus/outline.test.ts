import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.js';
import { decode } from '../../src/read/decode.js';
import { announceSkip, corpusFiles, SHARED } from '../support/paths.js';

announceSkip();

describe.skipIf(!SHARED)('every corpus report outlines', () => {
  it.each(corpusFiles().map((f) => [basename(f), f]))('%s', (_name, file) => {
    const { text } = decode(readFileSync(file));
    const outline = parseOutline(text);
    const top = outline.sections.filter((s) => s.kind === 'heading' && s.style === 'cn-comma');
    // Each report has 一、二、三、 (the 2014 one twice: its body was scraped twice).
    expect(top.slice(0, 3).map((s) => s.marker)).toEqual(['一、', '二、', '三、']);
    for (const s of top) expect(s.title.length).toBeLessThanOrEqual(60);
  });

  it('finds the run-in headings of the 2014 report, whose lines are thousands of characters long', () => {
    const file = corpusFiles().find((f) => f.includes('2014'));
    if (!file) return;
    const outline = parseOutline(decode(readFileSync(file)).text);
    expect(outline.sections.map((s) => `${s.marker}${s.title}`)).toEqual([
      '一、2013年工作回顾', '二、2014年工作总体部署', '三、2014年重点工作',
      '一、2013年工作回顾', '二、2014年工作总体部署', '三、2014年重点工作',
    ]);
    expect(outline.sections[2]?.children.filter((c) => c.kind === 'heading')).toHaveLength(9);
  });

  it('reads the GB18030 report as GB18030', () => {
    const file = corpusFiles().find((f) => f.includes('gb18030'));
    if (!file) return;
    const { encoding, text } = decode(readFileSync(file));
    expect(encoding).toBe('gb18030');
    expect(parseOutline(text).sections[0]?.title).toBe('２００８年工作回顾');
  });
});
