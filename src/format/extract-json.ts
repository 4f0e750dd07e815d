import type { ExtractOutput } from '../schema/extract.js';
import { JsonWriter, type JsonOut } from './json-layout.js';

/**
 * The extract output as `JSON.stringify(output, null, 2)` writes it, in pieces: each report's
 * indicators one by one (a 10 MB report has 44,000, 40 MB of JSON).
 */
export function writeExtractJson(output: ExtractOutput, out: JsonOut): void {
  const writer = new JsonWriter(out);
  writer.object(output, 0, (key, value, depth) => {
    if (key !== 'reports') return writer.value(value, depth);
    writer.array(value as object[], depth, (report, d) =>
      writer.object(report, d, (k, v, dd) => (k === 'indicators' && Array.isArray(v) ? writer.array(v, dd) : writer.value(v, dd))),
    );
  });
  writer.raw('\n');
  writer.end();
}
