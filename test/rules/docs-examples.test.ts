import { describe, expect, it } from 'vitest';
import { RULES } from '../../src/rules/registry.js';
import { lintText } from '../support/lint.js';

/** The examples in each rule's docs are true: the bad ones raise the rule, the good ones do not. */
describe.each(RULES.map((r) => [r.id, r] as const))('docs of %s', (_id, rule) => {
  const run = (text: string) => lintText(text, { rules: [rule], profile: 'fazhi' }).diagnostics;

  it.each(rule.docs.bad.map((t) => [t]))('bad: %s', (text) => expect(run(text).length).toBeGreaterThan(0));
  it.each(rule.docs.good.map((t) => [t]))('good: %s', (text) => expect(run(text)).toEqual([]));
});
