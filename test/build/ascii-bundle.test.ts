import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
// @ts-expect-error: a build script, plain JavaScript without declarations
import { asciiBundle } from '../../scripts/ascii-bundle.mjs';
import { ROOT } from '../support/paths.js';

const escape = asciiBundle as (js: string, name: string) => string;
const literal = (js: string) => new Function(`return ${js}`)() as RegExp;

/** Pieces of a pattern: Chinese, a character beyond the BMP, classes and ranges, escapes, identity escapes. */
const piece = fc.constantFrom('年', '报告', '（', '）', '😀', '[一二三]', '[\\u4e00-\\u9fff]', '[^。；]', '\\d', '\\s', '\\。', '\\\\', '(?:度)?', '|', '+', '{1,2}', '[😀年]', 'a', '.', '(?<=年)', '\\/');
const subject = fc.array(fc.constantFrom('年', '报告', '（', '）', '😀', '一', '。', '；', '1', ' ', 'a', '\\', '/', '度'), { maxLength: 12 }).map((p) => p.join(''));

describe('the CLI bundle in ASCII', () => {
  it('is ASCII only, as the launcher reads it (latin1)', () => {
    expect(/[^\x00-\x7f]/.test(readFileSync(join(ROOT, 'dist/cli.cjs'), 'latin1'))).toBe(false);
  });

  it('escapes a pattern to one that matches what it matched, with and without u', () => {
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 6 }), fc.constantFrom('', 'g', 'u', 'gu'), fc.array(subject, { maxLength: 4 }), (pieces, flags, texts) => {
        const source = `/${pieces.join('')}/${flags}`;
        let original: RegExp;
        try {
          original = literal(source);
        } catch {
          return; // not a pattern (an identity escape under u, a quantifier with nothing before it)
        }
        const js = `const r = ${source};`;
        const out = escape(js, 'test.js');
        expect(/[^\x00-\x7f]/.test(out)).toBe(false);
        const escaped = literal(out.slice('const r = '.length, -1));
        expect(escaped.flags).toBe(original.flags);
        for (const t of texts) expect(t.match(escaped)).toEqual(t.match(original));
      }),
      { numRuns: 3000 },
    );
  });

  it('leaves strings and templates to esbuild, and says where a non-ASCII character is left', () => {
    expect(escape('const a = /年/; const b = "ok";', 'x.js')).toBe('const a = /\\u5e74/; const b = "ok";');
    expect(() => escape('const b = "年";', 'x.js')).toThrow(/x\.js keeps a non-ASCII character/);
  });
});
