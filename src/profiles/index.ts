import { safeParse } from 'zod/mini';
import type { Outline, Section } from '../schema/outline.js';
import type { Locator } from '../text/location.js';
import { collectContents } from './contents.js';
import { fazhi } from './fazhi.js';
import { findingsOf, type ProfileFinding } from './findings.js';
import { generic } from './generic.js';
import { gzbg } from './gzbg.js';
import type { Profile, ProfileId } from './profile.js';

export { detectProfile } from './detect.js';
export { ProfileId, type Profile } from './profile.js';
export type { ProfileFinding } from './findings.js';
export type { ProfileRuleId } from './require.js';
export { keyedExcesses, type KeyRelation, type Excess } from './relations.js';
export { isRate, rateStem } from './rate.js';
export { lowerBound, upperBound, isExact } from './bounds.js';

export const PROFILES: Readonly<Record<ProfileId, Profile>> = { fazhi, gzbg, generic };

/**
 * Validates a report's contents against its profile's schema: each issue comes back placed in the
 * text, naming the rule that reports it.
 */
export function validateProfile(
  profile: Profile,
  input: { text: string; outline: Outline; locate: Locator; sections?: readonly Section[] },
): ProfileFinding[] {
  const contents = collectContents(input.text, input.outline, input.locate, input.sections);
  const parsed = safeParse(profile.contents, contents);
  return parsed.success ? [] : findingsOf(parsed.error.issues, contents);
}
