import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffReports, type IndicatorPair } from '../../src/diff/index.js';
import { ReportDiff } from '../../src/schema/diff.js';
import { ROOT } from '../support/paths.js';
import { loadReport, offsetOf, type Place } from './load.js';

interface Planted {
  old: string;
  new: string;
  changedValues: Array<{ old: Place; new: Place }>;
  rewordedLabels: Array<{ old: Place; new: Place }>;
  movedIndicators: Array<{ old: Place; new: Place }>;
  sameValueWrittenDifferently: Array<{ old: Place; new: Place }>;
  sections: { renamed: Array<{ old: string; new: string }>; added: string[]; removed: string[] };
  indicatorsAdded: Array<{ new: Place }>;
  indicatorsRemoved: Array<{ old: Place }>;
}

const planted = JSON.parse(readFileSync(join(ROOT, 'fixtures/diff/2024-vs-2025.expected.json'), 'utf8')) as Planted;
const old = loadReport(join(ROOT, 'fixtures', planted.old));
const neu = loadReport(join(ROOT, 'fixtures', planted.new));
const diff = diffReports(old, neu);

const key = (p: IndicatorPair) => `${p.old.span.start.offset}→${p.new.span.start.offset}`;
const plantedKey = (p: { old: Place; new: Place }) => `${offsetOf(old.text, p.old)}→${offsetOf(neu.text, p.new)}`;
const sorted = (xs: string[]) => [...xs].sort();

describe('2024 → 2025: the diff reports exactly the planted changes', () => {
  it('matches the schema', () => {
    expect(() => ReportDiff.parse(diff)).not.toThrow();
  });

  it('the ten changed values, paired with their counterparts, and no other change', () => {
    expect(sorted(diff.indicators.changed.map(key))).toEqual(sorted(planted.changedValues.map(plantedKey)));
    for (const p of diff.indicators.changed) {
      expect(p.change?.absolute).toBe(p.new.base.value - p.old.base.value);
    }
  });

  it('10万余次 against 8万余次 compares base values', () => {
    const p = diff.indicators.changed.find((x) => x.new.text === '10万余次');
    expect(p?.change).toEqual({ absolute: 20000, relative: 0.25, unit: '次' });
  });

  it('the five reworded labels are aligned, marked reworded, values unchanged', () => {
    const reworded = diff.indicators.unchanged.filter((p) => p.labelChanged);
    expect(sorted(reworded.map(key))).toEqual(sorted(planted.rewordedLabels.map(plantedKey)));
    expect(diff.indicators.changed.filter((p) => p.labelChanged)).toEqual([]);
  });

  it('the two moved indicators are aligned and marked moved', () => {
    const moved = [...diff.indicators.changed, ...diff.indicators.unchanged].filter((p) => p.moved);
    expect(sorted(moved.map(key))).toEqual(sorted(planted.movedIndicators.map(plantedKey)));
  });

  it('a value written another way (3万余 / 30000余) is unchanged', () => {
    const same = new Set(diff.indicators.unchanged.map(key));
    for (const p of planted.sameValueWrittenDifferently) expect(same.has(plantedKey(p))).toBe(true);
  });

  it('the indicators of the dropped and the added section, and no others, are removed and added', () => {
    expect(diff.indicators.added.map((x) => x.span.start.offset)).toEqual(planted.indicatorsAdded.map((p) => offsetOf(neu.text, p.new)));
    expect(diff.indicators.removed.map((x) => x.span.start.offset)).toEqual(planted.indicatorsRemoved.map((p) => offsetOf(old.text, p.old)));
  });

  it('one section added, one removed, one renamed', () => {
    expect(diff.sections.added.map((s) => s.title)).toEqual(planted.sections.added);
    expect(diff.sections.removed.map((s) => s.title)).toEqual(planted.sections.removed);
    expect(diff.sections.renamed.map((s) => ({ old: s.old.title, new: s.new.title }))).toEqual(planted.sections.renamed);
  });

  it('says how much aligned', () => {
    const s = diff.summary.indicators;
    expect(s.aligned).toBe(old.indicators.length - planted.indicatorsRemoved.length);
    expect(s.aligned).toBe(neu.indicators.length - planted.indicatorsAdded.length);
    expect(s.byKey + s.byLabel).toBe(s.aligned);
    expect(s.byKey).toBeGreaterThan(10);
    expect(diff.summary.sections).toMatchObject({ aligned: 10, renamed: 1, added: 1, removed: 1 });
  });
});

describe('a report against itself', () => {
  it.each([planted.old, planted.new])('%s: no change at all', (file) => {
    const r = loadReport(join(ROOT, 'fixtures', file));
    const d = diffReports(r, r);
    expect(d.indicators.changed).toEqual([]);
    expect(d.indicators.added).toEqual([]);
    expect(d.indicators.removed).toEqual([]);
    expect(d.indicators.unchanged.filter((p) => p.moved || p.labelChanged || key(p).split('→')[0] !== key(p).split('→')[1])).toEqual([]);
    expect(d.sections).toEqual({ renamed: [], added: [], removed: [] });
    expect(d.summary.indicators.oldShare).toBe(1);
  });
});
