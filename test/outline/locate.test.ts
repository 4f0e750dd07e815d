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
});
