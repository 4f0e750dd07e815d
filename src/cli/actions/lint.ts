import { FAILURES } from '../../i18n/failures.js';
import { fill } from '../../i18n/text.js';
import { ConfigError } from '../../check/settings.js';
import { InputError } from '../../read/error.js';
import type { LintCommandOptions } from '../options.js';
import { EXIT_FAILURE } from '../exit.js';
import { describeFailure, type Io } from '../io.js';
import { createTiming } from '../timing.js';
import { loadReports } from '../load.js';
import { lintConfigs } from './lint-config.js';
import { finishLint, type LintTally } from './lint-output.js';
import { lintOneReport, type ReportRun } from './lint-report.js';

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
  const tally: LintTally = { reports: [], patches: [], failures: [], warnings: 0, hidden: 0, failed: false };
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
  const read = { changes: options.changes ?? 'accepted', forFix: options.fix === true, ...(options.encoding ? { encoding: options.encoding } : {}) };

  // The clock is read only under TIMING: the first performance.now() of a process loads perf_hooks.
  let reading = timing?.now() ?? 0;
  for await (const loaded of loadReports(paths, said, state, read, lang)) {
    if (timing) timing.add('(read, outline)', timing.now() - reading);
    const { doc } = loaded;
    try {
      const config = await configs.forReport(doc.path);
      if (config) {
        const linted = await lintOneReport(loaded, config, run);
        tally.reports.push(linted.result);
        tally.warnings += linted.warnings;
        tally.hidden += linted.hidden;
      } else state.failed = true;
    } catch (error) {
      if (!(error instanceof InputError || error instanceof ConfigError)) throw error;
      said.stderr(`${describeFailure(error instanceof ConfigError ? new InputError(doc.path, error.problem) : error, lang)}\n`);
      state.failed = true;
    }
    reading = timing?.now() ?? 0;
  }
  tally.failed = state.failed;
  return finishLint(tally, options, lang, io, timing);
}
