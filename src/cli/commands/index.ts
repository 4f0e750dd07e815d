import type { CommandDefinition } from './definition.js';
import { diffCommand } from './diff.js';
import { extractCommand } from './extract.js';
import { lintCommand } from './lint.js';
import { outlineCommand } from './outline.js';
import { reviewCommand } from './review.js';
import { rulesCommand } from './rules.js';
import { schemaCommand } from './schema.js';
import { webCommand } from './web.js';

/** Every command of the CLI, in the order `--help` lists them. */
export const COMMANDS: readonly CommandDefinition[] = [lintCommand, outlineCommand, extractCommand, diffCommand, reviewCommand, rulesCommand, schemaCommand, webCommand];
