import { InvalidArgumentError, Option } from 'commander';
import { FAILURES } from '../../i18n/failures.js';
import { uniquePaths } from '../../read/collect.js';
import { EXIT_FAILURE } from '../exit.js';
import { describeFailure } from '../io.js';
import type { ForcedEncoding } from '../../read/decode.js';
import type { CommandDefinition } from './definition.js';
import { encodingOption } from './encoding.js';
import { langOption } from './lang.js';
import type { Lang } from '../../i18n/text.js';
import type { DiffFormat } from '../options.js';

/** A plain decimal, with or without %: Number() alone would take '' (0), ' 5', '1e3' and '0x10'. */
function parsePercent(value: string): number {
  if (!/^(?:\d+\.?\d*|\.\d+)%?$/.test(value)) throw new InvalidArgumentError(FAILURES.expectedPercent.en); // said in the run's language by usageWords
  return Number(value.replace(/%$/, ''));
}

export const diffCommand: CommandDefinition = (program, io, setExit) => {
  program
    .command('diff')
    .description('compare two reports (e.g. two years): indicators changed, added and removed, sections renamed, added and removed')
    .argument('<old>', 'the earlier report (.txt, .md); - for stdin')
    .argument('<new>', 'the later report (.txt, .md); - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'markdown', 'html']).default('stylish'))
    .option('--min-change <percent>', 'hide changes smaller than this percentage of the old value', parsePercent)
    .addOption(encodingOption())
    .addOption(langOption())
    .action(async (oldPath: string, newPath: string, options: { format: DiffFormat; minChange?: number; encoding?: ForcedEncoding; lang?: Lang }) => {
      // The diff stops at the first report it cannot read; both are asked about first, so that
      // two missing files are both named.
      const [{ whyUnreadable }, { commandLang }] = await Promise.all([import('../../read/file.js'), import('../lang.js')]);
      const lang = commandLang(options.lang, io.cwd);
      const problems = uniquePaths([oldPath, newPath], io.cwd).flatMap((path) => whyUnreadable(path) ?? []);
      if (problems.length > 0) {
        for (const problem of problems) io.stderr(`${describeFailure(problem, lang)}\n`);
        setExit(EXIT_FAILURE);
        return;
      }
      const { runDiff } = await import('../actions/diff.js');
      setExit(await runDiff(oldPath, newPath, { ...options, lang }, io));
    });
};
