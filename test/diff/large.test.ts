import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { diffReports } from '../../src/diff/index.js';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import { SEED } from '../support/paths.js';

const load = (text: string) => {
  const outline = parseOutline(text);
  return { text, outline, indicators: extractIndicators(text, outline) };
};

describe('large inputs: buckets and windows keep the alignment right', () => {
  // 60 copies of the seed (~860 kB), each copy of the new one with one figure changed:
  // far beyond the size solved whole, so every group is bucketed by counterpart headings.
  const seed = readFileSync(SEED, 'utf8');
  const copies = 60;
  const old = load(seed.repeat(copies));
  const neu = load(seed.replace('审结70件', '审结77件').repeat(copies));

  // The timeout is a hang guard; the diff's speed is measured in `npm run bench`.
  it('aligns every indicator with its own copy, and finds each change once', () => {
    const d = diffReports(old, neu);
    expect(d.summary.indicators.aligned).toBe(old.indicators.length);
    expect(d.indicators.changed).toHaveLength(copies);
    expect(d.indicators.changed.every((p) => p.old.text === '70件' && p.new.text === '77件')).toBe(true);
    // 70 and 77 are as long as each other, so an indicator and its own copy sit at the same offset.
    expect([...d.indicators.changed, ...d.indicators.unchanged].every((p) => p.old.span.start.offset === p.new.span.start.offset)).toBe(true);
    expect(d.indicators.unchanged.some((p) => p.moved || p.labelChanged)).toBe(false);
    expect(d.summary.sections).toMatchObject({ renamed: 0, added: 0, removed: 0 });
  }, 60_000);
});
