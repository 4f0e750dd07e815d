/** Bumped on any incompatible change of the JSON output. */
export const SCHEMA_VERSION = 1 as const;

/** The head of every JSON output (validated by `envelope` in the schemas); free of zod for the CLI. */
export function outputHeader<C extends string>(command: C) {
  return { schemaVersion: SCHEMA_VERSION, tool: 'report-lint' as const, command };
}
