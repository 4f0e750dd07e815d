import { createTwoFilesPatch } from 'diff';

/** A unified diff of a file before and after its fixes, as `git diff` shows one (a/ and b/). */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  // git's a/ b/ prefixes on a relative path; an absolute one stays as it is (no `a//tmp/…`).
  const name = file.replace(/^\/+/, '');
  const [a, b] = name === file ? [`a/${file}`, `b/${file}`] : [file, file];
  return createTwoFilesPatch(a, b, before, after, undefined, undefined, { context: 1 });
}
