import { Option } from 'commander';
import { LINT_FORMATS, type LintCommandOptions } from '../options.js';
import { changesOption } from './changes.js';
import type { CommandDefinition } from './definition.js';
import { encodingOption } from './encoding.js';
import { langOption } from './lang.js';
import { parseCount } from './count.js';
import { batchOptions } from './batch.js';

const collect = (value: string, previous: string[]) => [...previous, value];

/** `report-lint [lint] <paths...>`: the default command, so `report-lint 报告.txt` lints. */
export const lintCommand: CommandDefinition = (program, io, setExit) => {
  const command = program
    .command('lint', { isDefault: true })
    .description('check structure, figures, punctuation and wording of each report (the default command)')
    .argument('<paths...>', 'report files or directories (.txt, .md, .docx); - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(LINT_FORMATS).default('stylish'))
    .addOption(new Option('--profile <profile>', 'kind of report (default: detected from title and wording)').choices(['fazhi', 'gzbg', 'generic']))
    .addOption(langOption())
    .option('-c, --config <file>', 'config file (default: report-lint.config.json or .reportlintrc.json found upward from each report)')
    .option('--rule <id=severity>', 'set a rule to off, warn or error (repeatable)', collect, [])
    .option('--max-warnings <n>', 'exit with 1 when there are more warnings than this', parseCount)
    .option('--quiet', 'report errors only')
    .option('--fix', 'correct the problems that have a safe fix, in place')
    .option('--fix-dry-run', 'print the changes --fix would make as a unified diff, change nothing')
    .addOption(encodingOption())
    .addOption(new Option('--fix-mode <mode>', 'how --fix writes into a Word file: as tracked changes (修订) by report-lint, or directly').choices(['tracked', 'direct']).default('tracked'))
    .option('--annotate <out.docx>', 'write a copy of the Word file with every finding as a comment (批注)')
    .addOption(changesOption());
  for (const option of batchOptions()) command.addOption(option);
  command.action(async (paths: string[], options: LintCommandOptions) => {
      const { runLint } = await import('../actions/lint.js');
      setExit(await runLint(paths, options, io));
    });
};
