import { createTwoFilesPatch } from 'diff';

const CONTEXT = 1;

/**
 * A unified diff of a file before and after its fixes, as `diff -u` or `git diff` shows one, that
 * `patch` applies. Fixes change characters within lines, so the two texts have their lines in
 * step: changed lines are found by comparing line i with line i, in time linear in the text.
 * (The general line diff of the `diff` package, kept for the rare fix that adds or removes a line
 * break, took quadratic time on a file whose every line changes: 34 s on 16 MB.)
 */
export function unifiedDiff(file: string, before: string, after: string): string {
  if (before === after) return '';
  // git's a/ b/ prefixes on a relative path; an absolute one stays as it is (no `a//tmp/…`).
  const name = file.replace(/^\/+/, '');
  const [a, b] = name === file ? [`a/${file}`, `b/${file}`] : [file, file];
  const old = linesOf(before);
  const neu = linesOf(after);
  if (old.length !== neu.length) return createTwoFilesPatch(a, b, before, after, undefined, undefined, { context: CONTEXT });
  // The header as the diff package writes it: an Index line only when both names are one.
  const out = [`${a === b ? `Index: ${a}\n` : ''}${'='.repeat(67)}\n--- ${a}\n+++ ${b}\n`];
  const n = old.length;
  let i = 0;
  while (i < n) {
    if (old[i] === neu[i]) {
      i++;
      continue;
    }
    // A hunk: this change and those within 2 × CONTEXT unchanged lines of the last one.
    const from = Math.max(0, i - CONTEXT);
    let last = i;
    for (let j = i + 1; j < n && j <= last + 2 * CONTEXT + 1; j++) if (old[j] !== neu[j]) last = j;
    const to = Math.min(n, last + CONTEXT + 1);
    out.push(`@@ -${from + 1},${to - from} +${from + 1},${to - from} @@\n`);
    for (let k = from; k < to; ) {
      if (old[k] === neu[k]) {
        out.push(line(' ', old[k] as string));
        k++;
        continue;
      }
      // A run of changed lines: its old lines, then its new ones, as diff and git show them.
      let end = k;
      while (end < to && old[end] !== neu[end]) end++;
      for (let r = k; r < end; r++) out.push(line('-', old[r] as string));
      for (let r = k; r < end; r++) out.push(line('+', neu[r] as string));
      k = end;
    }
    i = to;
  }
  return out.join('');
}

/** The lines of a text with their \n (the last one may have none). */
function linesOf(text: string): string[] {
  const lines: string[] = [];
  let start = 0;
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', start)) {
    lines.push(text.slice(start, at + 1));
    start = at + 1;
  }
  if (start < text.length) lines.push(text.slice(start));
  return lines;
}

function line(mark: string, text: string): string {
  return text.endsWith('\n') ? mark + text : `${mark}${text}\n\\ No newline at end of file\n`;
}
