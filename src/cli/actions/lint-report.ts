import { applyEdits, fixUntilStable, type TextEdit } from '../../check/fix.js';
import { lintReport, type LintOutcome } from '../../check/lint.js';
import { reportResult, withOddities } from '../../check/report-result.js';
import { extractIndicators } from '../../extract/index.js';
import { FAILURES } from '../../i18n/failures.js';
import type { Lang } from '../../i18n/text.js';
import { InputError } from '../../read/error.js';
import type { Indicator } from '../../schema/indicator.js';
import type { ReportResult } from '../../schema/report.js';
import { describeFailure, type Io } from '../io.js';
import { analyse, type LoadedReport } from '../load.js';
import type { LintCommandOptions } from '../options.js';
import type { Timing } from '../timing.js';
import type { ReportConfig } from './lint-config.js';

/** What linting one report gives the run: its result and what its counts add. */
export interface LintedReport {
  result: ReportResult;
  /** The report's text, for --format html only (it shows the text with its findings). */
  text?: string;
  /** Warnings, those --quiet hides included: --max-warnings counts them, as ESLint does. */
  warnings: number;
  /** Findings --quiet left out. */
  hidden: number;
}

/** What one report's lint reads and writes besides the report: shared by the reports of a run. */
export interface ReportRun {
  options: LintCommandOptions;
  lang: Lang;
  io: Io;
  /** The same with stderr as the run records it (SARIF keeps what failed). */
  said: Io;
  state: { failed: boolean };
  timing: Timing | null;
  /** --fix-dry-run's diffs, in the order of the reports. */
  patches: string[];
  /** The Word copies --annotate has written, so that two are never written to one path. */
  annotated: Set<string>;
}

/**
 * Lints one report: extracts its indicators, runs the rules, and with --fix or --fix-dry-run
 * fixes it until nothing is left to fix. A fix that cannot be written is said on stderr, fails
 * the run, and the report's findings as it is are listed all the same.
 */
export async function lintOneReport(loaded: LoadedReport, { config, settings }: ReportConfig, run: ReportRun): Promise<LintedReport> {
  const { options, lang, timing, said, state } = run;
  const { doc } = loaded;
  const lint = (report: Measured) => lintMeasured(report, settings, config.profile, lang, timing);

  let final = timing ? timing.time('(extract indicators)', () => measure(loaded)) : measure(loaded);
  let outcome = lint(final);
  // What the file holds as it is: reported when the fixes cannot be written.
  const unfixed = { final, outcome };
  refuseWrites(doc, options);
  if (doc.word && options.fix) {
    // Each pass's fixes are kept: the Word file holds the original text, and is given them
    // as edits of it.
    const texts: string[] = [];
    const passes: TextEdit[][] = [];
    const fixed = await fixUntilStable(doc.text, async (text) => {
      if (text !== doc.text) {
        final = measure(await analyse({ ...doc, text }));
        outcome = lint(final);
      }
      const edits = fixesOf(outcome);
      texts.push(text);
      passes.push(applyEdits(text, edits).applied);
      return edits;
    });
    if (fixed.text !== doc.text) {
      const { writeWordFixes } = await import('./lint-word.js');
      try {
        const written = await writeWordFixes(doc, texts, passes, options.fixMode ?? 'tracked', run.io, lang);
        if (written) {
          final = measure(await analyse(written));
          outcome = lint(final);
        } else ({ final, outcome } = unfixed);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        said.stderr(`${describeFailure(error, lang)}\n`);
        state.failed = true;
        ({ final, outcome } = unfixed);
      }
    }
  } else if (options.fix || options.fixDryRun) {
    // Each pass lints the text it is given; the last pass (nothing left to fix) is the result.
    const fixed = await fixUntilStable(doc.text, async (text) => {
      if (text !== doc.text) {
        final = measure(await analyse({ ...doc, text }));
        outcome = lint(final);
      }
      return fixesOf(outcome);
    });
    if (fixed.text !== doc.text) {
      if (options.fixDryRun) {
        const { unifiedDiff } = await import('../../check/patch.js');
        // With the file's BOM on its first line, so that `patch` finds the line it changes.
        const bom = doc.encoding === 'utf-8-bom' ? '\uFEFF' : '';
        run.patches.push(unifiedDiff(doc.path, bom + doc.text, bom + fixed.text));
      } else {
        if (doc.path === '<stdin>') throw new InputError(doc.path, FAILURES.fixStdin);
        // Loaded only to write: it brings node:crypto and fs/promises, ~5 ms of every start.
        const { writeFixed } = await import('../write-fixed.js');
        try {
          await writeFixed(doc.path, doc.text, fixed.text, doc.encoding, doc.stamp ? { read: doc.stamp } : {});
        } catch (error) {
          // The file is as it was: its findings are still listed, and the run has failed.
          if (!(error instanceof InputError)) throw error;
          said.stderr(`${describeFailure(error, lang)}\n`);
          state.failed = true;
          ({ final, outcome } = unfixed);
        }
      }
    }
  }
  if (options.annotate) {
    const { writeAnnotated } = await import('./lint-word.js');
    await writeAnnotated(final.doc, outcome.diagnostics, options.annotate, run.annotated, lang);
  }
  return linted(final, outcome, options);
}

/** What --fix and --annotate cannot write into, refused before anything is written. */
function refuseWrites(doc: LoadedReport['doc'], options: LintCommandOptions): void {
  if (doc.word && (options.fix || options.annotate) && (options.changes ?? 'accepted') === 'original') throw new InputError(doc.path, FAILURES.writeOriginal);
  // A web page or a PDF is read into text: the text is not the file, which is fixed at its source.
  if (doc.paragraphs && !doc.word && options.fix) throw new InputError(doc.path, doc.format === 'pdf' ? FAILURES.fixPdf : FAILURES.fixWebPage);
  if (doc.word && options.fix && doc.path === '<stdin>') throw new InputError(doc.path, FAILURES.fixStdinWord);
}

/** The report's result, with the warnings --max-warnings counts and the findings --quiet hides. */
function linted(final: Measured, outcome: LintOutcome, options: LintCommandOptions): LintedReport {
  const quiet = options.quiet === true;
  const result = reportResult(final.doc, final.outline, final.indicators, final.locator, outcome, quiet);
  // The result's counts are those of every finding but under --quiet, which keeps errors only:
  // a long report's hundred thousand findings are counted once, not again here.
  let warnings = result.stats.warnings;
  let hidden = 0;
  if (quiet) {
    warnings = outcome.diagnostics.reduce((n, d) => (d.severity === 'warning' ? n + 1 : n), 0);
    hidden = outcome.diagnostics.length - result.diagnostics.length;
  }
  return options.format === 'html' ? { result, text: final.doc.text, warnings, hidden } : { result, warnings, hidden };
}

/** A report with its indicators, extracted once for linting and for the output. */
type Measured = LoadedReport & { indicators: Indicator[] };

function measure(report: LoadedReport): Measured {
  return { ...report, indicators: extractIndicators(report.doc.text, report.outline, report.locator) };
}

function lintMeasured(report: Measured, settings: ReportConfig['settings'], profile: ReportConfig['config']['profile'], lang: Lang, timing: Timing | null): LintOutcome {
  const { doc, outline, locator, indicators } = report;
  const outcome = lintReport({
    text: doc.text,
    outline,
    indicators,
    locator,
    settings,
    lang,
    ...(profile ? { profile } : {}),
    ...(timing ? { timing: (id: string, ms: number) => timing.add(id, ms) } : {}),
  });
  // What the reader met that is no text: said at its place among the rules' findings.
  return withOddities(doc, outcome, lang, locator);
}

function fixesOf(outcome: LintOutcome) {
  return outcome.diagnostics.flatMap((d) => {
    const fix = d.fixRange;
    return fix ? [fix] : [];
  });
}

