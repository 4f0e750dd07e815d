import { Option } from 'commander';
import type { CommandDefinition } from './definition.js';
import type { RulesCommandOptions } from '../options.js';

/** `report-lint rules`: the rules with their description, default severity and fixability. */
export const rulesCommand: CommandDefinition = (program, io, setExit) => {
  program
    .command('rules')
    .description('list the lint rules with their description and fixability (markdown: the rules reference)')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .addOption(new Option('--lang <lang>', 'language').choices(['zh', 'en']).default('zh'))
    .action(async (options: RulesCommandOptions) => {
      const { runRules } = await import('../actions/rules.js');
      setExit(await runRules(options, io));
    });
};
