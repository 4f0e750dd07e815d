import pkg from '../../../package.json' with { type: 'json' };
import type { ByteOut } from '../../format/utf8-sink.js';
import { summarize, type LintResults } from '../../format/lint-results.js';
import { styleFor } from '../../format/style.js';
import type { Lang } from '../../i18n/text.js';
import { remainAfterFixes, tooManyWarnings } from '../../i18n/ui.js';
import { RULES } from '../../rules/registry.js';
import type { ReportResult } from '../../schema/report.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS } from '../exit.js';
import type { Io } from '../io.js';
import type { LintCommandOptions } from '../options.js';
import type { Timing } from '../timing.js';

/** What a lint run has gathered by its end, to print and to decide its exit code. */
export interface LintTally {
  reports: ReportResult[];
  /** Each report's text by its file, for --format html only. */
  texts: Map<string, string>;
  patches: string[];
  failures: string[];
  warnings: number;
  hidden: number;
  failed: boolean;
}

/** Prints the run's output (the diffs of --fix-dry-run, else the format) and returns the exit code. */
export async function finishLint(tally: LintTally, options: LintCommandOptions, lang: Lang, io: Io, timing: Timing | null): Promise<number> {
  const { reports, hidden, warnings } = tally;
  if (options.fixDryRun) {
    io.stdout(tally.patches.join(''));
    const left = summarize(reports);
    if (left.errors + left.warnings + left.infos > 0) io.stderr(`report-lint: ${remainAfterFixes(left, lang)}\n`);
  } else {
    const started = timing?.now() ?? 0;
    const output = await format({ reports, rules: RULES, lang, failures: tally.failures, ...(hidden > 0 ? { hidden } : {}) }, options.format, io, tally.texts);
    if (typeof output === 'string') io.stdout(output);
    else output(io.stdoutBytes);
    if (timing) timing.add(`(format ${options.format})`, timing.now() - started);
  }
  if (timing) io.stderr(timing.table());
  if (tally.failed) return EXIT_FAILURE;
  const errors = reports.reduce((n, r) => n + r.stats.errors, 0);
  if (errors > 0) return EXIT_PROBLEMS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`report-lint: ${tooManyWarnings(warnings, options.maxWarnings, lang)}\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

/**
 * The output of a format: one string, or when it may outgrow one (a 50 MB report's findings) a
 * writer of its bytes (stylish and the JSON formats, encoded as they are laid out).
 */
async function format(results: LintResults, format: LintCommandOptions['format'], io: Io, texts: ReadonlyMap<string, string>): Promise<string | ((out: ByteOut) => void)> {
  switch (format) {
    case 'json': {
      const { writeJson, lintOutput } = await import('../../format/json.js');
      return (out) => writeJson(lintOutput(results), out);
    }
    case 'sarif': {
      const { writeSarif } = await import('../../format/sarif.js');
      return (out) => writeSarif(results, { toolVersion: pkg.version }, out);
    }
    case 'github':
      return (await import('../../format/github.js')).formatGithub(results);
    case 'markdown':
      return (await import('../../format/markdown.js')).formatMarkdown(results);
    case 'html':
      return (await import('../../format/html-lint.js')).formatLintHtml(results, texts);
    case 'stylish': {
      // As bytes, a buffer at a time: the listing of a long report is never held whole.
      const [{ writeStylish }, style] = await Promise.all([import('../../format/stylish.js'), styleFor(io.color)]);
      return (out) => writeStylish(results, style, out);
    }
  }
}
