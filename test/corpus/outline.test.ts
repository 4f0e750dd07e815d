import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.js';
import { decode } from '../../src/read/decode.js';
import { announceSkip, corpusFiles, SHARED } from '../support/paths.js';

announceSkip();

/**
 * The real parts of every shared report, read by hand from the text: how many top-level parts,
 * and the first and last of them (marker and title). Reports number their parts 一、二、三、, or
 * have two of them, or number none (a bare `2024年工作回顾` line) and end with a glossary.
 */
const PARTS: Record<string, [count: number, first: string, last: string]> = {
  '2009-guowuyuan-gzbg.gb18030.txt': [3, '一、２００８年工作回顾', '三、２００９年主要任务'],
  // Notes (附注：) numbered 1、…9、 follow the body: a part of their own, its entries no sections.
  '2012-guowuyuan-gzbg.txt': [4, '一、2011年工作回顾', '附注：'],
  // The body was scraped twice: its three parts appear twice.
  '2014-guowuyuan-gzbg.txt': [6, '一、2013年工作回顾', '三、2014年重点工作'],
  '2016-guowuyuan-gzbg.txt': [3, '一、2015年工作回顾', '三、2016年重点工作'],
  '2017-guowuyuan-gzbg.txt': [3, '一、2016年工作回顾', '三、2017年重点工作任务'],
  '2018-guowuyuan-gzbg.txt': [3, '一、过去五年工作回顾', '三、对2018年政府工作的建议'],
  '2019-guowuyuan-gzbg.txt': [3, '一、2018年工作回顾', '三、2019年政府工作任务'],
  '2021-guowuyuan-gzbg.txt': [3, '一、2020年工作回顾', '三、2021年重点工作'],
  '2022-guowuyuan-gzbg.txt': [3, '一、2021年工作回顾', '三、2022年政府工作任务'],
  '2023-guowuyuan-gzbg.txt': [2, '一、过去一年和五年工作回顾', '二、对今年政府工作的建议'],
  // Shortcomings and the plan follow 五、 as unnumbered paragraphs: five numbered parts.
  '2021-pingtan-fazhi.txt': [5, '一、加强组织领导，加快推进法治政府建设', '五、坚持多措并举，依法有效化解社会矛盾纠纷'],
  '2022-pingtan-xingzhengshenpiju-zongjie.txt': [3, '一、主要成效', '三、2023年工作计划'],
  '2023-pingtan-fazhi.txt': [8, '一、党对法治政府建设领导全面加强', '八、下一步工作计划'],
  '2025-gansu-gzbg.txt': [3, '一、2024年工作回顾', '三、2025年重点工作'],
  '2025-guizhou-gzbg.txt': [2, '一、2024年工作回顾', '二、2025年主要目标任务'],
  '2025-hubei-gzbg.txt': [3, '一、2024年工作回顾', '三、全面加强政府自身建设'],
  '2025-hunan-gzbg.txt': [3, '一、2024年工作回顾', '三、全面加强政府自身建设'],
  '2025-jiangsu-gzbg.txt': [3, '一、2024年工作回顾', '三、2025年重点工作'],
  '2025-jilin-gzbg.txt': [3, '一、2024年工作回顾', '三、锲而不舍加强政府自身建设'],
  '2025-neimenggu-gzbg.txt': [2, '一、2024年工作回顾', '二、2025年工作安排'],
  '2025-ningxia-gzbg.txt': [2, '一、2024年工作回顾', '二、2025年目标任务'],
  '2025-shaanxi-gzbg.txt': [2, '一、2024年工作回顾', '二、2025年工作安排'],
  // Paragraphs indented with EM SPACE (U+2003).
  '2025-shanghai-gzbg.txt': [3, '一、2024年工作回顾', '三、全面提升政府治理现代化水平'],
  '2025-shanxi-gzbg.txt': [3, '一、2024年工作回顾', '三、全面提升政府治理效能'],
  // Parts without numbers, then a glossary whose entries are not sections.
  '2025-sichuan-gzbg.txt': [4, '2024年工作回顾', '名词解释'],
  '2025-tianjin-gzbg.txt': [3, '一、2024年工作回顾', '三、努力建设人民满意政府'],
  '2025-xining-chengzhong-fazhi.txt': [3, '一、工作进展情况', '三、存在的问题及下一步工作思路'],
  '2025-xizang-gzbg.txt': [2, '2024年工作回顾', '2025年工作安排'],
};

describe.skipIf(!SHARED)('every corpus report outlines to its real parts', () => {
  it.each(corpusFiles().map((f) => [basename(f), f]))('%s', (name, file) => {
    const { text } = decode(readFileSync(file));
    const outline = parseOutline(text);
    const top = outline.sections.filter((s) => s.kind === 'heading');
    for (const s of top) expect(s.title.length).toBeLessThanOrEqual(60);
    const expected = PARTS[name];
    if (!expected) {
      // A corpus file this table does not know yet: it must still have parts.
      expect(top.length, `${name}: add its parts to PARTS`).toBeGreaterThanOrEqual(2);
      return;
    }
    const [count, first, last] = expected;
    const named = top.map((s) => s.marker + s.title);
    expect([named.length, named[0], named.at(-1)]).toEqual([count, first, last]);
  });

  it('reads each 2025 provincial report as the 2025 report, and the Wikisource ones by their own year', () => {
    for (const file of corpusFiles()) {
      const year = Number(basename(file).slice(0, 4));
      if (!basename(file).includes('gzbg')) continue;
      expect([basename(file), parseOutline(decode(readFileSync(file)).text).year]).toEqual([basename(file), year]);
    }
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
