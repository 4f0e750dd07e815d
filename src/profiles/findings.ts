import type { $ZodIssue } from 'zod/v4/core';
import type { MessageData } from '../i18n/text.js';
import type { Span } from '../schema/position.js';
import type { FindingParams, ProfileRuleId } from './require.js';

/** A zod issue of a profile's contents schema, placed in the text, for the rule it names. */
export interface ProfileFinding {
  rule: ProfileRuleId;
  span: Span;
  data: MessageData;
  /** The issue was raised without params (a schema written by hand): `data.issue` is zod's message. */
  unexplained?: true;
}

/**
 * Turns the issues of a failed parse into findings. An issue's path is walked through the facts
 * it was raised on, and the deepest value on the way that has a span gives the place: the
 * shortcomings section for `shortcomings.causes`, the title (or first line) for a part that is
 * missing altogether. A bare path never reaches the user.
 */
export function findingsOf(issues: readonly $ZodIssue[], facts: unknown): ProfileFinding[] {
  return issues.map((issue) => {
    const span = spanAt(facts, issue.path);
    const params = (issue as { params?: Partial<FindingParams> }).params;
    if (params?.rule) return { rule: params.rule, span, data: params.data ?? {} };
    return { rule: 'required-parts', span, data: { issue: issue.message }, unexplained: true };
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
