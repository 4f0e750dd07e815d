// zod/mini: the same schemas and issues as zod, a fraction of its load time on every lint run.
import * as z from 'zod/mini';
import type { $ZodType } from 'zod/v4/core';
import type { LocalizedText } from '../i18n/text.js';
import type { KeyRelation } from './relations.js';

export const ProfileId = z.enum(['fazhi', 'gzbg', 'generic']);
export type ProfileId = z.infer<typeof ProfileId>;

/**
 * A kind of report. What it must contain is a zod schema over the facts collected from the text
 * (src/profiles/facts.ts); each issue of it is placed at the source span of the part it concerns
 * (findings.ts) and reported by the rule it names (required-parts, shortcoming-causes). What its
 * figures obey is data read by the rules that check it: `relations` by part-exceeds-whole. Which
 * rule checks what: the comment at the top of src/rules/registry.ts.
 */
export interface Profile {
  id: ProfileId;
  name: LocalizedText;
  /** A report on one year's work, as of its end: vague dates such as 截至目前 leave the reader guessing. */
  annual: boolean;
  /**
   * What the title line must name (`kind`) and contain; `form` describes the usual title to the
   * drafter and `example` builds one from the report's issuer and year.
   */
  title: { kind: RegExp; needsUnit: boolean; needsYear: boolean; form: LocalizedText; example: string };
  /** Validates the ReportContents collected from the text; it may look at only some parts. */
  contents: $ZodType<unknown>;
  /** Keyed parts that cannot exceed their whole in one sentence (part-exceeds-whole). */
  relations: readonly KeyRelation[];
}

/**
 * A profile's schema, built when it is first used: a run checks one kind of report, and the CLI
 * loads every profile on every start.
 */
export function whenUsed<T>(build: () => T): () => T {
  let built: { value: T } | undefined;
  return () => (built ??= { value: build() }).value;
}
