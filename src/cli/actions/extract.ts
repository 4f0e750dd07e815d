import { resolve } from 'node:path';
import pkg from '../../../package.json' with { type: 'json' };
import { extractIndicators } from '../../extract/index.js';
import { CSV_BOM, csvLine } from '../../format/csv.js';
import { INDICATOR_COLUMNS } from '../../format/indicator-row.js';
import type { Lang } from '../../i18n/text.js';
import type { ExtractOutput, ExtractReport } from '../../schema/extract.js';
import { outputHeader } from '../../schema/version.js';
import { DEFAULT_CACHE } from '../batch/cache-location.js';
import { extractedReport, extractFile, extractOutput, readOptionsOf, type ExtractPart, type ExtractSetup } from '../batch/file-task.js';
import { longBatchProgress } from '../batch/progress.js';
import { jobsOf, runBatch, type Batch } from '../batch/run-batch.js';
import type { ExtractCommandOptions } from '../options.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit.js';
import type { Io } from '../io.js';
import { loadReports } from '../load.js';
import { commandLang } from '../lang.js';
import { createTiming, type Timing } from '../timing.js';

/**
 * Rows (jsonl, csv) and text stream out report by report, so a directory of hundreds of reports
 * shows progress and holds a few reports in memory at a time; json is one document and waits.
 */
export async function runExtract(paths: string[], options: ExtractCommandOptions, io: Io): Promise<number> {
  const lang = commandLang(options.lang, io.cwd);
  const state = { failed: false };
  const reports: ExtractReport[] = [];
  // The HTML table links each indicator to its place in the text: kept only for that format.
  const texts = new Map<string, string>();
  if (options.format === 'csv') io.stdout(CSV_BOM + csvLine(INDICATOR_COLUMNS));
  const setup: ExtractSetup = { format: options.format, read: readOptionsOf(options), lang, color: options.format === 'text' && io.color, cwd: io.cwd };
  const emit = (part: ExtractPart) => {
    if (typeof part === 'string') io.stdout(part);
    else if (Array.isArray(part)) for (const bytes of part) io.stdoutBytes(bytes);
    else {
      reports.push(part.report);
      if (part.text !== undefined) texts.set(part.report.file, part.text);
    }
  };
  const progress = longBatchProgress(io.progress, io.env, options.format);
  // TIMING as for lint: the clock is read only when asked for, and times this thread.
  const timing = io.env.TIMING ? createTiming(io.env.TIMING) : null;
  if (timing) await extractInProcess(paths, setup, { ...io, progress }, state, timing, emit);
  else {
    const store = options.cache ? (await import('../batch/cache.js')).openCache(resolve(io.cwd, options.cacheLocation ?? DEFAULT_CACHE), io.stderr, lang) : null;
    const context = JSON.stringify({ version: pkg.version, command: 'extract', format: setup.format, lang, color: setup.color, read: setup.read });
    const jobs = jobsOf(options.jobs);
    // One report at a time in this thread, in order, and nothing to keep: rows go straight out.
    const rowsOut = (setup.format === 'jsonl' || setup.format === 'csv') && jobs === 1 && !store;
    const local: ExtractSetup = rowsOut ? { ...setup, out: io.stdoutBytes } : setup;
    const batch: Batch<ExtractPart> = {
      jobs,
      workers: { command: 'extract', setup },
      local: (file) => extractFile(file, local),
      progress,
      cache: store && { store, context: async () => context, save: storedPart, restore: (stored) => stored as ExtractPart },
    };
    for await (const event of runBatch(paths, io.cwd, lang, batch)) {
      const lines = 'failure' in event ? [event.failure] : event.outcome.lines;
      for (const line of lines) io.stderr(line);
      if ('failure' in event || event.outcome.failed) state.failed = true;
      if ('file' in event && event.outcome.value !== undefined) emit(event.outcome.value);
    }
    store?.save();
  }
  if (options.format === 'json') {
    const output: ExtractOutput = { ...outputHeader('extract'), reports };
    const { writeExtractJson } = await import('../../format/extract-json.js');
    if (timing) timing.time('(format json)', () => writeExtractJson(output, io.stdoutBytes));
    else writeExtractJson(output, io.stdoutBytes);
  }
  if (options.format === 'html') {
    const { formatExtractHtml } = await import('../../format/html-extract.js');
    io.stdout(formatExtractHtml(reports, texts, lang));
  }
  if (timing) io.stderr(timing.table());
  return state.failed ? EXIT_FAILURE : EXIT_OK;
}

/** Under TIMING: each report in turn in this thread, its steps timed. */
async function extractInProcess(paths: string[], setup: ExtractSetup, io: Io, state: { failed: boolean }, timing: Timing, emit: (part: ExtractPart) => void): Promise<void> {
  let reading = timing.now();
  for await (const loaded of loadReports(paths, io, state, setup.read, setup.lang as Lang)) {
    timing.add('(read, outline)', timing.now() - reading);
    const indicators = timing.time('(extract indicators)', () => extractIndicators(loaded.doc.text, loaded.outline));
    const writing = timing.now();
    emit(await extractOutput(extractedReport(loaded, indicators), loaded.doc.text, setup));
    timing.add(`(format ${setup.format})`, timing.now() - writing);
    reading = timing.now();
  }
}

/** A part as the cache keeps it (JSON): rows as their text, which is written out as it was. */
function storedPart(part: ExtractPart): unknown {
  if (!Array.isArray(part)) return part;
  const decoder = new TextDecoder();
  let text = '';
  for (const bytes of part) text += decoder.decode(bytes, { stream: true });
  return text + decoder.decode();
}
