import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readWord } from '../../src/document/read.js';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import { decode } from '../../src/read/decode.js';
import { announceSkip, SHARED } from '../support/paths.js';

announceSkip();

const DOCX = SHARED ? join(SHARED, 'docx') : null;
const files = DOCX && existsSync(DOCX) ? readdirSync(DOCX).filter((f) => f.endsWith('.docx')).sort() : [];

function outlineOf(text: string) {
  const outline = parseOutline(text);
  const rows: string[] = [];
  const walk = (nodes: typeof outline.sections) => {
    for (const s of nodes) {
      rows.push(`${s.level} ${s.kind} ${s.marker}${s.title}`);
      walk(s.children);
    }
  };
  walk(outline.sections);
  return { outline, rows, title: outline.title?.text ?? null, year: outline.year };
}

describe.skipIf(files.length === 0)('the shared .docx reports read as their published text', () => {
  it('has the 14 reports', () => expect(files.length).toBe(14));

  it.each(files)('%s: same outline and indicators as its text in the corpus', (file) => {
    const word = readWord(new Uint8Array(readFileSync(join(DOCX as string, file))));
    const text = decode(readFileSync(join(SHARED as string, 'corpus', file.replace(/\.docx$/, '.txt')))).text;
    const a = outlineOf(word.text);
    const b = outlineOf(text);
    expect(a.rows.length).toBeGreaterThan(3);
    expect({ title: a.title, year: a.year, rows: a.rows }).toEqual({ title: b.title, year: b.year, rows: b.rows });
    const figures = (t: string, o: ReturnType<typeof parseOutline>) =>
      extractIndicators(t, o).map((i) => `${i.label}|${i.value}|${i.unit}|${i.approx ?? ''}|${i.kind}`);
    const fa = figures(word.text, a.outline);
    expect(fa.length).toBeGreaterThan(50);
    expect(fa).toEqual(figures(text, b.outline));
    // Each paragraph of the document is a line of the published text: 第N段 is its Nth line.
    const lines = text.split('\n');
    for (const p of word.paragraphs) expect(word.text.slice(p.start, p.end)).toBe(lines[p.number - 1]);
  });
});
