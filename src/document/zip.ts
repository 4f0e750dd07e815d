import { InflateLimit, type Codec } from './codec.js';
import { crc32 } from './crc32.js';
import { WORD_FAILURES } from '../i18n/word-failures.js';
import { fill } from '../i18n/text.js';
import { WordError } from './error.js';

/**
 * The ZIP container of a Word package, read from its central directory. Entries keep where their
 * raw records lie, so that writing a package back copies every part it does not change byte for
 * byte (compressed data, extra fields, timestamps and all), not inflated and deflated again.
 */
export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  crc: number;
  compressedSize: number;
  size: number;
  /** Where the local record (header, data, data descriptor) starts and ends in the archive. */
  recordStart: number;
  recordEnd: number;
  dataStart: number;
  /** The central directory record, as written. */
  central: Uint8Array;
}

export interface Zip {
  bytes: Uint8Array;
  entries: ZipEntry[];
  byName: Map<string, ZipEntry>;
  /** The archive comment, kept when the package is written back. */
  comment: Uint8Array;
  /** Whether any size or offset needed ZIP64 fields (such a package is read, not rewritten). */
  zip64: boolean;
  codec: Codec;
}

const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const END = 0x06054b50;
const END64 = 0x06064b50;
const END64_LOCATOR = 0x07064b50;
const DESCRIPTOR = 0x08074b50;

/** Reads the directory of a ZIP archive; throws WordError when the bytes are not one. */
export function readZip(bytes: Uint8Array, codec: Codec): Zip {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u16 = (at: number) => view.getUint16(at, true);
  const u32 = (at: number) => view.getUint32(at, true);
  const u64 = (at: number) => u32(at) + u32(at + 4) * 0x100000000;
  const broken = () => new WordError(WORD_FAILURES.damagedZip);

  // The end record is within the last 64 KB + 22 bytes (its comment is at most 65535 bytes).
  let end = -1;
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (u32(i) === END && i + 22 + u16(i + 20) <= bytes.length) {
      end = i;
      break;
    }
  }
  if (end < 0) throw broken();
  let count = u16(end + 10);
  let directorySize = u32(end + 12);
  let directoryStart = u32(end + 16);
  const comment = bytes.subarray(end + 22, end + 22 + u16(end + 20));
  let zip64 = false;
  if (count === 0xffff || directorySize === 0xffffffff || directoryStart === 0xffffffff) {
    const locator = end - 20;
    if (locator < 0 || u32(locator) !== END64_LOCATOR) throw broken();
    const end64 = u64(locator + 8);
    if (end64 + 56 > bytes.length || u32(end64) !== END64) throw broken();
    count = u64(end64 + 32);
    directorySize = u64(end64 + 40);
    directoryStart = u64(end64 + 48);
    zip64 = true;
  }
  if (directoryStart + directorySize > bytes.length) throw broken();

  const entries: ZipEntry[] = [];
  const byName = new Map<string, ZipEntry>();
  const utf8 = new TextDecoder('utf-8');
  let at = directoryStart;
  for (let n = 0; n < count; n++) {
    if (at + 46 > bytes.length || u32(at) !== CENTRAL) throw broken();
    const flags = u16(at + 8);
    const method = u16(at + 10);
    let compressedSize = u32(at + 20);
    let size = u32(at + 24);
    const nameLength = u16(at + 28);
    const extraLength = u16(at + 30);
    const commentLength = u16(at + 32);
    let recordStart = u32(at + 42);
    const recordLength = 46 + nameLength + extraLength + commentLength;
    if (at + recordLength > bytes.length) throw broken();
    const name = utf8.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    // ZIP64 sizes and offset, in that order, for the fields that overflowed.
    for (let e = at + 46 + nameLength; e + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = u16(e);
      const length = u16(e + 2);
      if (id === 0x0001) {
        let f = e + 4;
        if (size === 0xffffffff) (size = u64(f)), (f += 8);
        if (compressedSize === 0xffffffff) (compressedSize = u64(f)), (f += 8);
        if (recordStart === 0xffffffff) recordStart = u64(f);
        zip64 = true;
      }
      e += 4 + length;
    }
    if (recordStart + 30 > bytes.length || u32(recordStart) !== LOCAL) throw broken();
    const dataStart = recordStart + 30 + u16(recordStart + 26) + u16(recordStart + 28);
    let recordEnd = dataStart + compressedSize;
    if (recordEnd > bytes.length) throw broken();
    if (flags & 0x8) {
      // A data descriptor: with or without its signature, with 4- or 8-byte sizes.
      const signed = recordEnd + 4 <= bytes.length && u32(recordEnd) === DESCRIPTOR ? 4 : 0;
      recordEnd += signed + (zip64 ? 20 : 12);
      if (recordEnd > bytes.length) recordEnd = bytes.length;
    }
    const entry: ZipEntry = {
      name,
      method,
      flags,
      crc: u32(at + 16),
      compressedSize,
      size,
      recordStart,
      recordEnd,
      dataStart,
      central: bytes.subarray(at, at + recordLength),
    };
    entries.push(entry);
    byName.set(name, entry);
    at += recordLength;
  }
  return { bytes, entries, byName, comment, zip64, codec };
}

/**
 * A budget of inflated bytes shared by every part read from one package: a zip bomb (a small
 * entry that inflates to gigabytes) is stopped as soon as it passes the cap, whatever sizes its
 * directory claims.
 */
export interface InflateBudget {
  left: number;
  readonly cap: number;
}

export function inflateBudget(cap: number): InflateBudget {
  return { left: cap, cap };
}

/** An entry's data, inflated; its size counts against the budget. */
export function readEntry(zip: Zip, entry: ZipEntry, budget: InflateBudget): Uint8Array {
  if (entry.flags & 0x1) throw new WordError(WORD_FAILURES.encryptedPackage);
  const raw = zip.bytes.subarray(entry.dataStart, entry.dataStart + entry.compressedSize);
  const overCap = () =>
    new WordError(fill(WORD_FAILURES.tooLarge, { mb: Math.round(budget.cap / (1024 * 1024)) }));
  if (entry.method === 0) {
    if (raw.length > budget.left) throw overCap();
    budget.left -= raw.length;
    return raw;
  }
  if (entry.method !== 8) throw new WordError(fill(WORD_FAILURES.unknownMethod, { part: entry.name, method: entry.method }));
  let out: Uint8Array;
  try {
    out = zip.codec.inflate(raw, budget.left);
  } catch (error) {
    if (error instanceof InflateLimit) throw overCap();
    throw new WordError(fill(WORD_FAILURES.notInflatable, { part: entry.name }));
  }
  if (out.length > budget.left) throw overCap();
  budget.left -= out.length;
  return out;
}

/**
 * A new archive: every entry of `zip` in its order, the raw record of those not in `replace`
 * copied as it was, those in `replace` deflated anew, then `add` at the end.
 */
export function writeZip(zip: Zip, replace: ReadonlyMap<string, Uint8Array>, add: ReadonlyMap<string, Uint8Array> = new Map()): Uint8Array {
  if (zip.zip64) throw new WordError(WORD_FAILURES.zip64);
  const records: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  const push = (record: Uint8Array, central: Uint8Array) => {
    records.push(record);
    centrals.push(central);
    offset += record.length;
  };
  for (const entry of zip.entries) {
    const data = replace.get(entry.name);
    if (data === undefined) {
      // A copy (Buffer's slice would be a view into the archive read).
      const central = new Uint8Array(entry.central);
      new DataView(central.buffer).setUint32(42, offset, true);
      push(zip.bytes.subarray(entry.recordStart, entry.recordEnd), central);
    } else {
      push(...stored(entry.central, data, offset, zip.codec));
    }
  }
  const encoder = new TextEncoder();
  for (const [name, data] of add) push(...stored(newCentral(encoder.encode(name)), data, offset, zip.codec));

  const directorySize = centrals.reduce((n, c) => n + c.length, 0);
  const tail = new Uint8Array(22 + zip.comment.length);
  const view = new DataView(tail.buffer);
  view.setUint32(0, END, true);
  view.setUint16(8, centrals.length, true);
  view.setUint16(10, centrals.length, true);
  view.setUint32(12, directorySize, true);
  view.setUint32(16, offset, true);
  view.setUint16(20, zip.comment.length, true);
  tail.set(zip.comment, 22);
  const out = new Uint8Array(offset + directorySize + tail.length);
  let at = 0;
  for (const part of [...records, ...centrals, tail]) {
    out.set(part, at);
    at += part.length;
  }
  return out;
}

/** A central record for a new entry: deflated, UTF-8 name, the DOS date of 1980-01-01. */
function newCentral(name: Uint8Array): Uint8Array {
  const central = new Uint8Array(46 + name.length);
  const view = new DataView(central.buffer);
  view.setUint32(0, CENTRAL, true);
  view.setUint16(4, 20, true);
  view.setUint16(6, 20, true);
  view.setUint16(8, 0x800, true);
  view.setUint16(14, 0x21, true);
  view.setUint16(28, name.length, true);
  central.set(name, 46);
  return central;
}

/**
 * A deflated local record and its central record, from the central record of the entry it
 * replaces: the name, times and attributes stay; no data descriptor, no extra field.
 */
function stored(original: Uint8Array, data: Uint8Array, offset: number, codec: Codec): [Uint8Array, Uint8Array] {
  const source = new DataView(original.buffer, original.byteOffset, original.byteLength);
  const nameLength = source.getUint16(28, true);
  const commentLength = source.getUint16(32, true);
  const name = original.subarray(46, 46 + nameLength);
  const packed = codec.deflate(data);
  const crc = crc32(data);
  const flags = source.getUint16(8, true) & 0x800; // keep only "the name is UTF-8"
  const local = new Uint8Array(30 + nameLength + packed.length);
  const l = new DataView(local.buffer);
  l.setUint32(0, LOCAL, true);
  l.setUint16(4, 20, true);
  l.setUint16(6, flags, true);
  l.setUint16(8, 8, true);
  l.setUint16(10, source.getUint16(12, true), true);
  l.setUint16(12, source.getUint16(14, true), true);
  l.setUint32(14, crc, true);
  l.setUint32(18, packed.length, true);
  l.setUint32(22, data.length, true);
  l.setUint16(26, nameLength, true);
  local.set(name, 30);
  local.set(packed, 30 + nameLength);
  const central = new Uint8Array(46 + nameLength + commentLength);
  central.set(original.subarray(0, 46));
  const c = new DataView(central.buffer);
  c.setUint16(6, 20, true);
  c.setUint16(8, flags, true);
  c.setUint16(10, 8, true);
  c.setUint32(16, crc, true);
  c.setUint32(20, packed.length, true);
  c.setUint32(24, data.length, true);
  c.setUint16(30, 0, true);
  c.setUint32(42, offset, true);
  central.set(name, 46);
  central.set(original.subarray(46 + nameLength + source.getUint16(30, true), 46 + nameLength + source.getUint16(30, true) + commentLength), 46 + nameLength);
  return [local, central];
}
