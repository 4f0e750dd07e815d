import { Argument } from 'commander';
import type { CommandDefinition } from './definition.js';
import { SCHEMA_NAMES, type SchemaName } from '../options.js';

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
