import type { $ZodIssue } from 'zod/v4/core';
import { CONFIG_ISSUES, VALUE_TYPES } from '../i18n/failures.js';
import { fill, same, type LocalizedText } from '../i18n/text.js';

/**
 * A configuration problem in words, with where it is (`rules.vague-date: …`). zod/mini carries no
 * messages of its own, and a config error is read by a person fixing a JSON file.
 */
export function issueText(issue: $ZodIssue): LocalizedText {
  const what = whatOf(issue);
  return issue.path.length > 0 ? fill(CONFIG_ISSUES.at, { path: issue.path.join('.'), what }) : what;
}

/** The issue in English (the language of an Error's message). */
export function describeIssue(issue: $ZodIssue): string {
  return issueText(issue).en;
}

function whatOf(issue: $ZodIssue): LocalizedText {
  switch (issue.code) {
    case 'unrecognized_keys':
      return fill(issue.keys.length > 1 ? CONFIG_ISSUES.unknownKeys : CONFIG_ISSUES.unknownKey, {
        keys: { zh: issue.keys.map((k) => `“${k}”`).join('、'), en: issue.keys.map((k) => `“${k}”`).join(', ') },
      });
    case 'invalid_type':
      return fill(CONFIG_ISSUES.expectedType, { type: VALUE_TYPES[issue.expected] ?? { zh: issue.expected, en: article(issue.expected) } });
    case 'invalid_value':
      return fill(CONFIG_ISSUES.expectedOneOf, { values: { zh: issue.values.map((v) => JSON.stringify(v)).join('、'), en: issue.values.map((v) => JSON.stringify(v)).join(', ') } });
    case 'invalid_union':
      // Every union in a config is a rule setting.
      return CONFIG_ISSUES.expectedSeverity;
    case 'too_small':
      return fill(CONFIG_ISSUES.expectedBound, { op: issue.inclusive ? '≥' : '>', limit: String(issue.minimum) });
    case 'too_big':
      return fill(CONFIG_ISSUES.expectedBound, { op: issue.inclusive ? '≤' : '<', limit: String(issue.maximum) });
    case 'invalid_format':
      return fill(CONFIG_ISSUES.expectedFormat, { format: issue.format });
    default:
      return same(issue.message);
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
