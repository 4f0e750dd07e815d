import { LintDiagnostic } from '../../check/diagnostic.js';
import { ConfigError } from '../../check/settings.js';
import { extractIndicators } from '../../extract/index.js';
import type { Lang } from '../../i18n/text.js';
import { InputError } from '../../read/error.js';
import { readReport, type ReadOptions } from '../../read/file.js';
import type { ExtractReport } from '../../schema/extract.js';
import { describeFailure, type Io } from '../io.js';
import { analyse, type LoadedReport } from '../load.js';
import type { ExtractFormat, LintCommandOptions } from '../options.js';
import type { ByteOut } from '../../format/utf8-sink.js';
import type { LintConfigs } from '../actions/lint-config.js';
import { lintOneReport, type LintedReport } from '../actions/lint-report.js';

/**
 * What one report of a batch gives, in a worker or in-process alike: the lines it said on stderr,
 * whether it failed the run, and its result when there is one. Plain data, to cross threads.
 */
export interface FileOutcome<T> {
  lines: string[];
  failed: boolean;
  value?: T;
  /** The line said is about the report's config file, which the run says once. */
  configFailure?: boolean;
}

/** What a lint worker is set up with: the command's options, where it runs, the run's language. */
export interface LintSetup {
  options: LintCommandOptions;
  cwd: string;
  lang: Lang;
  color: boolean;
}

function quietIo(setup: { cwd: string; color: boolean }, lines: string[], env: Io['env']): Io {
  return { stdout: () => undefined, stdoutBytes: () => undefined, stderr: (text) => lines.push(text), color: setup.color, env, cwd: setup.cwd, progress: null };
}

export function readOptionsOf(options: { encoding?: ReadOptions['encoding']; changes?: 'accepted' | 'original' }): ReadOptions {
  return { changes: options.changes ?? 'accepted', ...(options.encoding ? { encoding: options.encoding } : {}) };
}

/** Reads and lints one report (no fixing: a batch with --fix runs in-process, one report at a time). */
export async function lintFile(file: string, setup: LintSetup, configs: LintConfigs, env: Io['env']): Promise<FileOutcome<LintedReport>> {
  const lines: string[] = [];
  const io = quietIo(setup, lines, env);
  const { lang, options } = setup;
  let doc;
  try {
    doc = await readReport(file, undefined, readOptionsOf(options));
  } catch (error) {
    lines.push(`${describeFailure(error, lang)}\n`);
    return { lines, failed: true };
  }
  const loaded = await analyse(doc);
  let config;
  try {
    config = await configs.forReport(doc.path);
  } catch (error) {
    if (!(error instanceof InputError || error instanceof ConfigError)) throw error;
    lines.push(`${describeFailure(error instanceof ConfigError ? new InputError(doc.path, error.problem) : error, lang)}\n`);
    return { lines, failed: true, configFailure: true };
  }
  if (!config) return { lines, failed: true };
  const state = { failed: false };
  try {
    const value = await lintOneReport(loaded, config, { options, lang, io, said: io, state, timing: null, patches: [], annotated: new Set() });
    return { lines, failed: state.failed, value };
  } catch (error) {
    if (!(error instanceof InputError || error instanceof ConfigError)) throw error;
    lines.push(`${describeFailure(error instanceof ConfigError ? new InputError(doc.path, error.problem) : error, lang)}\n`);
    return { lines, failed: true };
  }
}

/** What an extract worker is set up with. */
export interface ExtractSetup {
  format: ExtractFormat;
  read: ReadOptions;
  lang: Lang;
  color: boolean;
  cwd: string;
  /**
   * Where a report's rows (jsonl, csv) go as they are made, when this thread may write them at
   * once: a run in this thread alone, one report at a time, and no cache to keep them for. Unset
   * elsewhere (workers, whose setup crosses threads), and the rows come back as bytes.
   */
  out?: ByteOut;
}

/** A report's record for the outputs that gather them (json; html, which also shows its text). */
export interface ExtractRecord {
  report: ExtractReport;
  /** The report's text, for html only (its table links each figure to its place in the text). */
  text?: string;
}

/**
 * One report's part of an extract's output: its listing (text), its rows as UTF-8 (jsonl, csv:
 * encoded row by row, never held as one string), or its record (json, html).
 */
export type ExtractPart = string | Uint8Array[] | ExtractRecord;

/**
 * A report's indicators, each also named by paragraph in a Word file, web page or PDF (which has
 * no lines a person sees).
 */
export function extractedReport(loaded: LoadedReport, indicators = extractIndicators(loaded.doc.text, loaded.outline)): ExtractReport {
  const { doc, outline, locator } = loaded;
  const place = locator.place;
  if (place) for (const i of indicators) i.place = place(i.span.start.offset);
  return {
    file: doc.path,
    encoding: doc.encoding,
    format: doc.format,
    ...(place ? { placeKind: 'paragraph' as const } : {}),
    year: outline.year,
    title: outline.title?.text ?? null,
    indicators,
  };
}

/**
 * Reads one report and extracts its indicators: its rows (jsonl, csv) or listing (text) as the
 * output will print them, or its record (json, html), which the output gathers into one document.
 */
export async function extractFile(file: string, setup: ExtractSetup): Promise<FileOutcome<ExtractPart>> {
  let doc;
  try {
    doc = await readReport(file, undefined, setup.read);
  } catch (error) {
    return { lines: [`${describeFailure(error, setup.lang)}\n`], failed: true };
  }
  const loaded = await analyse(doc);
  return { lines: [], failed: false, value: await extractOutput(extractedReport(loaded), doc.text, setup) };
}

/** One report's part of the output. */
export async function extractOutput(report: ExtractReport, text: string, setup: Pick<ExtractSetup, 'format' | 'lang' | 'color' | 'out'>): Promise<ExtractPart> {
  switch (setup.format) {
    case 'json':
      return { report };
    case 'html':
      return { report, text };
    case 'jsonl': {
      const [{ toIndicatorRow }, { utf8Rows }] = await Promise.all([import('../../format/indicator-row.js'), import('../../format/utf8-sink.js')]);
      return utf8Rows(setup.out, (rows) => {
        for (const i of report.indicators) rows.line(JSON.stringify(toIndicatorRow(report.file, report.year, i)));
      });
    }
    case 'csv': {
      const [{ INDICATOR_COLUMNS, toIndicatorRow }, { csvLine }, { utf8Rows }] = await Promise.all([
        import('../../format/indicator-row.js'),
        import('../../format/csv.js'),
        import('../../format/utf8-sink.js'),
      ]);
      return utf8Rows(setup.out, (rows) => {
        for (const i of report.indicators) {
          const row = toIndicatorRow(report.file, report.year, i);
          rows.write(csvLine(INDICATOR_COLUMNS.map((c) => row[c])));
        }
      });
    }
    case 'text': {
      const [{ styleFor }, { formatExtractText }] = await Promise.all([import('../../format/style.js'), import('../../format/extract-text.js')]);
      return formatExtractText([report], await styleFor(setup.color), setup.lang);
    }
  }
}

/**
 * A lint outcome fit to cross to another thread: findings as their plain JSON shape (structured
 * cloning copies a LintDiagnostic's own fields only, not its span or fix).
 */
export function portable(outcome: FileOutcome<LintedReport>, format: LintCommandOptions['format']): FileOutcome<LintedReport> {
  const linted = outcome.value;
  if (!linted) return outcome;
  const diagnostics = linted.result.diagnostics.map((d) => (d instanceof LintDiagnostic ? d.toJSON() : d));
  const shown = forFormat({ ...linted, result: { ...linted.result, diagnostics } }, format);
  // An outline's sections work out their titles and spans when read (getters, which cloning
  // drops): they cross as their JSON.
  if (shown.result.outline) shown.result.outline = JSON.parse(JSON.stringify(shown.result.outline)) as typeof shown.result.outline;
  return { ...outcome, value: shown };
}

/**
 * What of a lint result a format prints. Only json and html print the outline and the indicators; the
 * others leave them out of what crosses threads and of the cache (the tests hold each format's
 * output from a worker and from the cache to that of a run in one thread).
 */
export function forFormat(linted: LintedReport, format: LintCommandOptions['format']): LintedReport {
  // html shows the outline as the report's contents.
  if (format === 'json' || format === 'html') return linted;
  return { ...linted, result: { ...linted.result, outline: undefined as never, indicators: undefined as never } };
}
