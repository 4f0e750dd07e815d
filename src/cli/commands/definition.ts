import type { Command } from 'commander';
import type { Io } from '../io.js';

/**
 * Declares one command on the program: its arguments, options and help. The action imports the
 * command's implementation (src/cli/actions/) when it runs, so declaring costs nothing.
 */
export type CommandDefinition = (program: Command, io: Io, setExit: (code: number) => void) => void;
