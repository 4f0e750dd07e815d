import type { ForcedEncoding } from '../../read/decode.js';
import type { OutlineOutput, OutlineReport } from '../../schema/output.js';
import { outputHeader } from '../../schema/version.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit.js';
import type { Io } from '../io.js';
import { loadReports } from '../load.js';
import { commandLang } from '../lang.js';
import type { Lang } from '../../i18n/text.js';
import { createTiming } from '../timing.js';

export interface OutlineCommandOptions {
  format: 'text' | 'json';
  lang?: Lang;
  encoding?: ForcedEncoding;
  changes?: 'accepted' | 'original';
}

export async function runOutline(paths: string[], options: OutlineCommandOptions, io: Io): Promise<number> {
  const lang = commandLang(options.lang, io.cwd);
  const state = { failed: false };
  const reports: OutlineReport[] = [];
  // TIMING as for lint: the clock is read only when asked for.
  const timing = io.env.TIMING ? createTiming(io.env.TIMING) : null;
  let reading = timing?.now() ?? 0;
  const paragraphOf: (((offset: number) => number) | null)[] = [];
  for await (const { doc, outline, locator } of loadReports(paths, io, state, { changes: options.changes ?? 'accepted', ...(options.encoding ? { encoding: options.encoding } : {}) }, lang)) {
    if (timing) timing.add('(read, outline)', timing.now() - reading);
    reports.push({ file: doc.path, encoding: doc.encoding, format: doc.format, outline });
    const place = locator.place;
    paragraphOf.push(place ? (offset) => place(offset).paragraph : null);
    reading = timing?.now() ?? 0;
  }
  const started = timing?.now() ?? 0;
  if (options.format === 'json') {
    const output: OutlineOutput = { ...outputHeader('outline'), reports };
    // In pieces: a long outline's JSON is longer than a string may be.
    const { writeOutlineJson } = await import('../../format/outline-json.js');
    writeOutlineJson(output, io.stdoutBytes);
  } else if (reports.length > 0) {
    const [{ formatOutlineText }, { styleFor }] = await Promise.all([
      import('../../format/outline-text.js'),
      import('../../format/style.js'),
    ]);
    io.stdout(formatOutlineText(reports, await styleFor(io.color), paragraphOf, lang));
  }
  if (timing) {
    timing.add(`(format ${options.format})`, timing.now() - started);
    io.stderr(timing.table());
  }
  return state.failed ? EXIT_FAILURE : EXIT_OK;
}
