import type { $ZodIssue } from 'zod/v4/core';

/**
 * A configuration problem in words, with where it is (`rules.vague-date: …`). zod/mini carries no
 * messages of its own, and a config error is read by a person fixing a JSON file.
 */
export function describeIssue(issue: $ZodIssue): string {
  const where = issue.path.length > 0 ? `${issue.path.join('.')}: ` : '';
  return `${where}${what(issue)}`;
}

function what(issue: $ZodIssue): string {
  switch (issue.code) {
    case 'unrecognized_keys':
      return `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `“${k}”`).join(', ')}`;
    case 'invalid_type':
      return `expected ${article(issue.expected)}`;
    case 'invalid_value':
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_union':
      // Every union in a config is a rule setting.
      return 'expected "off", "warn" or "error" (or 0, 1, 2), or ["warn", { options }]';
    case 'too_small':
      return `expected a value ${issue.inclusive ? '≥' : '>'} ${String(issue.minimum)}`;
    case 'too_big':
      return `expected a value ${issue.inclusive ? '≤' : '<'} ${String(issue.maximum)}`;
    case 'invalid_format':
      return `expected ${issue.format}`;
    default:
      return issue.message;
  }
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}
