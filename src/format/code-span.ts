/**
 * `s` as a Markdown code span, whatever backticks it holds: fenced by one more backtick than its
 * longest run, with a space inside the fence where `s` starts or ends with one (CommonMark 6.1).
 */
export function codeSpan(s: string): string {
  let longest = 0;
  for (const run of s.match(/`+/g) ?? []) longest = Math.max(longest, run.length);
  const fence = '`'.repeat(longest + 1);
  const pad = longest > 0 && (s.startsWith('`') || s.endsWith('`')) ? ' ' : '';
  return `${fence}${pad}${s}${pad}${fence}`;
}
