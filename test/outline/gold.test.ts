import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOutline } from '../../src/outline/index.js';
import type { Section } from '../../src/schema/outline.js';
import { fixture } from '../support/outline.js';
import { announceSkip, SHARED } from '../support/paths.js';

interface GoldSection {
  level: number;
  marker: string;
  title: string;
  line: number;
  start?: number;
  children?: GoldSection[];
}

announceSkip();

describe.skipIf(!SHARED)('seed outline against the hand-checked gold', () => {
  const gold = SHARED
    ? (JSON.parse(readFileSync(join(SHARED, 'gold/2025-xining-chengzhong-fazhi.json'), 'utf8')) as { outline: GoldSection[]; year: number; title: string | null })
    : null;
  const text = fixture('2025-chengzhong-fazhi.txt');
  const outline = parseOutline(text);

  const headingsOnly = (sections: readonly Section[]): GoldSection[] =>
    sections
      .filter((s) => s.kind === 'heading')
      .map((s) => ({ level: s.level, marker: s.marker, title: s.title, line: s.span.start.line, start: s.span.start.offset, children: headingsOnly(s.children) }));
  const normalise = (sections: readonly GoldSection[]): GoldSection[] =>
    sections.map((s) => ({
      level: s.level,
      marker: s.marker,
      title: s.title,
      line: s.line,
      ...(s.start !== undefined ? { start: s.start } : {}),
      children: normalise(s.children ?? []),
    }));

  it('has the gold markers, titles, lines and offsets', () => {
    const mine = headingsOnly(outline.sections);
    const strip = (ours: GoldSection[], theirs: GoldSection[]): GoldSection[] =>
      ours.map((s, i) => {
        const g = theirs[i];
        const { start, ...rest } = s;
        return { ...rest, ...(g?.start !== undefined ? { start } : {}), children: strip(s.children ?? [], g?.children ?? []) };
      });
    expect(strip(mine, gold?.outline ?? [])).toEqual(normalise(gold?.outline ?? []));
  });

  it('has the gold title and year', () => {
    expect(outline.title?.text ?? null).toBe(gold?.title);
    expect(outline.year).toBe(gold?.year);
  });

  it('puts the 一是… items under each (一)…(八)', () => {
    const first = outline.sections[0] as Section;
    expect(first.children).toHaveLength(8);
    for (const sub of first.children) {
      const items = sub.children.filter((c) => c.kind === 'item');
      expect(items.length).toBeGreaterThanOrEqual(2);
      expect(items.map((c) => c.ordinal)).toEqual(items.map((_, i) => i + 1));
    }
  });
});
