import type { CommandDefinition } from './definition.js';
import { langOption } from './lang.js';
import type { Lang } from '../../i18n/text.js';

/** `report-lint web [out.html]`: writes the offline page, one HTML file to open in a browser. */
export const webCommand: CommandDefinition = (program, io, setExit) => {
  program
    .command('web')
    .description('write the offline page (one HTML file: open, check, fix and compare reports in a browser; nothing is uploaded)')
    .argument('[out]', 'the file to write; - for stdout', 'report-lint.html')
    .addOption(langOption())
    .action(async (out: string, options: { lang?: Lang }) => {
      const { runWeb } = await import('../actions/web.js');
      setExit(await runWeb(out, options, io));
    });
};
