import type { OutlineOutput, OutlineReport } from '../../schema/output.js';
import { outputHeader } from '../../schema/version.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit.js';
import type { Io } from '../io.js';
import { loadReports } from '../load.js';

export interface OutlineCommandOptions {
  format: 'text' | 'json';
  changes?: 'accepted' | 'original';
}

export async function runOutline(paths: string[], options: OutlineCommandOptions, io: Io): Promise<number> {
  const state = { failed: false };
  const reports: OutlineReport[] = [];
  const paragraphOf: (((offset: number) => number) | null)[] = [];
  for await (const { doc, outline, locator } of loadReports(paths, io, state, { changes: options.changes ?? 'accepted' })) {
    reports.push({ file: doc.path, encoding: doc.encoding, format: doc.format, outline });
    const place = locator.place;
    paragraphOf.push(place ? (offset) => place(offset).paragraph : null);
  }
  if (options.format === 'json') {
    const output: OutlineOutput = { ...outputHeader('outline'), reports };
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  } else if (reports.length > 0) {
    const [{ formatOutlineText }, { styleFor }] = await Promise.all([
      import('../../format/outline-text.js'),
      import('../../format/style.js'),
    ]);
    io.stdout(formatOutlineText(reports, await styleFor(io.color), paragraphOf));
  }
  return state.failed ? EXIT_FAILURE : EXIT_OK;
}
