import { Option } from 'commander';

/** `--changes accepted|original`: which text of a Word document with tracked changes is read. */
export function changesOption(): Option {
  return new Option('--changes <which>', 'Word files with tracked changes: read them as if accepted, or the original text').choices(['accepted', 'original']).default('accepted');
}
