import type { CommandDefinition } from './definition.js';
import { outlineCommand } from './outline.js';

/** Every command of the CLI, in the order `--help` lists them. */
export const COMMANDS: readonly CommandDefinition[] = [outlineCommand];
