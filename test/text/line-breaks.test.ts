import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LineBreaks } from '../../src/text/line-breaks.js';

/** The lines as (start, end) pairs, walked as the scanners walk them. */
function walk(text: string): string[] {
  const breaks = new LineBreaks(text);
  const lines: string[] = [];
  let start = 0;
  for (;;) {
    const end = breaks.endOf(start);
    lines.push(text.slice(start, end));
    if (end >= text.length) return lines;
    start = breaks.nextStart(end);
  }
}

describe('LineBreaks', () => {
  it('ends lines at CR LF, CR and LF, CR LF as one break', () => {
    expect(walk('一、总体\r\n（一）工作\r二、问题\n')).toEqual(['一、总体', '（一）工作', '二、问题', '']);
    expect(walk('\r')).toEqual(['', '']);
    expect(walk('甲\n\r\n乙')).toEqual(['甲', '', '乙']);
  });

  it('gives the lines a split on CR LF, CR and LF gives, for any mix', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', '中', '\n', '\r', '\r\n', '，'), { maxLength: 40 }), (parts) => {
        const text = parts.join('');
        expect(walk(text)).toEqual(text.split(/\r\n|\r|\n/));
      }),
    );
  });
});
