import { statSync } from 'node:fs';
import { getHeapStatistics } from 'node:v8';
import type { DiffFormat } from '../options.js';
import type { ForcedEncoding } from '../../read/decode.js';
import { diffReports } from '../../diff/index.js';
import { extractIndicators } from '../../extract/index.js';
import { STDIN } from '../../read/collect.js';
import { FAILURES } from '../../i18n/failures.js';
import type { Lang } from '../../i18n/text.js';
import { InputError } from '../../read/error.js';
import { readReport } from '../../read/file.js';
import type { DiffOutput } from '../../schema/diff.js';
import { outputHeader } from '../../schema/version.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit.js';
import { describeFailure, type Io } from '../io.js';
import { analyse } from '../load.js';
import { createTiming, type Timing } from '../timing.js';
import { walkSections } from '../../outline/walk.js';
import type { Outline } from '../../schema/outline.js';
import { fill } from '../../i18n/text.js';
import { LocalizedError } from '../../i18n/localized-error.js';

export interface DiffCommandOptions {
  format: DiffFormat;
  lang: Lang;
  minChange?: number;
  encoding?: ForcedEncoding;
}

/** A diff compares two files: a directory, or standard input for both, is a mistake said plainly. */
function checkPaths(oldPath: string, newPath: string): void {
  if (oldPath === STDIN && newPath === STDIN) {
    throw new InputError('<stdin>', FAILURES.stdinTwice);
  }
  for (const path of [oldPath, newPath]) {
    if (path === STDIN) continue;
    let directory = false;
    try {
      directory = statSync(path).isDirectory();
    } catch {
      // readReport says what is wrong with a path that cannot be read.
    }
    if (directory) throw new InputError(path, FAILURES.diffDirectory);
  }
}

async function load(path: string, encoding: ForcedEncoding | undefined, timing: Timing | null) {
  const started = timing?.now() ?? 0;
  const { doc, locator, outline } = await analyse(await readReport(path, undefined, encoding ? { encoding } : {}));
  if (timing) timing.add('(read, outline)', timing.now() - started);
  const extract = () => extractIndicators(doc.text, outline, locator);
  return { doc, input: { text: doc.text, outline, indicators: timing ? timing.time('(extract indicators)', extract) : extract() } };
}

export async function runDiff(oldPath: string, newPath: string, options: DiffCommandOptions, io: Io): Promise<number> {
  let old: Awaited<ReturnType<typeof load>>;
  let neu: Awaited<ReturnType<typeof load>>;
  // TIMING as for lint: the clock is read only when asked for.
  const timing = io.env.TIMING ? createTiming(io.env.TIMING) : null;
  try {
    checkPaths(oldPath, newPath);
    const before = getHeapStatistics().used_heap_size;
    old = await load(oldPath, options.encoding, timing);
    // Two reports of that size: refused before the second is read, which could itself run the heap out.
    const early = diffTooLarge(old.input.outline, old.input.outline, Math.max(0, getHeapStatistics().used_heap_size - before));
    if (early) {
      io.stderr(`${describeFailure(early, options.lang)}\n`);
      return EXIT_FAILURE;
    }
    neu = await load(newPath, options.encoding, timing);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`${describeFailure(error, options.lang)}\n`);
    return EXIT_FAILURE;
  }
  const tooLarge = diffTooLarge(old.input.outline, neu.input.outline);
  if (tooLarge) {
    io.stderr(`${describeFailure(tooLarge, options.lang)}\n`);
    return EXIT_FAILURE;
  }
  const compare = () => diffReports(old.input, neu.input, options.minChange === undefined ? {} : { minChange: options.minChange });
  const diff = timing ? timing.time('(diff)', compare) : compare();
  const formatting = timing?.now() ?? 0;
  const source = (d: typeof old.doc) => ({ file: d.path, encoding: d.encoding, format: d.format });
  const output: DiffOutput = {
    ...outputHeader('diff'),
    old: source(old.doc),
    new: source(neu.doc),
    diff,
  };
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  } else if (options.format === 'html') {
    const { formatDiffHtml } = await import('../../format/html-diff.js');
    io.stdout(formatDiffHtml(output, { old: old.doc.text, new: neu.doc.text, outlines: { old: old.input.outline, new: neu.input.outline } }, options.lang));
  } else if (options.format === 'markdown') {
    const { formatDiffMarkdown } = await import('../../format/diff-markdown.js');
    io.stdout(formatDiffMarkdown(output, options.lang));
  } else {
    const [{ formatDiffStylish }, { styleFor }] = await Promise.all([
      import('../../format/diff-stylish.js'),
      import('../../format/style.js'),
    ]);
    io.stdout(formatDiffStylish(output, await styleFor(io.color), options.lang));
  }
  if (timing) {
    timing.add(`(format ${options.format})`, timing.now() - formatting);
    io.stderr(timing.table());
  }
  return EXIT_OK;
}

/**
 * Heading alignment holds a profile of every heading of both reports at once (title key,
 * bigrams, buckets). Its peak, measured on generated reports of 200,000 and 400,000 headings
 * with the collector unhurried, is about 1 KB a heading; a diff that would not fit in what is
 * left of the heap is refused in one line rather than ended by V8 with a native stack trace.
 * Real reports have hundreds of headings: a few hundred KB.
 */
const ALIGN_BYTES_PER_HEADING = 1024;
const MB = 1024 * 1024;

/** `unread`: what is still to be read before the alignment (the second report, estimated by the first). */
function diffTooLarge(old: Outline, neu: Outline, unread = 0): LocalizedError | null {
  let headings = 0;
  for (const outline of [old, neu]) for (const s of walkSections(outline.sections)) if (s.kind === 'heading') headings++;
  const need = headings * ALIGN_BYTES_PER_HEADING + unread;
  const heap = getHeapStatistics();
  const free = heap.heap_size_limit - heap.used_heap_size;
  if (need <= free) return null;
  const suggest = Math.ceil((heap.used_heap_size + 2 * need) / MB / 256) * 256;
  return new LocalizedError(
    fill(FAILURES.tooManyHeadingsToDiff, { headings, need: Math.ceil(need / MB), free: Math.floor(free / MB), suggest }),
  );
}
