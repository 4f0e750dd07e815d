import { FAILURES } from '../../i18n/failures.js';
import { fill } from '../../i18n/text.js';
import { ConfigError } from '../../check/settings.js';
import { InputError } from '../../read/error.js';
import type { LintCommandOptions } from '../options.js';
import { EXIT_FAILURE } from '../exit.js';
import { describeFailure, type Io } from '../io.js';
import { createTiming } from '../timing.js';
import { loadReports } from '../load.js';
import { finishLint, type LintTally } from './lint-output.js';
import { lintOneReport, type LintedReport, type ReportRun } from './lint-report.js';
import { resolve } from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };
import { lintConfigs, type LintConfigs } from './lint-config.js';
import { DEFAULT_CACHE } from '../batch/cache-location.js';
import { restoreLinted, storeLinted } from '../batch/stored-lint.js';
import { forFormat, lintFile, readOptionsOf, type LintSetup } from '../batch/file-task.js';
import { longBatchProgress } from '../batch/progress.js';
import { jobsOf, runBatch, type Batch } from '../batch/run-batch.js';

/** `report-lint lint`: the run's config (lint-config), each report (lint-report), the output (lint-output). */
export async function runLint(paths: string[], options: LintCommandOptions, io: Io): Promise<number> {
  const configs = await lintConfigs(options, io);
  if (!configs) return EXIT_FAILURE;
  const { lang } = configs;
  // --fix-dry-run prints a diff: another output, or writing too, would be ignored without a word.
  const clash = options.fix && options.fixDryRun ? FAILURES.fixClash : options.fixDryRun && options.format !== 'stylish' ? fill(FAILURES.dryRunFormat, { format: options.format }) : null;
  if (clash) {
    io.stderr(`report-lint: ${clash[lang]}\n`);
    return EXIT_FAILURE;
  }
  const timing = io.env.TIMING ? createTiming(io.env.TIMING) : null;
  const tally: LintTally = { reports: [], texts: new Map(), patches: [], failures: [], warnings: 0, hidden: 0, failed: false };
  // What fails is said on stderr as it happens, and kept for the formats that record it (SARIF).
  const said: Io = {
    ...io,
    stderr: (text) => {
      tally.failures.push(text.replace(/\n$/, ''));
      io.stderr(text);
    },
  };
  const state = { failed: false };
  const run: ReportRun = { options, lang, io, said, state, timing, patches: tally.patches, annotated: new Set() };

  const progress = longBatchProgress(io.progress, io.env, options.format);
  // Fixing writes files and --annotate one copy, one report at a time; TIMING times this thread.
  if (options.fix || options.fixDryRun || options.annotate || timing) {
    await lintInProcess(paths, configs, run, { ...io, progress }, tally);
  } else {
    await lintBatch(paths, configs, run, progress, tally);
  }
  tally.failed ||= state.failed;
  return finishLint(tally, options, lang, io, timing);
}

/** Each report read, linted and fixed in turn, in this thread. */
async function lintInProcess(paths: string[], configs: LintConfigs, run: ReportRun, io: Io, tally: LintTally): Promise<void> {
  const { timing, said, state, lang } = run;
  const read = { ...readOptionsOf(run.options), forFix: run.options.fix === true };
  // The clock is read only under TIMING: the first performance.now() of a process loads perf_hooks.
  let reading = timing?.now() ?? 0;
  for await (const loaded of loadReports(paths, { ...said, progress: io.progress }, state, read, lang)) {
    if (timing) timing.add('(read, outline)', timing.now() - reading);
    const { doc } = loaded;
    try {
      const config = await configs.forReport(doc.path);
      if (config) add(tally, await lintOneReport(loaded, config, run));
      else state.failed = true;
    } catch (error) {
      if (!(error instanceof InputError || error instanceof ConfigError)) throw error;
      said.stderr(`${describeFailure(error instanceof ConfigError ? new InputError(doc.path, error.problem) : error, lang)}\n`);
      state.failed = true;
    }
    reading = timing?.now() ?? 0;
  }
}

/**
 * The reports of a batch linted in worker threads (--jobs) or from the cache (--cache), their
 * results and stderr lines given out in the order of a run in this thread.
 */
async function lintBatch(paths: string[], configs: LintConfigs, run: ReportRun, progress: Io['progress'], tally: LintTally): Promise<void> {
  const { options, lang, said, io } = run;
  const setup: LintSetup = { options, cwd: io.cwd, lang, color: io.color };
  const store = options.cache ? (await import('../batch/cache.js')).openCache(resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE), said.stderr, lang) : null;
  // What of a result the cache keeps (forFormat): json and html keep the outline and the
  // indicators, html the text too, the other formats the findings. A result kept for one is no
  // use to another (a stylish run's entry gave an html run no outline, and it failed).
  const kept = options.format === 'json' || options.format === 'html' ? options.format : 'findings';
  // Keys read the configs apart from the lint, which is the one to say a config's problem.
  const keyConfigs = store && (await lintConfigs(options, { ...io, stderr: () => undefined }));
  const batch: Batch<LintedReport> = {
    jobs: jobsOf(options.jobs),
    workers: { command: 'lint', setup },
    local: (file) => lintFile(file, setup, configs, io.env),
    progress,
    cache: store && {
      store,
      async context(file) {
        const found = await keyConfigs?.forReport(file).catch(() => null);
        if (!found) return null;
        const { quiet = false, encoding = null, changes = 'accepted' } = options;
        return JSON.stringify({ version: pkg.version, command: 'lint', config: found.config, quiet, lang, kept, encoding, changes });
      },
      save: (linted) => storeLinted(forFormat(linted, options.format)),
      restore: restoreLinted,
    },
  };
  // A config file that cannot be used is said once for the run, though each worker finds it.
  const configFailures = new Set<string>();
  for await (const event of runBatch(paths, io.cwd, lang, batch)) {
    if ('failure' in event) {
      said.stderr(event.failure);
      tally.failed = true;
      continue;
    }
    const { outcome } = event;
    for (const line of outcome.lines) {
      if (outcome.configFailure && configFailures.has(line)) continue;
      if (outcome.configFailure) configFailures.add(line);
      said.stderr(line);
    }
    if (outcome.failed) tally.failed = true;
    if (outcome.value) add(tally, outcome.value);
  }
  store?.save();
}

function add(tally: LintTally, linted: LintedReport): void {
  tally.reports.push(linted.result);
  if (linted.text !== undefined) tally.texts.set(linted.result.file, linted.text);
  tally.warnings += linted.warnings;
  tally.hidden += linted.hidden;
}
