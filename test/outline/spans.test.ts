import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseOutline, walkSections } from '../../src/outline/index.js';
import type { Section } from '../../src/schema/outline.js';
import { fixture } from '../support/outline.js';

function checkSpans(text: string): void {
  const outline = parseOutline(text);
  const within = (parent: Section, child: Section) =>
    child.span.start.offset >= parent.span.start.offset && child.span.end.offset <= parent.span.end.offset;
  for (const s of walkSections(outline.sections)) {
    expect(text.slice(s.titleSpan.start.offset, s.titleSpan.end.offset)).toBe(s.title);
    expect(text.slice(s.span.start.offset).startsWith(s.marker) || s.style === 'markdown').toBe(true);
    expect(s.span.end.offset).toBeGreaterThanOrEqual(s.titleSpan.end.offset);
    for (const c of s.children) expect(within(s, c)).toBe(true);
    const lines = text.slice(0, s.span.start.offset).split(/\r\n|\r|\n/);
    expect(s.span.start.line).toBe(lines.length);
    expect(s.span.start.column).toBe((lines.at(-1) as string).length + 1);
  }
}

describe('spans point into the text', () => {
  it.each(['outline/ladder-fullwidth.txt', 'outline/ladder-halfwidth.txt', 'outline/inline-items.txt', '2025-chengzhong-fazhi.txt'])(
    '%s',
    (name) => checkSpans(fixture(name)),
  );

  it('holds for arbitrary text built from report pieces (property)', () => {
    const piece = fc.constantFrom(
      '一、', '二、', '（一）', '(二)', '1.', '2、', '（1）', '一是', '二是', '第一，', '。', '：', ',', '\n', '\r\n', '\r',
      '工作情况', '2025年', '受理90件', '　', ' ', '①', '#',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 60 }), (parts) => {
        checkSpans(parts.join(''));
      }),
      { numRuns: 300 },
    );
  });
});
