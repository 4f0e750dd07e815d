import { Argument } from 'commander';
import type { CommandDefinition } from './definition.js';

export const SCHEMA_NAMES = ['outline', 'extract', 'row', 'lint', 'diff', 'review'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];

export const schemaCommand: CommandDefinition = (program, io, setExit) => {
  program
    .command('schema')
    .description('print the JSON Schema of a command\'s JSON output (row: one jsonl/csv row of extract)')
    .addArgument(new Argument('<output>', 'which output').choices(SCHEMA_NAMES))
    .action(async (name: SchemaName) => {
      const { runSchema } = await import('../actions/schema.js');
      setExit(await runSchema(name, io));
    });
};
