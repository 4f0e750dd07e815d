import type { $ZodIssue } from 'zod/v4/core';
import type { LocalizedText, MessageData } from '../i18n/text.js';
import type { Span } from '../schema/position.js';
import type { FindingKind, FindingParams } from './require.js';

/** A zod issue of a profile, placed in the text. */
export interface ProfileFinding {
  kind: FindingKind;
  span: Span;
  message: LocalizedText;
  data: MessageData;
  related?: { span: Span; message: LocalizedText };
}

const FALLBACK: LocalizedText = { zh: '不符合报告类型的要求：{issue}', en: 'Does not meet the requirements of the report kind: {issue}' };

/**
 * Turns the issues of a failed parse into findings. An issue's path is walked through the facts
 * it was raised on, and the deepest value on the way that has a span gives the place: the
 * indicator for `indicators.7.value`, the shortcomings section for `shortcomings.causes`, the title
 * (or first line) for a part that is missing altogether. A bare path never reaches the user.
 */
export function findingsOf(issues: readonly $ZodIssue[], facts: unknown): ProfileFinding[] {
  return issues.map((issue) => {
    const span = spanAt(facts, issue.path);
    const params = (issue as { params?: Partial<FindingParams> }).params;
    if (params?.kind && params.message) {
      const finding: ProfileFinding = { kind: params.kind, span, message: params.message, data: params.data ?? {} };
      if (params.related) finding.related = { span: spanAt(facts, params.related.path), message: params.related.message };
      return finding;
    }
    return { kind: 'missing-part', span, message: FALLBACK, data: { issue: issue.message } };
  });
}

function spanAt(root: unknown, path: readonly PropertyKey[]): Span {
  let here: unknown = root;
  let found = spanOf(root) as Span;
  for (const key of path) {
    if (typeof here !== 'object' || here === null) break;
    here = (here as Record<PropertyKey, unknown>)[key];
    found = spanOf(here) ?? found;
  }
  return found;
}

function spanOf(value: unknown): Span | undefined {
  if (typeof value !== 'object' || value === null || !('span' in value)) return undefined;
  return (value as { span: Span }).span;
}
