import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import { decode } from '../../src/read/decode.js';
import { ROOT, SHARED, announceSkip } from '../support/paths.js';

/**
 * The hand-checked gold of real reports in fixtures/gold/ (the texts are in the shared corpus):
 * every figure of the annotated ranges, each with its exact span. Extraction must keep precision
 * ≥ 0.98 and recall ≥ 0.97 on each file, counted inside the ranges only, as `npm run score` does.
 */
interface GoldFile {
  file: string;
  ranges?: Array<{ start: number; end: number }>;
  indicators: Array<{ text: string; start: number; end: number; value: number; unit: string; approx: string | null }>;
  notIndicators?: Array<{ text: string; start: number }>;
}

const MIN_PRECISION = 0.98;
const MIN_RECALL = 0.97;

const dir = join(ROOT, 'fixtures/gold');
const golds = readdirSync(dir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => ({ name: f, gold: JSON.parse(readFileSync(join(dir, f), 'utf8')) as GoldFile }))
  // timeframe.json annotates time frames, not the figures themselves.
  .filter(({ gold }) => Array.isArray(gold.indicators));

announceSkip();

describe.skipIf(!SHARED)('extraction against the gold of real reports (fixtures/gold)', () => {
  it('has gold files', () => expect(golds.length).toBeGreaterThanOrEqual(4));

  for (const { name, gold } of golds) {
    describe(name, () => {
      const text = decode(readFileSync(join(SHARED as string, 'corpus', gold.file))).text;
      const inRanges = (offset: number) => !gold.ranges || gold.ranges.some((r) => offset >= r.start && offset < r.end);
      const found = extractIndicators(text, parseOutline(text)).filter((f) => inRanges(f.span.start.offset));
      const bySpan = new Map(found.map((f) => [`${f.span.start.offset}:${f.span.end.offset}`, f]));
      const goldSpans = new Set(gold.indicators.map((g) => `${g.start}:${g.end}`));

      it('has spans that slice to their text', () => {
        for (const g of gold.indicators) expect(text.slice(g.start, g.end)).toBe(g.text);
      });

      it(`reaches precision ≥ ${MIN_PRECISION} and recall ≥ ${MIN_RECALL} on exact spans`, () => {
        const missed = gold.indicators.filter((g) => !bySpan.has(`${g.start}:${g.end}`)).map((g) => `${g.text}@${g.start}`);
        const falseHits = found.filter((f) => !goldSpans.has(`${f.span.start.offset}:${f.span.end.offset}`)).map((f) => `${f.text}@${f.span.start.offset}`);
        const tp = gold.indicators.length - missed.length;
        expect({ precision: tp / found.length >= MIN_PRECISION, falseHits }).toMatchObject({ precision: true });
        expect({ recall: tp / gold.indicators.length >= MIN_RECALL, missed }).toMatchObject({ recall: true });
      });

      it('agrees on value, unit and approx where the spans match', () => {
        for (const g of gold.indicators) {
          const f = bySpan.get(`${g.start}:${g.end}`);
          if (f) expect({ text: f.text, value: f.value, unit: f.unit, approx: f.approx }).toEqual({ text: g.text, value: g.value, unit: g.unit, approx: g.approx });
        }
      });

      it('extracts none of the notIndicators', () => {
        for (const n of gold.notIndicators ?? []) {
          const hit = found.find((f) => f.span.start.offset < n.start + n.text.length && f.span.end.offset > n.start);
          expect(hit?.text, `“${n.text}” at ${n.start}`).toBeUndefined();
        }
      });
    });
  }
});
