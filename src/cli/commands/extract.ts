import { Option } from 'commander';
import { changesOption } from './changes.js';
import type { CommandDefinition } from './definition.js';
import { encodingOption } from './encoding.js';
import { langOption } from './lang.js';
import type { ExtractCommandOptions } from '../options.js';
import { batchOptions } from './batch.js';

export const extractCommand: CommandDefinition = (program, io, setExit) => {
  const command = program
    .command('extract')
    .description('list every quantitative indicator (value, unit, qualifier, label, section, catalogue key)')
    .argument('<paths...>', 'report files or directories (.txt, .md, .docx); - for stdin')
    .addOption(
      new Option('-f, --format <format>', 'text for reading; json (one record per report); jsonl or csv (one row per indicator); html (a sortable table linked to the text)')
        .choices(['text', 'json', 'jsonl', 'csv', 'html'])
        .default('text'),
    )
    .addOption(encodingOption())
    .addOption(changesOption())
    .addOption(langOption());
  for (const option of batchOptions()) command.addOption(option);
  command.action(async (paths: string[], options: ExtractCommandOptions) => {
    const { runExtract } = await import('../actions/extract.js');
    setExit(await runExtract(paths, options, io));
  });
};
