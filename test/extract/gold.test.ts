import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import { Indicator } from '../../src/schema/indicator.js';
import { SEED, SHARED, announceSkip, goldFiles } from '../support/paths.js';

interface Gold {
  file: string;
  indicators: Array<{ text: string; start: number; end: number; value: number; unit: string; approx: string | null; section: string[]; item: string | null }>;
  notIndicators: Array<{ text: string; start: number }>;
}

/** The text a gold file describes: the seed fixture or the shared corpus file of that name. */
function textOf(gold: Gold): string | null {
  for (const path of [join(SHARED ?? '', 'corpus', gold.file), SEED]) {
    if (basename(path) === gold.file || path === SEED) {
      try {
        const bytes = readFileSync(path);
        try {
          return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
        } catch {
          return new TextDecoder('gb18030').decode(bytes);
        }
      } catch {
        continue;
      }
    }
  }
  return null;
}

const golds = goldFiles();
announceSkip();

describe.skipIf(golds.length === 0)('extraction against the hand-checked gold', () => {
  for (const file of golds) {
    const gold = JSON.parse(readFileSync(file, 'utf8')) as Gold;
    const text = textOf(gold);
    describe.skipIf(text === null)(basename(file), () => {
      const found = text ? extractIndicators(text, parseOutline(text)) : [];
      const bySpan = new Map(found.map((f) => [`${f.span.start.offset}:${f.span.end.offset}`, f]));

      it('reaches F1 ≥ 0.97 on exact spans', () => {
        const tp = gold.indicators.filter((g) => bySpan.has(`${g.start}:${g.end}`)).length;
        const p = tp / found.length;
        const r = tp / gold.indicators.length;
        expect((2 * p * r) / (p + r)).toBeGreaterThanOrEqual(0.97);
      });

      it('agrees on value, unit and approx where the spans match', () => {
        for (const g of gold.indicators) {
          const f = bySpan.get(`${g.start}:${g.end}`);
          if (!f) continue;
          expect({ text: f.text, value: f.value, unit: f.unit, approx: f.approx }).toEqual({ text: g.text, value: g.value, unit: g.unit, approx: g.approx });
        }
      });

      it('extracts none of the notIndicators', () => {
        for (const n of gold.notIndicators) {
          const hit = found.find((f) => f.span.start.offset < n.start + n.text.length && f.span.end.offset > n.start);
          expect(hit?.text, `“${n.text}” at ${n.start}`).toBeUndefined();
        }
      });

      it('places figures in their section and item', () => {
        for (const g of gold.indicators) {
          const f = bySpan.get(`${g.start}:${g.end}`);
          if (f) expect({ section: f.sectionPath, item: f.item }).toEqual({ section: g.section, item: g.item });
        }
      });

      it('produces output valid under the Indicator schema', () => {
        for (const f of found) expect(() => Indicator.parse(f)).not.toThrow();
      });
    });
  }
});

describe('the seed without the shared gold', () => {
  const text = readFileSync(SEED, 'utf8');
  const found = extractIndicators(text, parseOutline(text));

  it('gives line and column for each span', () => {
    const first = found[0];
    expect(first?.text).toBe('18次');
    expect(first?.span.start).toEqual({ offset: 281, line: 3, column: 73 });
    expect(first?.sectionPath).toEqual(['一、工作进展情况', '(一)提高政府履职能力,推动经济社会发展']);
    expect(first?.sectionId).toBe('1.1');
    expect(first?.item).toBe('一是');
  });

  it('labels the figures from their clause and carries an elided object', () => {
    const get = (t: string) => found.find((f) => f.text === t);
    expect(get('7.1%')?.label).toBe('纠错率');
    expect(get('1600余次')?.label).toBe('排查纠纷');
    expect(get('10万余次')).toMatchObject({ value: 100000, unit: '次', approx: '余', label: '播放量' });
    expect(get('1603人(次)')).toMatchObject({ unit: '人(次)', base: { value: 1603, unit: '人次' } });
  });
});
