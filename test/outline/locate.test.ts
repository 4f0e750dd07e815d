import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createSectionLocator, parseOutline, walkSections } from '../../src/outline/index.js';

describe('createSectionLocator', () => {
  it('gives the headings and the item that contain an offset, as a walk over all sections would', () => {
    const piece = fc.constantFrom('一、', '二、', '（一）', '（二）', '1.', '2.', '一是', '二是', '工作', '。', '\n', '受理90件');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 50 }), fc.array(fc.nat(), { maxLength: 10 }), (parts, asks) => {
        const text = parts.join('');
        const outline = parseOutline(text);
        const locate = createSectionLocator(outline);
        for (const a of asks) {
          const offset = a % (text.length + 1);
          const containing = [...walkSections(outline.sections)].filter(
            (s) => s.span.start.offset <= offset && offset < s.span.end.offset,
          );
          const place = locate(offset);
          expect(place.headings).toEqual(containing.filter((s) => s.kind === 'heading'));
          expect(place.item).toEqual(containing.find((s) => s.kind === 'item') ?? null);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('says how far each answer holds, going through the text in order or back and forth', () => {
    const piece = fc.constantFrom('一、', '二、', '（一）', '1.', '一是', '二是', '工作', '。', '\n', '受理90件');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), fc.boolean(), (parts, shuffled) => {
        const text = parts.join('');
        const locate = createSectionLocator(parseOutline(text));
        const offsets = Array.from({ length: text.length + 1 }, (_, i) => i);
        if (shuffled) offsets.reverse();
        const places = offsets.map((o) => ({ o, ...locate(o) }));
        for (const p of places) {
          expect(p.until).toBeGreaterThan(p.o);
          const same = locate(Math.min(p.until, text.length + 1) - 1);
          expect([same.headings, same.item]).toEqual([p.headings, p.item]);
          if (p.until <= text.length) expect([locate(p.until).headings, locate(p.until).item]).not.toEqual([p.headings, p.item]);
        }
      }),
      { numRuns: 200 },
    );
  });
});
