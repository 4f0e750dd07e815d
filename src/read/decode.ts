import { LocalizedError } from '../i18n/localized-error.js';
import { DOCUMENT_KINDS, FAILURES } from '../i18n/failures.js';
import { fill, type LocalizedText } from '../i18n/text.js';
import type { Encoding } from '../schema/report.js';
import { commonHanziCount } from './common-hanzi.js';

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Characters that are no text (a stray control byte, an invalid byte): findings at their place. */
  oddities?: Oddity[];
}

/** A character the text should not hold, at its offset in the decoded text. */
export interface Oddity {
  offset: number;
  /** A control character (its code), or a byte invalid in the encoding (shown as U+FFFD). */
  kind: 'control' | 'invalid';
  code: number;
}

/** Why bytes are not a report; the reader turns it into an InputError naming the file. */
export class DecodeError extends LocalizedError {}

/** The encodings a user may force (--encoding); a byte order mark still counts for UTF-8. */
const FORCIBLE = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'] as const;
export type ForcedEncoding = (typeof FORCIBLE)[number];

/**
 * Strict UTF-8 to text: the text, or null when the bytes are not valid UTF-8. The default is
 * TextDecoder (everywhere, the browser too); the CLI passes a faster one of Node's (read/utf8.ts).
 */
export type Utf8Decoder = (bytes: Uint8Array) => string | null;

/**
 * Bytes to text: by BOM (UTF-8, UTF-16LE/BE), else strict UTF-8, else UTF-16 without a BOM (NUL
 * bytes at one parity only), else whichever of GB18030 (what a Windows drafter's GBK file is),
 * Big5 (Taiwan, Hong Kong) and UTF-8 with a few broken bytes reads as Chinese best. Documents of
 * word processors and binary data are refused, saying what they are, rather than decoded into
 * garbage; a stray control or invalid byte in text is kept as an oddity, said at its place.
 */
export function decode(bytes: Uint8Array, forced?: ForcedEncoding, utf8Decoder: Utf8Decoder = strictUtf8): Decoded {
  const document = documentKind(bytes);
  if (document) throw new DecodeError(fill(FAILURES.notPlainText, { document }));
  if (forced) return decodeAs(bytes, forced);
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked(strict('utf-8', bytes.subarray(3), utf8Decoder), 'utf-8-bom');
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return checked(strict('utf-16le', bytes.subarray(2)), 'utf-16le');
  }
  if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    return checked(strict('utf-16be', bytes.subarray(2)), 'utf-16be');
  }
  if (bytes.includes(0)) {
    const order = utf16Order(bytes);
    const text = order ? tryDecode(order, bytes) : null;
    if (order && text !== null) return checked(text, `${order}-nobom`);
    throw new DecodeError(FAILURES.binaryNul);
  }
  const utf8 = utf8Decoder(bytes);
  if (utf8 !== null && !gbMistakenForUtf8(utf8, bytes)) return checked(utf8, 'utf-8');
  return checked(...bestOf(bytes));
}

/** The text in a forced encoding: bytes invalid in it become U+FFFD, each an oddity. */
function decodeAs(bytes: Uint8Array, forced: ForcedEncoding): Decoded {
  if (forced === 'utf-8' && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return checked(lenient('utf-8', bytes.subarray(3)), 'utf-8-bom', true);
  }
  const bom = forced === 'utf-16le' ? bytes[0] === 0xff && bytes[1] === 0xfe : forced === 'utf-16be' ? bytes[0] === 0xfe && bytes[1] === 0xff : false;
  if (bom) return checked(lenient(forced, bytes.subarray(2)), forced, true);
  const encoding: Encoding = forced === 'utf-16le' || forced === 'utf-16be' ? `${forced}-nobom` : forced;
  return checked(lenient(forced, bytes), encoding, true);
}

/**
 * Not UTF-8 and no BOM: GB18030 and Big5 decode most byte strings, so the one whose text has
 * more of the characters every report is full of wins; UTF-8 with a few invalid bytes (a file
 * cut or patched by a tool) competes too, its bytes then said one by one.
 */
function bestOf(bytes: Uint8Array): [string, Encoding, boolean] {
  const candidates: Array<[string, Encoding, boolean]> = [];
  const gb = tryDecode('gb18030', bytes);
  if (gb !== null) candidates.push([gb, 'gb18030', false]);
  // Node's Big5 decoder lets bytes through as C1 controls (0x80 → U+0080); Big5 must earn its
  // place by reading as Chinese, GB18030 being what a drafter's file most often is.
  const big5 = tryDecode('big5', bytes);
  if (big5 !== null && !/[\u0080-\u009f]/.test(big5) && commonHanziCount(big5, 200_000) > 0) candidates.push([big5, 'big5', false]);
  const utf8 = lenient('utf-8', bytes);
  if (mostlyUtf8(utf8)) candidates.push([utf8, 'utf-8', true]);
  // UTF-16 of Chinese alone has no NUL byte to tell it by.
  if (bytes.length % 2 === 0) {
    for (const order of ['utf-16le', 'utf-16be'] as const) {
      const text = tryDecode(order, bytes);
      if (text !== null) candidates.push([text, `${order}-nobom`, false]);
    }
  }
  let best: [string, Encoding, boolean] | null = null;
  let bestScore = -1;
  for (const candidate of candidates) {
    // A sample is enough to tell; the whole of a 50 MB text would be counted for nothing.
    const score = commonHanziCount(candidate[0], 200_000);
    if (score > bestScore) {
      best = candidate;
      bestScore = score;
    }
  }
  if (!best) throw new DecodeError(FAILURES.undecodable);
  return best;
}

/**
 * UTF-8 with a few broken bytes: its Chinese characters (three valid bytes each) far outnumber
 * the replacement characters. GBK or Big5 read as UTF-8 is nearly all replacement characters,
 * with a valid three-byte character by chance every few dozen.
 */
function mostlyUtf8(text: string): boolean {
  let replaced = 0;
  let cjk = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0xfffd) replaced++;
    else if (c >= 0x4e00 && c <= 0x9fff) cjk++;
  }
  return replaced * 4 <= cjk;
}

/**
 * UTF-16 without a BOM: a character whose high byte is NUL (ASCII: digits, line ends) has the
 * NUL second in little-endian, first in big-endian; one order has many such characters, the
 * other few (only those like 一, U+4E00, of NUL low byte). A NUL character (both bytes NUL) is
 * no text: binary data, /dev/zero.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0) return null;
  let le = 0;
  let be = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    const first = bytes[i];
    const second = bytes[i + 1];
    if (first === 0 && second === 0) return null;
    if (second === 0) le++;
    else if (first === 0) be++;
  }
  if (le > 2 * be) return 'utf-16le';
  if (be > 2 * le) return 'utf-16be';
  return null;
}

/**
 * Word processors' files, by their first bytes: said by name, so the user knows to save the
 * report as text. A ZIP is named by the folders inside it (word/ of a .docx).
 */
function documentKind(bytes: Uint8Array): LocalizedText | null {
  const starts = (...b: number[]) => b.every((x, i) => bytes[i] === x);
  if (starts(0x25, 0x50, 0x44, 0x46, 0x2d)) return DOCUMENT_KINDS.pdf;
  if (starts(0x7b, 0x5c, 0x72, 0x74, 0x66)) return DOCUMENT_KINDS.rtf;
  if (starts(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)) return DOCUMENT_KINDS.doc;
  if (starts(0x50, 0x4b, 0x03, 0x04)) {
    // The names of a ZIP's first entries are ASCII, near the start.
    const head = String.fromCharCode(...bytes.subarray(0, Math.min(bytes.length, 4096)));
    if (head.includes('word/')) return DOCUMENT_KINDS.docx;
    if (head.includes('application/vnd.oasis.opendocument.text')) return DOCUMENT_KINDS.odt;
    if (head.includes('xl/')) return DOCUMENT_KINDS.xlsx;
    if (head.includes('ppt/')) return DOCUMENT_KINDS.pptx;
    return DOCUMENT_KINDS.zip;
  }
  return null;
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
    case 'utf-16be':
    case 'utf-16le-nobom':
    case 'utf-16be-nobom': {
      const bom = encoding === 'utf-16le' || encoding === 'utf-16be' ? 2 : 0;
      const out = new Uint8Array(bom + text.length * 2);
      const le = encoding.startsWith('utf-16le');
      if (bom) {
        out[0] = le ? 0xff : 0xfe;
        out[1] = le ? 0xfe : 0xff;
      }
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        out[bom + 2 * i + (le ? 0 : 1)] = c & 0xff;
        out[bom + 2 * i + (le ? 1 : 0)] = c >> 8;
      }
      return out;
    }
    case 'gb18030':
    case 'big5':
      throw new Error('GB18030 and Big5 are encoded by encodeAsync (iconv-lite, loaded on demand)');
  }
}

/** Like encode, loading iconv-lite only when GB18030 is needed (TextEncoder writes UTF-8 only). */
export async function encodeAsync(text: string, encoding: Encoding): Promise<Uint8Array> {
  if (encoding !== 'gb18030' && encoding !== 'big5') return encode(text, encoding);
  const iconv = (await import('iconv-lite')).default;
  return new Uint8Array(iconv.encode(text, encoding));
}

/** The text after a byte order mark, which must decode: `read` gives null for bytes that do not. */
function strict(label: string, bytes: Uint8Array, read: (bytes: Uint8Array) => string | null = (b) => tryDecode(label, b)): string {
  const text = read(bytes);
  if (text === null) throw new DecodeError(fill(FAILURES.invalidDespiteBom, { encoding: label.toUpperCase() }));
  return text;
}

function lenient(label: string, bytes: Uint8Array): string {
  return new TextDecoder(label, { ignoreBOM: true }).decode(bytes);
}

function strictUtf8(bytes: Uint8Array): string | null {
  return tryDecode('utf-8', bytes);
}

function tryDecode(label: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

// Control characters other than tab, line feed, vertical tab, form feed and carriage return do
// not occur in reports. A few are strays (a ^Z or an ESC pasted from an old system), said at
// their place; when they are more than a hundredth of the text, it is binary data that happened
// to decode.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

function checked(text: string, encoding: Encoding, replaced = false): Decoded {
  const oddities: Oddity[] = [];
  let controls = 0;
  for (const m of text.matchAll(CONTROL)) {
    controls++;
    oddities.push({ offset: m.index, kind: 'control', code: m[0].charCodeAt(0) });
  }
  if (controls > 2 && controls * 100 > text.length) {
    throw new DecodeError(FAILURES.binaryControl);
  }
  if (replaced) {
    for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) oddities.push({ offset: i, kind: 'invalid', code: 0xfffd });
    oddities.sort((a, b) => a.offset - b.offset);
  }
  return oddities.length > 0 ? { text, encoding, oddities } : { text, encoding };
}

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  const out = new Uint8Array(a.length + b.length);
  out.set(a);
  out.set(b, a.length);
  return out;
}
