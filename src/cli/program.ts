import { Command } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import { COMMANDS } from './commands/index.js';
import { FAILURES } from '../i18n/failures.js';
import { localize, type Lang } from '../i18n/text.js';
import { usageWords } from '../i18n/usage.js';
import type { Io } from './io.js';

/** The commander program: global options here, each command in src/cli/commands/. */
export function createProgram(io: Io, setExit: (code: number) => void, lang: () => Lang = () => 'zh'): Command {
  const program = new Command('report-lint')
    .description('Lint, extract indicators from and diff Chinese government work reports\n检查政府工作报告、法治政府建设年度报告的结构、数据与文字')
    .version(pkg.version, '-v, --version')
    // Commander's own errors (bad option values, unknown options, missing arguments) take the
    // CLI's one-line form; subcommands inherit this and the exit override, so set both first.
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr, outputError: (message, write) => write(usageError(message, lang())) })
    .exitOverride();
  for (const define of COMMANDS) define(program, io, setExit);
  return program;
}

/**
 * `error: unknown option '--quite'\n(Did you mean --quiet?)` as one line in the run's language:
 * `report-lint: unknown option '--quite' (Did you mean --quiet?) (report-lint --help for usage)`.
 */
function usageError(message: string, lang: Lang): string {
  const what = message.replace(/^error: /, '').replace(/\s+/g, ' ').trim();
  return `${localize(FAILURES.usage, lang, { what: usageWords(what, lang) })}\n`;
}
