import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { scanIndicators } from '../../src/extract/index.js';
import type { Indicator } from '../../src/schema/indicator.js';

/**
 * The phrasing fixtures: sentences in real report style that the seed does not contain, each
 * with the exact list of indicators expected from it (fixtures/indicators/phrasings.json).
 */
interface Expected {
  text: string;
  value?: number;
  unit?: string;
  unitKind?: string;
  approx?: string | null;
  kind?: string;
  key?: string | null;
  label?: string;
  base?: { value: number; unit: string };
  change?: { direction?: string; reference?: string | null };
  range?: { low: number; high: number };
  target?: { bound: string };
}

interface Case {
  topic: string;
  text: string;
  expected: Expected[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../../fixtures/indicators/phrasings.json', import.meta.url), 'utf8'),
) as { cases: Case[] };

/** The expected spans: each `text` searched from the end of the previous one. */
function spans(c: Case): Array<[number, number]> {
  let from = 0;
  return c.expected.map((e) => {
    const start = c.text.indexOf(e.text, from);
    if (start < 0) throw new Error(`fixture error: "${e.text}" not in "${c.text}"`);
    from = start + e.text.length;
    return [start, from];
  });
}

function check(found: Indicator, e: Expected): void {
  if (e.value !== undefined) expect(found.value, 'value').toBeCloseTo(e.value, 9);
  if (e.unit !== undefined) expect(found.unit, 'unit').toBe(e.unit);
  if (e.unitKind !== undefined) expect(found.unitKind, 'unitKind').toBe(e.unitKind);
  if (e.approx !== undefined) expect(found.approx, 'approx').toBe(e.approx);
  if (e.kind !== undefined) expect(found.kind, 'kind').toBe(e.kind);
  if (e.key !== undefined) expect(found.key ?? null, 'key').toBe(e.key);
  if (e.label !== undefined) expect(found.label, 'label').toContain(e.label);
  if (e.base !== undefined) {
    expect(found.base.unit, 'base unit').toBe(e.base.unit);
    expect(found.base.value, 'base value').toBeCloseTo(e.base.value, 6);
  }
  if (e.change !== undefined) expect(found.change, 'change').toMatchObject(e.change);
  if (e.range !== undefined) expect(found.range, 'range').toEqual(e.range);
  if (e.target !== undefined) expect(found.target, 'target').toEqual(e.target);
}

describe('indicator phrasings (fixtures/indicators/phrasings.json)', () => {
  it('has at least 60 phrasings with indicators', () => {
    expect(fixture.cases.filter((c) => c.expected.length > 0).length).toBeGreaterThanOrEqual(60);
  });

  it('takes no phrasing with indicators from the seed', () => {
    const seed = readFileSync(new URL('../../fixtures/2025-chengzhong-fazhi.txt', import.meta.url), 'utf8');
    for (const c of fixture.cases.filter((x) => x.expected.length > 0)) {
      for (let i = 0; i + 12 <= c.text.length; i++) expect(seed.includes(c.text.slice(i, i + 12)), c.text).toBe(false);
    }
  });

  for (const c of fixture.cases) {
    it(`${c.topic}: ${c.text}`, () => {
      const found = scanIndicators(c.text);
      const want = spans(c);
      expect(found.map((f) => c.text.slice(f.span.start.offset, f.span.end.offset))).toEqual(c.expected.map((e) => e.text));
      found.forEach((f, i) => {
        expect([f.span.start.offset, f.span.end.offset]).toEqual(want[i]);
        expect(f.text).toBe(c.expected[i]?.text);
        check(f, c.expected[i] as Expected);
      });
    });
  }
});
