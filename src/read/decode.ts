import type { Encoding } from '../schema/report.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
}

/** Why bytes are not a report; the reader turns it into an InputError naming the file. */
export class DecodeError extends Error {}

/**
 * Bytes to text: by BOM (UTF-8, UTF-16LE/BE), else strict UTF-8, else GB18030 (what a Windows
 * drafter's GBK file is). Binary data is refused rather than decoded into garbage.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: strict('utf-8', bytes.subarray(3)), encoding: 'utf-8-bom' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: checked(strict('utf-16le', bytes.subarray(2))), encoding: 'utf-16le' };
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: checked(strict('utf-16be', bytes.subarray(2))), encoding: 'utf-16be' };
  }
  if (bytes.includes(0)) throw new DecodeError('binary file (contains NUL bytes), not a text report');
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null && !gbMistakenForUtf8(utf8, bytes)) return { text: checked(utf8), encoding: 'utf-8' };
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) return { text: checked(gb), encoding: 'gb18030' };
  throw new DecodeError('not text in UTF-8, UTF-16 or GB18030');
}

const CJK = /[\u2e80-\u9fff\uf900-\ufaff]/;

/**
 * GB18030 bytes that happen to be valid UTF-8: a short GBK text often is (一些同学 → һЩͬѧ). Its
 * characters then are all of two-byte sequences, most of them beyond Latin (Cyrillic, Greek,
 * Armenian, Hebrew …: the GBK lead bytes 0xC6–0xDF of common characters), and none is CJK; a
 * UTF-8 text with accents (Café) is in Latin-1 and Latin Extended-A. Such a text that reads as
 * Chinese in GB18030 is GB18030.
 */
function gbMistakenForUtf8(utf8: string, bytes: Uint8Array): boolean {
  if (CJK.test(utf8)) return false;
  // Two-byte UTF-8 sequences decode to U+0080–U+07FF; CJK text in UTF-8 is three bytes a character.
  let twoByte = 0;
  let beyondLatin = 0;
  for (let i = 0; i < utf8.length; i++) {
    const c = utf8.charCodeAt(i);
    if (c < 0x80 || c > 0x7ff) continue;
    twoByte++;
    if (c >= 0x250) beyondLatin++;
  }
  if (twoByte === 0 || beyondLatin * 2 < twoByte) return false;
  const gb = tryDecode('gb18030', bytes);
  return gb !== null && CJK.test(gb);
}

/** Text back to bytes in the encoding it was read in (for --fix). */
export function encode(text: string, encoding: Encoding): Uint8Array {
  switch (encoding) {
    case 'utf-8':
      return new TextEncoder().encode(text);
    case 'utf-8-bom':
      return concat(new Uint8Array([0xef, 0xbb, 0xbf]), new TextEncoder().encode(text));
    case 'utf-16le':
    case 'utf-16be': {
      const out = new Uint8Array(2 + text.length * 2);
      const le = encoding === 'utf-16le';
      out[0] = le ? 0xff : 0xfe;
      out[1] = le ? 0xfe : 0xff;
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[2 + 2 * i + (le ? 0 : 1)] = c & 0xff;
        out[2 + 2 * i + (le ? 1 : 0)] = c >> 8;
      }
      return out;
    }
    case 'gb18030':
      throw new Error('GB18030 is encoded by encodeAsync (iconv-lite, loaded on demand)');
  }
}

/** Like encode, loading iconv-lite only when GB18030 is needed (TextEncoder writes UTF-8 only). */
export async function encodeAsync(text: string, encoding: Encoding): Promise<Uint8Array> {
  if (encoding !== 'gb18030') return encode(text, encoding);
  const iconv = (await import('iconv-lite')).default;
  return new Uint8Array(iconv.encode(text, 'gb18030'));
}

function strict(label: string, bytes: Uint8Array): string {
  const text = tryDecode(label, bytes);
  if (text === null) throw new DecodeError(`invalid ${label.toUpperCase()} despite its byte order mark`);
  return text;
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Control characters other than tab, line feed, form feed and carriage return do not occur in
// reports; a few in a row mean a binary file that happened to decode.
const CONTROL = /[\u0000-\u0008\u000e-\u001f]/g;

function checked(text: string): string {
  const controls = text.match(CONTROL)?.length ?? 0;
  if (controls > 0 && controls * 1000 > text.length) {
    throw new DecodeError('binary file (control characters), not a text report');
  }
  return text;
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
