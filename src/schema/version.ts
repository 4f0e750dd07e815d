/** Bumped on any incompatible change of the JSON output. */
export const SCHEMA_VERSION = 1 as const;
