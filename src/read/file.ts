import { accessSync, closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { describeFsError, STDIN } from './collect.js';
import { decode, DecodeError, type ForcedEncoding } from './decode.js';
import type { Changes } from '../document/word-text.js';
import { BINARY_WORD_FILE, formatOf, STDIN_NAME, type FileStamp, type ReportDocument } from './document.js';
import { InputError } from './error.js';
import { FAILURES, FILE_KINDS } from '../i18n/failures.js';
import { WORD_FAILURES } from '../i18n/word-failures.js';
import { fill, type LocalizedText } from '../i18n/text.js';
import { looksLikeCompoundFile, looksLikeZip } from './word.js';
import { looksLikeHtml, looksLikePdf } from './sniff.js';
import { nodeUtf8 } from './utf8.js';

/**
 * The most bytes read from one input: far above any report (a long 政府工作报告 is a few hundred
 * KB), and a bound on memory when a device or a pipe never ends.
 */
export const MAX_REPORT_BYTES = 256 * 1024 * 1024;

export interface ReadOptions {
  /**
   * Read to be fixed in place: only a regular file (a FIFO would block --fix for ever, and
   * cannot be replaced), stamped so that the writer can tell whether it changed meanwhile.
   */
  forFix?: boolean;
  /** Read in this encoding, not a detected one (--encoding). */
  encoding?: ForcedEncoding;
  /** Which text of a Word document with tracked changes to read (default: as if accepted). */
  changes?: Changes;
}

/** Reads and decodes one report file, or standard input for `-`. */
export async function readReport(path: string, stdin: () => Promise<Uint8Array> = readStdin, options: ReadOptions = {}): Promise<ReportDocument> {
  const name = path === STDIN ? STDIN_NAME : path;
  let bytes: Uint8Array;
  let stamp: FileStamp | undefined;
  try {
    if (path === STDIN) bytes = await stdin();
    else if (options.forFix) ({ bytes, stamp } = await readToFix(path));
    else bytes = readPath(path);
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(name, error.problem);
    if (error instanceof InputError) throw error;
    throw new InputError(name, describeFsError(error as NodeJS.ErrnoException));
  }
  // A Word file by its name or its bytes (a .docx on standard input, or misnamed).
  if (formatOf(path) === 'word' || looksLikeZip(bytes) || looksLikeCompoundFile(bytes)) {
    return (await import('./word.js')).readWordReport(name, bytes, options.changes);
  }
  if (formatOf(path) === 'pdf' || looksLikePdf(bytes)) return (await import('./pdf.js')).readPdfReport(name, bytes);
  // A web page by its name or its start (a page saved under another name, or piped).
  if (formatOf(path) === 'html' || looksLikeHtml(bytes)) {
    try {
      return await (await import('./html.js')).readHtmlReport(name, bytes, options.encoding);
    } catch (error) {
      if (error instanceof DecodeError) throw new InputError(name, error.problem);
      throw error;
    }
  }
  if (BINARY_WORD_FILE.test(path)) throw new InputError(name, WORD_FAILURES.oldBinary);
  try {
    const { text, encoding, oddities } = decode(bytes, options.encoding, nodeUtf8);
    return { path: name, text, encoding, format: formatOf(path), ...(oddities ? { oddities } : {}), ...(stamp ? { stamp } : {}) };
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(name, error.problem);
    throw error;
  }
}

/**
 * Why a report cannot be read, asked of the file system without reading it (null when it can
 * be): for a command that must name every bad path before it reads any.
 */
export function whyUnreadable(path: string): InputError | null {
  if (path === STDIN) return null;
  try {
    accessSync(path, constants.R_OK);
    return null;
  } catch (error) {
    return new InputError(path, describeFsError(error as NodeJS.ErrnoException));
  }
}

/**
 * Gathers input chunk by chunk, refusing it at the first chunk with a NUL byte (binary: /dev/zero
 * would never end) or once it passes `max` bytes.
 */
export async function gather(chunks: AsyncIterable<Uint8Array>, max = MAX_REPORT_BYTES): Promise<Uint8Array> {
  const gathered = gatherer(max);
  // Leaving the loop by a throw destroys a stream, so a pipe's writer is not waited for.
  for await (const chunk of chunks) gathered.add(chunk);
  return gathered.bytes();
}

function readPath(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    return readFd(fd, MAX_REPORT_BYTES);
  } finally {
    closeSync(fd);
  }
}

/**
 * A file to be fixed. Opened without blocking, so that a FIFO with no writer is refused at once
 * instead of waiting for ever; anything but a regular file is refused.
 */
async function readToFix(path: string): Promise<{ bytes: Uint8Array; stamp: FileStamp }> {
  const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd, { bigint: true });
    if (!info.isFile()) throw new InputError(path, fill(FAILURES.cannotFixKind, { kind: kindOf(info) }));
    const bytes = readFd(fd, MAX_REPORT_BYTES);
    return { bytes, stamp: (await import('./stamp.js')).stampOf(bytes, info) };
  } finally {
    closeSync(fd);
  }
}

/** What a file that is not a regular file is, in words. */
export function kindOf(info: { isFIFO(): boolean; isSocket(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isDirectory(): boolean }): LocalizedText {
  if (info.isFIFO()) return FILE_KINDS.fifo;
  if (info.isSocket()) return FILE_KINDS.socket;
  if (info.isCharacterDevice()) return FILE_KINDS.characterDevice;
  if (info.isBlockDevice()) return FILE_KINDS.blockDevice;
  if (info.isDirectory()) return FILE_KINDS.directory;
  return FILE_KINDS.special;
}

const CHUNK = 64 * 1024;

/**
 * A regular file says its size: the cap is checked up front and the file read at once, as
 * readFileSync does. Anything else — a device, a FIFO, a /proc file of size 0 — in chunks.
 */
function readFd(fd: number, max: number): Uint8Array {
  const info = fstatSync(fd);
  if (info.isFile() && info.size > 0) {
    if (info.size > max) throw tooLarge(max);
    const bytes = Buffer.allocUnsafe(info.size);
    let got = 0;
    for (let n = -1; got < bytes.length && n !== 0; got += n) n = readSync(fd, bytes, got, bytes.length - got, null);
    return got < bytes.length ? bytes.subarray(0, got) : bytes;
  }
  const gathered = gatherer(max);
  const chunk = Buffer.allocUnsafe(CHUNK);
  // Each chunk is copied out: a FIFO may give a few bytes a read, and a view would keep 64 KB each.
  for (let n; (n = readSync(fd, chunk, 0, CHUNK, null)) > 0; ) gathered.add(Buffer.from(chunk.subarray(0, n)));
  return gathered.bytes();
}

/**
 * Standard input. A file or a directory behind it (`- < report.txt`, `- < dir`) is read as a file
 * (Node's stream would give a directory as empty input); a pipe or a terminal through the stream,
 * which waits without blocking when the pipe is non-blocking.
 */
async function readStdin(): Promise<Uint8Array> {
  const info = fstatSync(0);
  if (info.isFile() || info.isDirectory()) return readFd(0, MAX_REPORT_BYTES);
  return gather(process.stdin);
}

function gatherer(max: number) {
  const chunks: Uint8Array[] = [];
  let size = 0;
  return {
    add(chunk: Uint8Array): void {
      if (chunk.length === 0) return;
      size += chunk.length;
      if (size > max) throw tooLarge(max);
      chunks.push(chunk);
      // UTF-16 text is half NUL bytes, and a Word file or a PDF is binary; each is judged once it is whole.
      if (chunk.includes(0) && !startsUtf16(chunks) && !looksLikeZip(chunks[0] as Uint8Array) && !looksLikeCompoundFile(chunks[0] as Uint8Array) && !looksLikePdf(chunks[0] as Uint8Array)) {
        throw new DecodeError(FAILURES.binaryNul);
      }
    },
    bytes: () => Buffer.concat(chunks, size),
  };
}

/** Whether the input so far starts with a UTF-16 byte order mark (FF FE or FE FF). */
function startsUtf16(chunks: readonly Uint8Array[]): boolean {
  const first = chunks[0]?.[0];
  const second = chunks[0]?.[1] ?? chunks[1]?.[0];
  return (first === 0xff && second === 0xfe) || (first === 0xfe && second === 0xff);
}

function tooLarge(max: number): DecodeError {
  return new DecodeError(fill(FAILURES.tooLarge, { mb: Math.round(max / (1024 * 1024)) }));
}
