import { Option } from 'commander';
import { uniquePaths } from '../../read/collect.js';
import { EXIT_FAILURE } from '../exit.js';
import { describeFailure } from '../io.js';
import type { CommandDefinition } from './definition.js';
import { langOption } from './lang.js';
import type { Lang } from '../../i18n/text.js';
import type { ReviewFormat } from '../options.js';

/**
 * A command of its own, not a flag of lint: its result is a table across two reports (each target
 * of the previous one beside the current one's outcome), not diagnostics of one report, and none
 * of lint's formats (sarif, github) or exit codes fit it.
 */
export const reviewCommand: CommandDefinition = (program, io, setExit) => {
  program
    .command('review')
    .description("check the previous report's targets for its year against what this report says was achieved: met, missed or not reported")
    .argument('<report>', 'the report that reviews the year (.txt, .md); - for stdin')
    .requiredOption('--previous <report>', "the previous year's report, which set the targets")
    .addOption(new Option('-f, --format <format>', 'output format').choices(['stylish', 'json', 'markdown']).default('stylish'))
    .addOption(langOption())
    .action(async (path: string, options: { format: ReviewFormat; previous: string; lang?: Lang }) => {
      const [{ whyUnreadable }, { commandLang }] = await Promise.all([import('../../read/file.js'), import('../lang.js')]);
      const lang = commandLang(options.lang, io.cwd);
      const problems = uniquePaths([options.previous, path], io.cwd).flatMap((p) => whyUnreadable(p) ?? []);
      if (problems.length > 0) {
        for (const problem of problems) io.stderr(`${describeFailure(problem, lang)}\n`);
        setExit(EXIT_FAILURE);
        return;
      }
      const { runReview } = await import('../actions/review.js');
      setExit(await runReview(options.previous, path, { ...options, lang }, io));
    });
};
