import { CommanderError } from 'commander';
import { EXIT_FAILURE, EXIT_OK } from './exit.js';
import { describeFailure, processIo, type Io } from './io.js';
import { createProgram } from './program.js';

/** Runs the CLI with `argv` (as process.argv) and returns the exit code; never throws. */
export async function run(argv: readonly string[], io: Io): Promise<number> {
  let code = EXIT_OK;
  const program = createProgram(io, (c) => {
    code = c;
  });
  if (argv.length <= 2) {
    io.stdout(program.helpInformation());
    return EXIT_OK;
  }
  try {
    await program.parseAsync([...argv]);
  } catch (error) {
    if (error instanceof CommanderError) {
      // --help and --version end here with exit code 0; usage errors are failures of the run.
      return error.exitCode === 0 ? EXIT_OK : EXIT_FAILURE;
    }
    io.stderr(`${describeFailure(error)}\n`);
    if (io.env.REPORT_LINT_DEBUG && error instanceof Error) io.stderr(`${error.stack}\n`);
    return EXIT_FAILURE;
  }
  return code;
}

export async function main(argv: readonly string[]): Promise<void> {
  const io = processIo();
  process.exitCode = await run(argv, io);
}
