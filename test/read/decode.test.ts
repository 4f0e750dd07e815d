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

describe('decode: odd input said plainly', () => {
  const report = '城中區2025年法治政府建設年度報告\n一、工作進展情況\n全年受理行政復議案件90件，辦結85件，依法推進法治政府建設。\n';
  const simplified = '城中区2025年法治政府建设年度报告\n一、工作进展情况\n全年受理行政复议案件90件，办结85件。\n';

  it('reads Big5 (Taiwan, Hong Kong) as Big5, not as GB18030 garbage, and writes it back the same', async () => {
    const bytes = iconv.encode(report, 'big5');
    const decoded = decode(bytes);
    expect(decoded).toEqual({ text: report, encoding: 'big5' });
    expect(Buffer.from(await encodeAsync(decoded.text, 'big5')).equals(bytes)).toBe(true);
    // GB18030 stays GB18030, traditional characters or not.
    expect(decode(iconv.encode(report, 'gb18030'))).toEqual({ text: report, encoding: 'gb18030' });
    expect(decode(iconv.encode(simplified, 'gb18030'))).toEqual({ text: simplified, encoding: 'gb18030' });
  });

  it('reads UTF-16 without a byte order mark, little- and big-endian, with 一 (U+4E00, a NUL low byte) in it', async () => {
    const le = Buffer.from(simplified, 'utf16le');
    const be = Buffer.from(le).swap16();
    expect(decode(le)).toEqual({ text: simplified, encoding: 'utf-16le-nobom' });
    expect(decode(be)).toEqual({ text: simplified, encoding: 'utf-16be-nobom' });
    expect(Buffer.from(await encodeAsync(simplified, 'utf-16be-nobom')).equals(be)).toBe(true);
    // Chinese alone has no NUL byte to tell it by: it is told by what it reads as.
    const cjk = '全年受理行政复议案件，依法推进法治政府建设，坚持依法行政。';
    expect(decode(Buffer.from(cjk, 'utf16le'))).toEqual({ text: cjk, encoding: 'utf-16le-nobom' });
    // NUL characters are binary still.
    expect(() => decode(Buffer.concat([le, Buffer.from([0, 0, 0, 0])]))).toThrow(/binary/);
  });

  it('a stray control byte is an oddity at its place, not a refusal of the report', () => {
    const text = '一、工作情况\n全年受理\x1a行政复议案件90件。\x1b\n';
    expect(decode(Buffer.from(text))).toEqual({
      text,
      encoding: 'utf-8',
      oddities: [
        { offset: 11, kind: 'control', code: 0x1a },
        { offset: 22, kind: 'control', code: 0x1b },
      ],
    });
  });

  it('an invalid byte in UTF-8 text is read as U+FFFD and said at its place', () => {
    const bytes = Buffer.concat([Buffer.from('一、工作情况\n全年受理'), Buffer.from([0xff]), Buffer.from('行政复议案件90件。\n')]);
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe('utf-8');
    expect(decoded.text).toBe('一、工作情况\n全年受理\ufffd行政复议案件90件。\n');
    expect(decoded.oddities).toEqual([{ offset: 11, kind: 'invalid', code: 0xfffd }]);
  });

  it.each([
    ['a .docx', Buffer.from('PK\x03\x04\x14\x00\x06\x00\x08\x00\x00\x00!\x00[Content_Types].xml\x00word/document.xml', 'latin1'), 'a Word document (.docx)'],
    ['a .doc or .wps', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), 'a Word (.doc) or WPS (.wps) document'],
    ['a PDF', Buffer.from('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n', 'latin1'), 'a PDF file'],
  ])('%s is named by its first bytes, with what to do', (_what, bytes, kind) => {
    expect(() => decode(bytes)).toThrow(`${kind}, not a plain-text report: save it as plain text (.txt, UTF-8) and check that`);
  });

  it('a forced encoding is used as given; bytes invalid in it are oddities', () => {
    const gb = iconv.encode(simplified, 'gb18030');
    expect(decode(gb, 'gb18030')).toEqual({ text: simplified, encoding: 'gb18030' });
    const asUtf8 = decode(gb, 'utf-8');
    expect(asUtf8.encoding).toBe('utf-8');
    expect(asUtf8.oddities?.length).toBeGreaterThan(10);
    expect(decode(Buffer.from(simplified, 'utf16le'), 'utf-16le')).toEqual({ text: simplified, encoding: 'utf-16le-nobom' });
  });
});
