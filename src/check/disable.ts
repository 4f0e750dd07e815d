import type { Locator } from '../text/location.js';
import { lastAtOrBefore } from '../text/sorted.js';

type Directive = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

interface Comment {
  directive: Directive;
  /** Rule ids it names; empty means every rule. */
  rules: Set<string>;
  line: number;
}

// <!-- report-lint-disable-next-line rule-a, rule-b --> : the ids are a run of [\w-] and commas.
// One class up to `-->`, no lazy run before a `\s*`: those two overlap, and a comment left open
// before a long run of spaces cost the square of its length (16,000 spaces: 3 s).
const COMMENT = /<!--\s*report-lint-(disable-next-line|disable-line|disable-file|disable|enable)\b([\w\s,-]*)-->/g;

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

  // Per rule, what its comments say, found on the rule's first question: the lines of its
  // disable … enable comments in text order (a binary search finds the last one at or before a
  // line), the lines it is silenced on, whether it is off for the file. A long report asks once
  // per finding, and a loop over every comment per finding was the product of the two.
  const byRule = new Map<string, { file: boolean; lines: Set<number>; toggles: number[]; disabled: boolean[] }>();
  const of = (id: string) => {
    let found = byRule.get(id);
    if (found) return found;
    found = { file: false, lines: new Set(), toggles: [], disabled: [] };
    for (const c of comments) {
      if (!names(c, id)) continue;
      if (c.directive === 'disable-file') found.file = true;
      else if (c.directive === 'disable-line') found.lines.add(c.line);
      else if (c.directive === 'disable-next-line') found.lines.add(c.line + 1);
      else {
        found.toggles.push(c.line);
        found.disabled.push(c.directive === 'disable');
      }
    }
    byRule.set(id, found);
    return found;
  };

  return (ruleId, line) => {
    const rule = of(ruleId);
    if (rule.file || rule.lines.has(line)) return false;
    const last = lastAtOrBefore(rule.toggles, line);
    return last === -1 || !rule.disabled[last];
  };
}
