import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import { announceSkip, corpusFiles } from '../support/paths.js';

const files = corpusFiles();
announceSkip();

function decode(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('gb18030').decode(bytes);
  }
}

/** Every real report extracts without a crash, with spans that point at what they claim. */
describe.skipIf(files.length === 0)('the shared corpus', () => {
  it.each(files.map((f) => [basename(f), f]))('%s', (_name, file) => {
    const text = decode(readFileSync(file));
    const found = extractIndicators(text, parseOutline(text));
    expect(found.length).toBeGreaterThan(10);
    let last = -1;
    for (const f of found) {
      expect(text.slice(f.span.start.offset, f.span.end.offset)).toBe(f.text);
      expect(f.span.start.offset).toBeGreaterThanOrEqual(last);
      last = f.span.end.offset;
      expect(Number.isFinite(f.value)).toBe(true);
      expect(Number.isFinite(f.base.value)).toBe(true);
    }
  });

  it('keys the macro figures of a 政府工作报告', () => {
    const file = files.find((f) => basename(f).startsWith('2018-'));
    if (!file) return;
    const text = decode(readFileSync(file));
    const keys = new Set(extractIndicators(text, parseOutline(text)).map((f) => f.key));
    for (const k of ['gdp', 'gdp.growth', 'employment.urban_new', 'gdp.growth.target', 'cpi.target', 'fiscal.deficit_rate.target']) {
      expect(keys.has(k), k).toBe(true);
    }
  });
});
