import type { Locator } from '../text/location.js';

type Directive = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

interface Comment {
  directive: Directive;
  /** Rule ids it names; empty means every rule. */
  rules: Set<string>;
  line: number;
}

// <!-- report-lint-disable-next-line rule-a, rule-b --> : the ids are a run of [\w-] and commas.
const COMMENT = /<!--\s*report-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b([\w\s,-]*?)\s*-->/g;

/**
 * Inline configuration comments, as in ESLint and markdownlint. Returns the test a diagnostic
 * must pass to be kept: `(ruleId, line) => true` when it is not disabled there; null when the
 * text has no such comment, so that every diagnostic is kept without a test.
 */
export function parseDisables(text: string, locate: Locator): ((ruleId: string, line: number) => boolean) | null {
  if (!text.includes('report-lint-')) return null;
  const comments: Comment[] = [];
  COMMENT.lastIndex = 0;
  for (let m = COMMENT.exec(text); m; m = COMMENT.exec(text)) {
    const rules = new Set((m[2] as string).split(/[\s,]+/).filter(Boolean));
    comments.push({ directive: m[1] as Directive, rules, line: locate.point(m.index).line });
  }
  if (comments.length === 0) return null;
  const names = (c: Comment, id: string) => c.rules.size === 0 || c.rules.has(id);

  return (ruleId, line) => {
    let disabled = false;
    for (const c of comments) {
      if (!names(c, ruleId)) continue;
      switch (c.directive) {
        case 'disable-file':
          return false;
        case 'disable-line':
          if (c.line === line) return false;
          break;
        case 'disable-next-line':
          if (c.line + 1 === line) return false;
          break;
        case 'disable':
          if (c.line <= line) disabled = true;
          break;
        case 'enable':
          if (c.line <= line) disabled = false;
          break;
      }
    }
    return !disabled;
  };
}
