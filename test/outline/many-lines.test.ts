import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.js';

// A hang guard, not a speed check (speeds are measured in `npm run bench`): each line once
// searched for run-in enumerators up to the next sentence end, which in a list of short lines
// without one was the end of the text. 150,000 such lines took over a minute and a half.
const HANG_GUARD_MS = 30_000;

describe('a long list of short lines without sentence ends', () => {
  it('is outlined line by line, each search stopping at its line', () => {
    const lines = 150_000;
    const text = Array.from({ length: lines }, (_, i) => (i % 1000 === 0 ? `${'一二三四五六七八九十'[(i / 1000) % 10]}、标题` : '工作汉字汉字')).join('\n');
    const outline = parseOutline(text);
    expect(outline.sections.length).toBeGreaterThan(0);
    expect(outline.sections.every((s) => s.children.length === 0)).toBe(true);
  }, HANG_GUARD_MS);

  it('still finds an enumerator after a sentence end further down', () => {
    const text = `${'工作汉字\n'.repeat(5000)}一、加强建设\n开展工作。一是完善制度；二是加强监督。\n`;
    const outline = parseOutline(text);
    const heading = outline.sections.at(-1);
    expect(heading?.title).toBe('加强建设');
    expect(heading?.children.map((c) => c.marker)).toEqual(['一是', '二是']);
  }, HANG_GUARD_MS);
});
