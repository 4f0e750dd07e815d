import { Command, InvalidArgumentError, Option } from 'commander';
import pkg from '../../package.json' with { type: 'json' };
import type { Io } from './io.js';

/**
 * The commander program. Each command's implementation is imported when it runs, so `--help`
 * and one command never load the others.
 */
export function createProgram(io: Io, setExit: (code: number) => void): Command {
  const program = new Command('report-lint')
    .description('Lint, extract indicators from and diff Chinese government work reports\n检查政府工作报告、法治政府建设年度报告的结构、数据与文字')
    .version(pkg.version, '-v, --version')
    .showHelpAfterError('(report-lint --help for usage)')
    .configureOutput({ writeOut: io.stdout, writeErr: io.stderr })
    .exitOverride();

  program
    .command('outline')
    .description('print the numbered section tree of each report (一、 (一) 1. (1) and 一是…)')
    .argument('<paths...>', 'report files or directories (.txt, .md); - for stdin')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (paths: string[], options: { format: 'text' | 'json' }) => {
      const { runOutline } = await import('./commands/outline.js');
      setExit(await runOutline(paths, options, io));
    });

  return program;
}

export function parseInteger(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new InvalidArgumentError('expected a whole number ≥ 0');
  return n;
}
