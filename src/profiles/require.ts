import * as z from 'zod/mini';
import { localize, type LocalizedText, type MessageData } from '../i18n/text.js';
import type { PartFact } from './facts.js';
import { PARTS, type PartId } from './parts.js';
import { whenUsed } from './profile.js';

/** The kinds of finding a profile reports; each rule takes the kinds it owns. */
export type FindingKind = 'missing-part' | 'missing-causes' | 'out-of-range' | 'exceeds-whole';

/** What a custom zod issue of a profile carries in its params. */
export interface FindingParams {
  kind: FindingKind;
  message: LocalizedText;
  data: MessageData;
  /** Another value the issue concerns (the whole a part exceeds), by its path in the facts. */
  related?: { path: readonly PropertyKey[]; message: LocalizedText };
}

export const spanSchema = whenUsed(() => z.custom<PartFact['span']>((value) => typeof value === 'object' && value !== null));
export const partSchema = whenUsed(() => z.object({ title: z.string(), span: spanSchema() }));

const MISSING: LocalizedText = {
  zh: '缺少“{part}”部分：{advice}。',
  en: 'The report lacks {part}: {advice}.',
};
const MISSING_CAUSES: LocalizedText = {
  zh: '列出了不足但没有分析原因：{advice}。',
  en: 'The shortcomings are listed without their causes: {advice}.',
};

/** A part the report must contain: `null` (not found) is an issue at the enclosing span. */
export function required<T extends z.ZodMiniType<PartFact>>(part: PartId, shape: T) {
  const params: FindingParams = {
    kind: part === 'causes' ? 'missing-causes' : 'missing-part',
    message: part === 'causes' ? MISSING_CAUSES : MISSING,
    data: { part: PARTS[part].name, advice: PARTS[part].advice },
  };
  return z.nullable(shape).check(z.refine((value) => value !== null, { message: localize(params.message, 'en', params.data), params }));
}
