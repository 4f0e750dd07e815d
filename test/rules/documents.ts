import { readFileSync } from 'node:fs';
import type { ProfileId } from '../../src/profiles/profile.js';

/**
 * A rule's test document (fixtures/rules/<rule-id>.txt), in the spirit of markdownlint's test
 * files: cases of real report text, each headed by the diagnostics the rule must raise on it,
 * checked exactly (no more, no fewer):
 *
 *     === 中文中的半角逗号 | 1:6/mark 2:3/mark | profile=fazhi
 *     2025年,城中区……
 *     --- fixed
 *     2025年，城中区……
 *
 * The header gives a name, the expected `line:column/messageId` of each diagnostic (the place
 * relative to the case, and which of the rule's messages it says; nothing after `|` means the
 * case must pass), and optionally `profile=…` and `options={…}`. A
 * `--- fixed` line starts the text the case must become when the rule's fixes are applied.
 */
export interface RuleCase {
  name: string;
  /** Line of the header in the document, for failure messages. */
  line: number;
  text: string;
  expected: string[];
  profile?: ProfileId;
  options?: Record<string, unknown>;
  fixed?: string;
}

export function readRuleDocument(path: string): RuleCase[] {
  const lines = readFileSync(path, 'utf8').split('\n');
  const cases: RuleCase[] = [];
  let current: { header: RuleCase; body: string[]; fixed: string[] | null } | null = null;
  const close = () => {
    if (!current) return;
    const { header, body, fixed } = current;
    cases.push({ ...header, text: body.join('\n'), ...(fixed ? { fixed: fixed.join('\n') } : {}) });
  };
  lines.forEach((line, i) => {
    if (line.startsWith('=== ')) {
      close();
      const [name, expected = '', extra = ''] = line.slice(4).split('|').map((s) => s.trim());
      const header: RuleCase = { name: name as string, line: i + 1, text: '', expected: expected.split(/\s+/).filter(Boolean) };
      const profile = /profile=(\w+)/.exec(extra);
      if (profile) header.profile = profile[1] as ProfileId;
      const options = /options=(\{.*\})/.exec(extra);
      if (options) header.options = JSON.parse(options[1] as string) as Record<string, unknown>;
      current = { header, body: [], fixed: null };
    } else if (current && line === '--- fixed') {
      current.fixed = [];
    } else if (current) {
      (current.fixed ?? current.body).push(line);
    }
  });
  close();
  // A trailing empty line of the file is not part of the last case.
  for (const c of cases) {
    c.text = c.text.replace(/\n+$/, '');
    if (c.fixed !== undefined) c.fixed = c.fixed.replace(/\n+$/, '');
  }
  return cases;
}
