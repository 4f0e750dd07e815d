import { extractIndicators } from '../../extract/index.js';
import { CSV_BOM, csvLine } from '../../format/csv.js';
import { INDICATOR_COLUMNS, toIndicatorRow } from '../../format/indicator-row.js';
import type { ExtractOutput, ExtractReport } from '../../schema/extract.js';
import { outputHeader } from '../../schema/version.js';
import type { ExtractFormat } from '../options.js';
import type { ForcedEncoding } from '../../read/decode.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit.js';
import type { Io } from '../io.js';
import { loadReports } from '../load.js';
import { commandLang } from '../lang.js';
import type { Lang } from '../../i18n/text.js';
import { createTiming } from '../timing.js';

/**
 * Rows (jsonl, csv) and text stream out report by report, so a directory of hundreds of reports
 * shows progress and holds one report in memory at a time; json is one document and waits.
 */
export async function runExtract(paths: string[], options: { format: ExtractFormat; encoding?: ForcedEncoding; changes?: 'accepted' | 'original'; lang?: Lang }, io: Io): Promise<number> {
  const lang = commandLang(options.lang, io.cwd);
  const state = { failed: false };
  const reports: ExtractReport[] = [];
  const columns = INDICATOR_COLUMNS;
  if (options.format === 'csv') io.stdout(CSV_BOM + csvLine(columns));
  const style = options.format === 'text' ? await (await import('../../format/style.js')).styleFor(io.color) : null;
  const text = options.format === 'text' ? (await import('../../format/extract-text.js')).formatExtractText : null;

  // TIMING as for lint: the clock is read only when asked for.
  const timing = io.env.TIMING ? createTiming(io.env.TIMING) : null;
  let reading = timing?.now() ?? 0;
  for await (const { doc, outline } of loadReports(paths, io, state, { changes: options.changes ?? 'accepted', ...(options.encoding ? { encoding: options.encoding } : {}) }, lang)) {
    if (timing) timing.add('(read, outline)', timing.now() - reading);
    const extract = () => extractIndicators(doc.text, outline);
    const indicators = timing ? timing.time('(extract indicators)', extract) : extract();
    const writing = timing?.now() ?? 0;
    const report: ExtractReport = {
      file: doc.path,
      encoding: doc.encoding,
      format: doc.format,
      year: outline.year,
      title: outline.title?.text ?? null,
      indicators,
    };
    switch (options.format) {
      case 'json':
        reports.push(report);
        break;
      case 'jsonl':
        for (const i of report.indicators) io.stdout(`${JSON.stringify(toIndicatorRow(report.file, report.year, i))}\n`);
        break;
      case 'csv':
        for (const i of report.indicators) {
          const row = toIndicatorRow(report.file, report.year, i);
          io.stdout(csvLine(columns.map((c) => row[c])));
        }
        break;
      case 'text':
        if (text && style) io.stdout(text([report], style, lang));
        break;
    }
    if (timing) timing.add(`(format ${options.format})`, timing.now() - writing);
    reading = timing?.now() ?? 0;
  }
  if (options.format === 'json') {
    const output: ExtractOutput = { ...outputHeader('extract'), reports };
    if (timing) timing.time('(format json)', () => io.stdout(`${JSON.stringify(output, null, 2)}\n`));
    else io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  }
  if (timing) io.stderr(timing.table());
  return state.failed ? EXIT_FAILURE : EXIT_OK;
}
