import { fstatSync, statSync, writeSync } from 'node:fs';
import type { Lang, LocalizedText } from '../i18n/text.js';
import { InputError } from '../read/error.js';

/** What a command needs of the outside world; tests give their own. */
export interface Io {
  stdout: (text: string) => void;
  /** UTF-8 for stdout, in a buffer the caller reuses once this returns (streamed JSON). */
  stdoutBytes: (bytes: Uint8Array) => void;
  stderr: (text: string) => void;
  /** Colour only on a terminal (or with FORCE_COLOR), never with NO_COLOR: see wantsColor. */
  color: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Progress on stderr (a terminal only): `[12/300] reports/a.txt`, overwritten in place. */
  progress: ((done: number, total: number, path: string) => void) | null;
}

export function processIo(): Io {
  const env = process.env;
  // The terminal questions are asked when an answer is first needed: process.stdout and
  // process.stderr are built on first touch (a stream object each, a few ms of every start).
  let color: boolean | undefined;
  let progress: Io['progress'] | undefined;
  return {
    stdout: (text) => writeOut(1, text),
    stdoutBytes: (bytes) => writeBytes(1, bytes),
    stderr: (text) => writeOut(2, text),
    get color() {
      return (color ??= wantsColor(env, () => isTerminal(1)));
    },
    env,
    cwd: process.cwd(),
    get progress() {
      return (progress ??= env.CI === undefined && isTerminal(2) ? stderrProgress : null);
    },
  };
}

/**
 * Whether output is coloured. NO_COLOR set to anything but '' (no-color.org) wins over all;
 * then FORCE_COLOR, as Node and chalk read it: 0 or false turns colour off even on a terminal,
 * any other value ('' included) turns it on; else colour on a terminal that is not TERM=dumb.
 */
export function wantsColor(env: Record<string, string | undefined>, terminal: () => boolean): boolean {
  if (env.NO_COLOR) return false;
  const forced = env.FORCE_COLOR;
  if (forced !== undefined) return forced !== '0' && forced !== 'false';
  return env.TERM !== 'dumb' && terminal();
}

/** The descriptors whose stream has an EPIPE guard, and those written through their stream. */
const watched = new Set<number>();
const streamed = new Set<number>();
/** Whether anything went through a stream, which may still hold it when the run ends. */
let buffered = false;

/**
 * Whether everything said has been written: true unless some of it went through a stream (a
 * pipe made non-blocking, the progress line), which writes when the event loop lets it.
 */
export function outputWritten(): boolean {
  return !buffered;
}

/**
 * A terminal is a character device; only then is the stream (and its isTTY) worth building. The
 * null device is one too, and output thrown away (`> /dev/null`, a spawn with stdio ignored) is
 * common: told apart by its device number, it costs a stat, not the stream (node:net and every
 * stream module, a few ms).
 */
function isTerminal(fd: 1 | 2): boolean {
  try {
    const info = fstatSync(fd);
    if (!info.isCharacterDevice() || isNullDevice(info.rdev)) return false;
  } catch {
    return false;
  }
  return Boolean(streamOf(fd).isTTY);
}

function isNullDevice(rdev: number): boolean {
  try {
    return statSync('/dev/null').rdev === rdev;
  } catch {
    return false; // no /dev/null (Windows): the stream answers
  }
}

/**
 * process.stdout or process.stderr, built on first use. A closed pipe (report-lint … | head) is
 * not an error: the run ends quietly.
 */
function streamOf(fd: 1 | 2): NodeJS.WriteStream {
  const stream = fd === 1 ? process.stdout : process.stderr;
  if (!watched.has(fd)) {
    watched.add(fd);
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    });
  }
  return stream;
}

/**
 * Writes to a file or pipe directly, as Node's own stdout does there (synchronously), without
 * building the stream; a pipe the other end made non-blocking (EAGAIN) goes through the stream.
 */
function writeOut(fd: 1 | 2, text: string): void {
  if (streamed.has(fd)) streamOf(fd).write(text);
  else writeBytes(fd, Buffer.from(text, 'utf8'));
}

function writeBytes(fd: 1 | 2, bytes: Uint8Array): void {
  if (streamed.has(fd)) {
    // A copy: the stream writes later, and the caller may reuse its buffer by then.
    streamOf(fd).write(Buffer.from(bytes));
    return;
  }
  let done = 0;
  try {
    while (done < bytes.length) done += writeSync(fd, bytes, done);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EPIPE') return; // the reader has gone (| head): nothing more to say
    if (code !== 'EAGAIN') throw error;
    streamed.add(fd);
    buffered = true;
    streamOf(fd).write(Buffer.from(bytes.subarray(done)));
  }
}

let shown = false;
function stderrProgress(done: number, total: number, path: string): void {
  buffered = true;
  if (done >= total) {
    if (shown) process.stderr.write('\r\x1b[K');
    shown = false;
    return;
  }
  const width = Math.max(20, (process.stderr.columns ?? 80) - 20);
  const tail = path.length > width ? `…${path.slice(-width)}` : path;
  process.stderr.write(`\r\x1b[K[${done + 1}/${total}] ${tail}`);
  shown = true;
}

/** The one-line form of a failure in the run's language: `report-lint: <path>: <what is wrong>`. */
export function describeFailure(error: unknown, lang: Lang): string {
  if (error instanceof InputError) return `report-lint: ${error.path}: ${error.problem[lang]}`;
  // A ConfigError or DecodeError (not imported: io is loaded by every run, they are not).
  const problem = error instanceof Error ? (error as Error & { problem?: LocalizedText }).problem : undefined;
  if (problem && typeof problem[lang] === 'string') return `report-lint: ${problem[lang]}`;
  if (error instanceof Error) return `report-lint: ${error.message}`;
  return `report-lint: ${String(error)}`;
}
