import * as z from 'zod/mini';
import type { MessageData } from '../i18n/text.js';
import type { PartFact } from './facts.js';
import { PARTS, type PartId } from './parts.js';
import { whenUsed } from './profile.js';

/**
 * The rules whose check is a profile's contents schema: each issue of the schema names the rule
 * that reports it, and the rule gives the message (src/rules/required-parts.ts, shortcoming-causes.ts).
 */
export type ProfileRuleId = 'required-parts' | 'shortcoming-causes';

/** What a custom zod issue of a profile carries in its params. */
export interface FindingParams {
  rule: ProfileRuleId;
  data: MessageData;
}

export const spanSchema = whenUsed(() => z.custom<PartFact['span']>((value) => typeof value === 'object' && value !== null));
export const partSchema = whenUsed(() => z.object({ title: z.string(), span: spanSchema() }));

/** A part the report must contain: `null` (not found) is an issue at the enclosing span. */
export function required<T extends z.ZodMiniType<PartFact>>(part: PartId, shape: T) {
  const params: FindingParams = {
    rule: part === 'causes' ? 'shortcoming-causes' : 'required-parts',
    data: { part: PARTS[part].name, advice: PARTS[part].advice },
  };
  return z.nullable(shape).check(z.refine((value) => value !== null, { message: `missing ${part}`, params }));
}
