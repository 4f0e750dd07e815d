import { safeParse } from 'zod/mini';
import type { Indicator } from '../schema/indicator.js';
import type { Outline } from '../schema/outline.js';
import { createTextFacts, type TextFacts } from '../text/facts.js';
import type { Locator } from '../text/location.js';
import { collectContents, firstLineSpan } from './contents.js';
import type { Figure, ReportFigures } from './facts.js';
import { isRate } from './rate.js';
import { mentionsCarryOver } from './carry-over.js';
import { fazhi } from './fazhi.js';
import { findingsOf, type ProfileFinding } from './findings.js';
import { generic } from './generic.js';
import { gzbg } from './gzbg.js';
import type { Profile, ProfileId } from './profile.js';

export { detectProfile } from './detect.js';
export { ProfileId, type Profile } from './profile.js';
export type { ProfileFinding } from './findings.js';
export type { FindingKind } from './require.js';
export { isRate, rateStem } from './rate.js';
export { lowerBound, upperBound, isExact } from './bounds.js';

export const PROFILES: Readonly<Record<ProfileId, Profile>> = { fazhi, gzbg, generic };

/** Validates a report against its profile's schemas; each issue comes back placed in the text. */
export function validateProfile(
  profile: Profile,
  input: { text: string; outline: Outline; indicators: readonly Indicator[]; locate: Locator; facts?: TextFacts },
): ProfileFinding[] {
  // The sentences the rules use (one split of the text per lint), else split here.
  const facts = input.facts ?? createTextFacts(input.text);
  const contents = collectContents(input.text, input.outline, input.locate);
  // Only rates and keyed figures can raise a figures issue; the schema need not see the rest.
  const carried = new Map<number, boolean>(); // by sentence start
  const carries = mentionsCarryOver(input.text); // most reports never speak of carried-over cases
  const concerned = input.indicators.filter((i) => i.key !== undefined || (i.unitKind === 'percent' && isRate(i)));
  const figures: ReportFigures = {
    span: contents.span ?? firstLineSpan(input.text, input.locate),
    // Each figure wraps its indicator with its sentence: three fields, where a copy of the
    // indicator was sixteen (and a prototype per figure made the checks' reads megamorphic).
    indicators: concerned.map((i): Figure => {
      const sentence = facts.sentenceAt(i.span.start.offset);
      let carryOver = carried.get(sentence.start);
      if (carryOver === undefined) carried.set(sentence.start, (carryOver = carries && mentionsCarryOver(input.text.slice(sentence.start, sentence.end))));
      return { indicator: i, span: i.span, sentence: sentence.start, carryOver };
    }),
  };
  const out: ProfileFinding[] = [];
  const c = safeParse(profile.contents, contents);
  // Pushed one by one: a spread of a long list overflows the call stack.
  if (!c.success) for (const x of findingsOf(c.error.issues, contents)) out.push(x);
  const f = safeParse(profile.figures, figures);
  if (!f.success) for (const x of findingsOf(f.error.issues, figures)) out.push(x);
  return out;
}
