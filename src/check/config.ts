import * as z from 'zod/mini';
import { ProfileId } from '../profiles/profile.js';
import { LANGS } from '../i18n/text.js';

/** How a rule is set in a config file or on the command line: ESLint's words and numbers. */
export const SeverityLevel = z.union([
  z.enum(['off', 'info', 'warn', 'warning', 'error']),
  z.literal(0),
  z.literal(1),
  z.literal(2),
]);
export type SeverityLevel = z.infer<typeof SeverityLevel>;

export const RuleEntry = z.union([
  SeverityLevel,
  z.tuple([SeverityLevel]),
  z.tuple([SeverityLevel, z.record(z.string(), z.unknown())]),
]);
export type RuleEntry = z.infer<typeof RuleEntry>;

/** `report-lint.config.json` / `.reportlintrc.json`. */
export const Config = z.strictObject({
  $schema: z.optional(z.string()),
  profile: z.optional(ProfileId),
  lang: z.optional(z.enum(LANGS)),
  rules: z.optional(z.record(z.string(), RuleEntry)),
});
export type Config = z.infer<typeof Config>;
