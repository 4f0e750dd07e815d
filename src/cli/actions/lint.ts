import { dirname } from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };
import type { Config } from '../../check/config.js';
import { mergeConfigs } from '../../check/merge-config.js';
import { applyEdits, fixUntilStable, type TextEdit } from '../../check/fix.js';
import { lintReport, type LintOutcome } from '../../check/lint.js';
import { oddityDiagnostics } from '../../check/oddities.js';
import { ConfigError, parseRuleFlag, resolveSettings, type RuleSettings } from '../../check/settings.js';
import { extractIndicators } from '../../extract/index.js';
import { summarize, type LintResults } from '../../format/lint-results.js';
import { styleFor } from '../../format/style.js';
import { FAILURES } from '../../i18n/failures.js';
import { fill, type Lang } from '../../i18n/text.js';
import { remainAfterFixes, tooManyWarnings } from '../../i18n/ui.js';
import { STDIN } from '../../read/collect.js';
import { InputError } from '../../read/error.js';
import { RULES } from '../../rules/registry.js';
import type { Diagnostic } from '../../schema/diagnostic.js';
import type { Indicator } from '../../schema/indicator.js';
import type { ReportResult } from '../../schema/report.js';
import type { LintCommandOptions } from '../options.js';
import { createConfigFinder, loadConfigFile, type FoundConfig } from '../config.js';
import { configuredLang } from '../lang.js';
import { EXIT_FAILURE, EXIT_OK, EXIT_PROBLEMS } from '../exit.js';
import { describeFailure, type Io } from '../io.js';
import { createTiming, type Timing } from '../timing.js';
import { analyse, loadReports, type LoadedReport } from '../load.js';

export async function runLint(paths: string[], options: LintCommandOptions, io: Io): Promise<number> {
  const findConfig = createConfigFinder();
  let cliLayer: Config;
  let explicit: FoundConfig | null = null;
  let lang: Lang;
  try {
    cliLayer = commandLineConfig(options);
    if (options.config) explicit = await loadConfigFile(options.config);
    // One language for the whole output: the command line's, else the config's (the one named,
    // or the one that applies to the working directory).
    lang = options.lang ?? (explicit ?? (await findConfig(io.cwd)))?.config.lang ?? 'zh';
  } catch (error) {
    if (!(error instanceof InputError || error instanceof ConfigError)) throw error;
    // The config that would say the language may be the one that failed: read leniently.
    io.stderr(`${describeFailure(error, options.lang ?? configuredLang(io.cwd, options.config) ?? 'zh')}\n`);
    return EXIT_FAILURE;
  }
  // --fix-dry-run prints a diff: another output, or writing too, would be ignored without a word.
  const clash = options.fix && options.fixDryRun ? FAILURES.fixClash : options.fixDryRun && options.format !== 'stylish' ? fill(FAILURES.dryRunFormat, { format: options.format }) : null;
  if (clash) {
    io.stderr(`report-lint: ${clash[lang]}\n`);
    return EXIT_FAILURE;
  }
  const timing = io.env.TIMING ? createTiming(io.env.TIMING) : null;
  const settingsCache = new Map<string, RuleSettings>();
  const badConfigs = new Set<string>();
  let warnings = 0;
  let hidden = 0;
  const state = { failed: false };
  const reports: ReportResult[] = [];
  const patches: string[] = [];
  const annotated = new Set<string>();
  const changes = options.changes ?? 'accepted';

  // The clock is read only under TIMING: the first performance.now() of a process loads perf_hooks.
  let reading = timing?.now() ?? 0;
  // What fails is said on stderr as it happens, and kept for the formats that record it (SARIF).
  const failures: string[] = [];
  const said: Io = {
    ...io,
    stderr: (text) => {
      failures.push(text.replace(/\n$/, ''));
      io.stderr(text);
    },
  };
  for await (const loaded of loadReports(paths, said, state, { changes, forFix: options.fix === true, ...(options.encoding ? { encoding: options.encoding } : {}) }, lang)) {
    if (timing) timing.add('(read, outline)', timing.now() - reading);
    const { doc } = loaded;
    try {
      const found = explicit ?? (await findConfig(doc.path === '<stdin>' ? io.cwd : dirname(doc.path)));
      const config = mergeConfigs(found?.config ?? {}, cliLayer);
      const key = found?.path ?? '';
      // A config file that cannot be used is said once, not once per report under it.
      if (badConfigs.has(key)) {
        state.failed = true;
        continue;
      }
      let settings = settingsCache.get(key);
      if (!settings) {
        try {
          settings = resolveSettingsOf(config, found);
        } catch (error) {
          badConfigs.add(key);
          throw error;
        }
        settingsCache.set(key, settings);
      }
      const lint = (report: Measured) => lintMeasured(report, settings, config, lang, timing);

      let final = timing ? timing.time('(extract indicators)', () => measure(loaded)) : measure(loaded);
      let outcome = lint(final);
      // What the file holds as it is: reported when the fixes cannot be written.
      const unfixed = { final, outcome };
      if (doc.word && (options.fix || options.annotate) && changes === 'original') {
        throw new InputError(doc.path, '--fix and --annotate write into the text with tracked changes accepted; leave out --changes original');
      }
      if (doc.word && options.fix) {
        if (doc.path === '<stdin>') throw new InputError(doc.path, '--fix cannot write to standard input (use --fix-dry-run, or --annotate out.docx)');
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
            const written = await writeWordFixes(doc, texts, passes, options.fixMode ?? 'tracked', io, lang);
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
            patches.push(unifiedDiff(doc.path, bom + doc.text, bom + fixed.text));
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
        await writeAnnotated(final.doc, outcome.diagnostics, options.annotate, annotated, lang);
      }
      reports.push(resultOf(final, outcome, options.quiet === true));
      // --max-warnings counts the warnings --quiet does not show, as ESLint does.
      for (const d of outcome.diagnostics) {
        if (d.severity === 'warning') warnings++;
        if (options.quiet && d.severity !== 'error') hidden++;
      }
    } catch (error) {
      if (!(error instanceof InputError || error instanceof ConfigError)) throw error;
      said.stderr(`${describeFailure(error instanceof ConfigError ? new InputError(doc.path, error.problem) : error, lang)}\n`);
      state.failed = true;
    }
    reading = timing?.now() ?? 0;
  }

  if (options.fixDryRun) {
    io.stdout(patches.join(''));
    const left = summarize(reports);
    if (left.errors + left.warnings + left.infos > 0) io.stderr(`report-lint: ${remainAfterFixes(left, lang)}\n`);
  } else {
    const started = timing?.now() ?? 0;
    const output = await format({ reports, rules: RULES, lang, failures, ...(hidden > 0 ? { hidden } : {}) }, options.format, io);
    if (typeof output === 'string') io.stdout(output);
    else writeChunks(output, io);
    if (timing) timing.add(`(format ${options.format})`, timing.now() - started);
  }
  if (timing) io.stderr(timing.table());
  if (state.failed) return EXIT_FAILURE;
  const errors = reports.reduce((n, r) => n + r.stats.errors, 0);
  if (errors > 0) return EXIT_PROBLEMS;
  if (options.maxWarnings !== undefined && warnings > options.maxWarnings) {
    io.stderr(`report-lint: ${tooManyWarnings(warnings, options.maxWarnings, lang)}\n`);
    return EXIT_PROBLEMS;
  }
  return EXIT_OK;
}

function commandLineConfig(options: LintCommandOptions): Config {
  const rules: NonNullable<Config['rules']> = {};
  for (const flag of options.rule) {
    const [id, level] = parseRuleFlag(flag);
    rules[id] = level;
  }
  // An unknown rule on the command line fails before any file is read.
  try {
    resolveSettings(RULES, { rules });
  } catch (error) {
    throw error instanceof ConfigError ? new ConfigError(fill(FAILURES.ruleFlag, { problem: error.problem })) : error;
  }
  return { ...(options.profile ? { profile: options.profile } : {}), ...(options.lang ? { lang: options.lang } : {}), rules };
}

/** A report with its indicators, extracted once for linting and for the output. */
type Measured = LoadedReport & { indicators: Indicator[] };

function measure(report: LoadedReport): Measured {
  return { ...report, indicators: extractIndicators(report.doc.text, report.outline, report.locator) };
}

function lintMeasured(report: Measured, settings: RuleSettings, config: Config, lang: Lang, timing: Timing | null): LintOutcome {
  const { doc, outline, locator, indicators } = report;
  const outcome = lintReport({
    text: doc.text,
    outline,
    indicators,
    locator,
    settings,
    lang,
    ...(config.profile ? { profile: config.profile } : {}),
    ...(timing ? { timing: (id: string, ms: number) => timing.add(id, ms) } : {}),
  });
  // What the reader met that is no text: said at its place among the rules' findings.
  if (!doc.oddities) return outcome;
  const replaced = doc.oddities.some((o) => o.kind === 'invalid');
  const odd = oddityDiagnostics(doc.text, { replaced, encoding: doc.encoding }, lang, locator);
  if (odd.length === 0) return outcome;
  const diagnostics = [...odd, ...outcome.diagnostics].sort((a, b) => a.start - b.start);
  return { ...outcome, diagnostics };
}

function fixesOf(outcome: LintOutcome) {
  return outcome.diagnostics.flatMap((d) => {
    const fix = d.fixRange;
    return fix ? [fix] : [];
  });
}

function resultOf(report: Measured, outcome: LintOutcome, quiet: boolean): ReportResult {
  const { doc, outline, indicators } = report;
  const diagnostics: Diagnostic[] = quiet ? outcome.diagnostics.filter((d) => d.severity === 'error') : outcome.diagnostics;
  let sections = 0;
  let items = 0;
  const count = (nodes: ReportResult['outline']['sections']) => {
    for (const s of nodes) {
      if (s.kind === 'item') items++;
      else sections++;
      count(s.children);
    }
  };
  count(outline.sections);
  return {
    file: doc.path,
    encoding: doc.encoding,
    placeKind: doc.format === 'word' ? 'paragraph' : 'line',
    profile: outcome.profile,
    year: outline.year,
    title: outline.title?.text ?? null,
    outline,
    indicators,
    diagnostics,
    stats: {
      chars: doc.text.length,
      lines: lineCount(report),
      sections,
      items,
      indicators: indicators.length,
      errors: diagnostics.filter((d) => d.severity === 'error').length,
      warnings: diagnostics.filter((d) => d.severity === 'warning').length,
      infos: diagnostics.filter((d) => d.severity === 'info').length,
    },
  };
}

/** Lines as the text's line breaks count them (CR LF, CR, LF), without splitting the text. */
function lineCount({ doc, locator }: Measured): number {
  return doc.text.length === 0 ? 0 : locator.point(doc.text.length).line;
}

/** The output of a format: one string, or pieces when it may outgrow one (JSON of a 50 MB report). */
async function format(results: LintResults, format: LintCommandOptions['format'], io: Io): Promise<string | Iterable<string>> {
  switch (format) {
    case 'json': {
      const { jsonChunks, lintOutput } = await import('../../format/json.js');
      return jsonChunks(lintOutput(results));
    }
    case 'sarif':
      return (await import('../../format/sarif.js')).formatSarif(results, { toolVersion: pkg.version });
    case 'github':
      return (await import('../../format/github.js')).formatGithub(results);
    case 'markdown':
      return (await import('../../format/markdown.js')).formatMarkdown(results);
    case 'stylish':
      return (await import('../../format/stylish.js')).formatStylish(results, await styleFor(io.color));
  }
}

/** Writes pieces of output in blocks of about a megabyte: a write per piece would be millions. */
function writeChunks(chunks: Iterable<string>, io: Io): void {
  let block: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    block.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) {
      io.stdout(block.join(''));
      block = [];
      size = 0;
    }
  }
  if (size > 0) io.stdout(block.join(''));
}

/**
 * The rule settings of a merged configuration. A setting that cannot be used is named by the
 * config file it was written in, not by the report it was for (--rule was checked up front).
 */
function resolveSettingsOf(config: Config, found: FoundConfig | null): RuleSettings {
  try {
    return resolveSettings(RULES, config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new InputError(found?.path ?? '--rule', error.problem);
  }
}
