import { Option } from 'commander';
import type { ForcedEncoding } from '../../read/decode.js';
import { changesOption } from './changes.js';
import type { CommandDefinition } from './definition.js';
import { encodingOption } from './encoding.js';
import { langOption } from './lang.js';
import type { Lang } from '../../i18n/text.js';

export const outlineCommand: CommandDefinition = (program, io, setExit) => {
  program
    .command('outline')
    .description('print the numbered section tree of each report (一、 (一) 1. (1) and 一是…)')
    .argument('<paths...>', 'report files or directories (.txt, .md, .docx); - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .addOption(encodingOption())
    .addOption(changesOption())
    .addOption(langOption())
    .action(async (paths: string[], options: { format: 'text' | 'json'; encoding?: ForcedEncoding; changes: 'accepted' | 'original'; lang?: Lang }) => {
      const { runOutline } = await import('../actions/outline.js');
      setExit(await runOutline(paths, options, io));
    });
};
