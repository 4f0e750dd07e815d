import { Option } from 'commander';
import type { ForcedEncoding } from '../../read/decode.js';

const ENCODINGS: readonly ForcedEncoding[] = ['utf-8', 'gb18030', 'big5', 'utf-16le', 'utf-16be'];

/** `--encoding`: read the reports in this encoding instead of detecting it. */
export function encodingOption(): Option {
  return new Option('--encoding <encoding>', 'read the reports in this encoding (default: detected; bytes invalid in it are findings)').choices(ENCODINGS);
}
