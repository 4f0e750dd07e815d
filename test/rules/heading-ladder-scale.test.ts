import { describe, expect, it } from 'vitest';
import { lintReport } from '../../src/check/lint.js';
import { parseOutline } from '../../src/outline/index.js';
import { headingLadder } from '../../src/rules/heading-ladder.js';

describe('heading-ladder on a long report', () => {
  // Each 一、 votes once for the style of its sub-headings; finding whether it had voted used to
  // search every vote before it, quadratic in the headings (200,000 took 24 s). A generous
  // limit: `npm run bench` has the real figures.
  it('100,000 numbered headings, each 一、 with its （一）, are checked in well under a few seconds', () => {
    const numerals = '一二三四五六七八九十';
    const lines: string[] = [];
    for (let i = 0; i < 50_000; i++) lines.push(`${numerals[i % 10]}、强化法治政府建设${i}`, `（一）完善行政执法制度${i}`);
    // One parent whose sub-headings use 1. instead of （一）: the mixed style is still found.
    lines.push('十、加强队伍建设', '1.开展培训');
    const text = lines.join('\n');
    const outline = parseOutline(text);
    let ms = 0;
    const { diagnostics } = lintReport({ text, outline, indicators: [], rules: [headingLadder], timing: (_id, t) => (ms += t) });
    expect(diagnostics.map((d) => `${d.ruleId} ${text.slice(d.span.start.offset, d.span.end.offset)}`)).toEqual(['heading-ladder 1.']);
    expect(ms).toBeLessThan(3000);
  });
});
