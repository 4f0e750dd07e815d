import { z } from 'zod';
import type { SchemaName } from '../options.js';
import { EXIT_OK } from '../exit.js';
import type { Io } from '../io.js';

/** The zod schema of each JSON output: the same object that types and validates it. */
async function schemaOf(name: SchemaName): Promise<z.ZodType> {
  switch (name) {
    case 'outline':
      return (await import('../../schema/output.js')).OutlineOutput;
    case 'extract':
      return (await import('../../schema/extract.js')).ExtractOutput;
    case 'row':
      return (await import('../../schema/extract.js')).IndicatorRow;
    case 'lint':
      return (await import('../../schema/lint.js')).LintOutput;
    case 'diff':
      return (await import('../../schema/diff.js')).DiffOutput;
    case 'review':
      return (await import('../../schema/review.js')).ReviewOutput;
  }
}

export async function runSchema(name: SchemaName, io: Io): Promise<number> {
  const schema = z.toJSONSchema(await schemaOf(name), { target: 'draft-2020-12', unrepresentable: 'any' });
  io.stdout(`${JSON.stringify({ title: `report-lint ${name} output`, ...schema }, null, 2)}\n`);
  return EXIT_OK;
}
