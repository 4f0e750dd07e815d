/** A replacement of the range [start, end) of a text. */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * Applies the edits that do not overlap (the first of two overlapping edits wins; the other is
 * left for the next pass) and that change something.
 */
export function applyEdits(text: string, edits: readonly TextEdit[]): { text: string; applied: TextEdit[] } {
  const sorted = [...edits].sort((a, b) => a.start - b.start || a.end - b.end);
  const applied: TextEdit[] = [];
  let last = -1;
  for (const edit of sorted) {
    if (edit.start < last || (edit.start === last && edit.start === edit.end && applied.at(-1)?.start === edit.start)) continue;
    if (text.slice(edit.start, edit.end) === edit.text) continue;
    applied.push(edit);
    last = edit.end;
  }
  const parts: string[] = [];
  let at = 0;
  for (const edit of applied) {
    parts.push(text.slice(at, edit.start), edit.text);
    at = edit.end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), applied };
}

const MAX_PASSES = 10;

/**
 * Lints and fixes until nothing is left to fix (as ESLint does, at most ten passes): fixes that
 * overlapped in one pass are applied in the next, so a second `--fix` finds nothing to do.
 */
export async function fixUntilStable(
  text: string,
  fixesOf: (text: string) => readonly TextEdit[] | Promise<readonly TextEdit[]>,
): Promise<{ text: string; passes: number; edits: number }> {
  let edits = 0;
  for (let pass = 1; pass <= MAX_PASSES; pass++) {
    const result = applyEdits(text, await fixesOf(text));
    if (result.applied.length === 0) return { text, passes: pass - 1, edits };
    text = result.text;
    edits += result.applied.length;
  }
  return { text, passes: MAX_PASSES, edits };
}
