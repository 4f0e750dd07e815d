import type { Outline } from '../schema/outline.js';
import { parseOutline } from '../outline/index.js';
import { collectPaths, firstSight } from '../read/collect.js';
import type { ReportDocument } from '../read/document.js';
import { readReport, type ReadOptions } from '../read/file.js';
import { markdownStructure } from '../read/markdown.js';
import { createLocator, type Locator } from '../text/location.js';
import { describeFailure, type Io } from './io.js';
import type { Lang } from '../i18n/text.js';

export interface LoadedReport {
  doc: ReportDocument;
  locator: Locator;
  outline: Outline;
}

/** One step of a batch, in the order of the output: a report file to read, or a path that failed. */
export type BatchStep = { file: string; n: number; total: number } | { failure: string };

/**
 * The files the paths name, in order. Paths are expanded one at a time (a bad one is said in its
 * place), each once (a.txt ./a.txt, - -); a file found again, in a directory named after it
 * (report-lint dir dir/a.txt), is read once too. `n` of `total` counts within one path.
 */
export async function* batchSteps(paths: readonly string[], cwd: string, lang: Lang): AsyncGenerator<BatchStep> {
  const freshPath = firstSight(cwd);
  const freshFile = firstSight(cwd);
  for (const path of paths) {
    if (!freshPath(path)) continue;
    let files: string[];
    try {
      files = (await collectPaths([path])).filter(freshFile);
    } catch (error) {
      yield { failure: `${describeFailure(error, lang)}\n` };
      continue;
    }
    for (const [n, file] of files.entries()) yield { file, n, total: files.length };
  }
}

/**
 * Reads every report the paths name, one at a time so that a directory of hundreds streams.
 * A file that cannot be read is reported on stderr (one line) and skipped; `failed` tells the
 * caller to exit with 2 at the end, so one bad file does not hide the results of the others.
 */
export async function* loadReports(paths: readonly string[], io: Io, state: { failed: boolean }, read: ReadOptions, lang: Lang): AsyncGenerator<LoadedReport> {
  for await (const step of batchSteps(paths, io.cwd, lang)) {
    if ('failure' in step) {
      io.stderr(step.failure);
      state.failed = true;
      continue;
    }
    const { file, n, total } = step;
    // Only a batch is worth a progress line.
    if (total > 1) io.progress?.(n, total, file);
    let doc: ReportDocument;
    try {
      doc = await readReport(file, undefined, read);
    } catch (error) {
      io.progress?.(total, total, ''); // clear the progress line first
      io.stderr(`${describeFailure(error, lang)}\n`);
      state.failed = true;
      if (total > 1 && n === total - 1) io.progress?.(total, total, '');
      continue;
    }
    const loaded = await analyse(doc);
    if (total > 1 && n === total - 1) io.progress?.(total, total, '');
    yield loaded;
  }
}

export async function analyse(doc: ReportDocument): Promise<LoadedReport> {
  let locator = createLocator(doc.text);
  const paragraphs = doc.word?.document.paragraphs ?? doc.paragraphs;
  if (paragraphs) {
    // A Word document or a web page is found by paragraph, not by line (loaded with its reader, already in use).
    const { withParagraphPlaces } = await import('../document/places.js');
    locator = withParagraphPlaces(locator, doc.text, paragraphs);
    if (doc.pdfLines) locator = (await import('../pdf/places.js')).withPagePlaces(locator, doc.text, doc.pdfLines);
  }
  const markdown = doc.format === 'markdown' ? markdownStructure(doc.text) : undefined;
  const outline = parseOutline(doc.text, markdown ? { markdown, locator } : { locator });
  return { doc, locator, outline };
}
