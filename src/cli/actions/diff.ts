import { statSync } from 'node:fs';
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
    old = await load(oldPath, options.encoding, timing);
    neu = await load(newPath, options.encoding, timing);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`${describeFailure(error, options.lang)}\n`);
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
