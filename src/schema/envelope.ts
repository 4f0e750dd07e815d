import { z } from 'zod';
import { SCHEMA_VERSION } from './version.js';

/** The fields every JSON output starts with, so a reader can tell what it holds and in which version. */
export function envelope<C extends string>(command: C) {
  return {
    schemaVersion: z.literal(SCHEMA_VERSION),
    tool: z.literal('report-lint'),
    command: z.literal(command),
  };
}
