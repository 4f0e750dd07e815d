import { createTwoFilesPatch } from 'diff';

/** A unified diff of a file before and after its fixes, as `git diff` shows one (a/ and b/). */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  return createTwoFilesPatch(`a/${file}`, `b/${file}`, before, after, undefined, undefined, { context: 1 });
}
