import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decode, DecodeError, encodeAsync } from '../../src/read/decode.js';
import { parseOutline } from '../../src/outline/index.js';
import { fixture } from '../support/outline.js';

const text = fixture('outline/ladder-fullwidth.txt');
const utf16 = (s: string, le: boolean) => {
  const bom = le ? [0xff, 0xfe] : [0xfe, 0xff];
  const body = Buffer.from(s, 'utf16le');
  if (!le) body.swap16();
  return Buffer.concat([Buffer.from(bom), body]);
};

describe('decode', () => {
  it.each([
    ['utf-8', Buffer.from(text, 'utf8')],
    ['utf-8-bom', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')])],
    ['utf-16le', utf16(text, true)],
    ['utf-16be', utf16(text, false)],
    ['gb18030', iconv.encode(text, 'gb18030')],
  ])('%s reads exactly as its UTF-8 twin, with the same outline and positions', (encoding, bytes) => {
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(decoded.text).toBe(text);
    expect(parseOutline(decoded.text)).toEqual(parseOutline(text));
  });

  it('CRLF and CR line ends give the same tree on the same lines', () => {
    const lf = parseOutline(text);
    for (const eol of ['\r\n', '\r', '\r\r\n']) {
      const other = parseOutline(text.replace(/\n/g, eol));
      const strip = (o: typeof lf) => JSON.stringify(o, (k, v) => (k === 'offset' || k === 'line' || k === 'column' ? undefined : v));
      expect(strip(other)).toBe(strip(lf));
      if (eol !== '\r\r\n') {
        expect(other.sections.map((s) => s.span.start.line)).toEqual(lf.sections.map((s) => s.span.start.line));
      }
    }
  });

  it('rejects binary input', () => {
    expect(() => decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]))).toThrow(DecodeError);
    expect(() => decode(Uint8Array.from([0x01, 0x02, 0x03, 0x04, 0x05, 0x06]))).toThrow(/binary/);
  });

  it('reads GB18030 bytes that happen to be valid UTF-8 as GB18030 (一些同学 is һЩͬѧ in UTF-8)', () => {
    const bytes = iconv.encode('一些同学,学习法律。', 'gb18030');
    expect(new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, 8))).toBe('һЩͬѧ');
    expect(decode(iconv.encode('一些同学', 'gb18030'))).toEqual({ text: '一些同学', encoding: 'gb18030' });
    // Latin text with accents in UTF-8 stays UTF-8.
    expect(decode(Buffer.from('Café résumé, naïve'))).toEqual({ text: 'Café résumé, naïve', encoding: 'utf-8' });
  });

  it('rejects bytes that are neither UTF-8 nor GB18030', () => {
    expect(() => decode(Uint8Array.from([0xff, 0xff, 0xff, 0x80, 0x80]))).toThrow(DecodeError);
  });

  it('an empty file is an empty report', () => {
    expect(decode(new Uint8Array())).toEqual({ text: '', encoding: 'utf-8' });
  });

  it('encodes back to the bytes it was read from', async () => {
    for (const bytes of [Buffer.from(text), utf16(text, true), utf16(text, false), iconv.encode(text, 'gb18030')]) {
      const { text: t, encoding } = decode(bytes);
      expect(Buffer.from(await encodeAsync(t, encoding)).equals(bytes)).toBe(true);
    }
  });
});
