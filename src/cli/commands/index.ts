import type { CommandDefinition } from './definition.js';
import { outlineCommand } from './outline.js';
import { schemaCommand } from './schema.js';

/** Every command of the CLI, in the order `--help` lists them. */
export const COMMANDS: readonly CommandDefinition[] = [outlineCommand, schemaCommand];
