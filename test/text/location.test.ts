import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLocator } from '../../src/text/location.js';

/** The obvious definition: count line breaks (CR LF, CR, LF) before the offset. */
function naive(text: string, offset: number) {
  const before = text.slice(0, offset);
  const lines = before.split(/\r\n|\r|\n/);
  // An offset between CR and LF is still on the line the CR ends.
  const splitPair = before.endsWith('\r') && text[offset] === '\n';
  const line = splitPair ? lines.length - 1 : lines.length;
  const column = splitPair ? (lines.at(-2) as string).length + 2 : (lines.at(-1) as string).length + 1;
  return { offset, line, column };
}

describe('createLocator', () => {
  it('maps offsets to 1-based line and column, in any order of asking', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '中', '\n', '\r', '\r\n', '，'), { maxLength: 40 }).map((p) => p.join('')),
        fc.array(fc.nat(), { maxLength: 20 }),
        (text, asks) => {
          const locate = createLocator(text);
          for (const a of asks) {
            const offset = text.length === 0 ? 0 : a % (text.length + 1);
            expect(locate.point(offset)).toEqual(naive(text, offset));
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a span is its two points, whether or not it crosses a line (the end is derived on one line)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom('a', '中', '\n', '\r', '\r\n', '，'), { maxLength: 40 }).map((p) => p.join('')),
        fc.array(fc.tuple(fc.integer({ min: -3, max: 45 }), fc.integer({ min: -3, max: 45 })), { maxLength: 20 }),
        (text, asks) => {
          const locate = createLocator(text);
          const reference = createLocator(text);
          for (const [a, b] of asks) {
            expect(locate.span(a, b)).toEqual({ start: reference.point(a), end: reference.point(b) });
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('clamps offsets outside the text', () => {
    const locate = createLocator('一\n二');
    expect(locate.point(-5)).toEqual({ offset: 0, line: 1, column: 1 });
    expect(locate.point(99)).toEqual({ offset: 3, line: 2, column: 2 });
  });
});
