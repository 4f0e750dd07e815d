/** A replacement of text[start, end). */
export interface TextEdit {
  start: number;
  end: number;
  text: string;
}

/**
 * The edits of successive fix passes (each applied to the text the pass before left) as edits of
 * the original text: what a Word document, which holds the original, can be given. Edits of a
 * pass that touch an earlier pass's edit merge with it into one.
 * `passes[i]` are the edits applied to `texts[i]` (non-overlapping).
 */
export function composeEdits(texts: readonly string[], passes: readonly (readonly TextEdit[])[]): TextEdit[] {
  let edits: TextEdit[] = [];
  for (let k = 0; k < passes.length; k++) {
    const current = texts[k] as string;
    const items: { start: number; end: number; old: TextEdit | null; edit: TextEdit | null }[] = [];
    // The earlier edits where they stand in the current text.
    let delta = 0;
    for (const e of edits) {
      const start = e.start + delta;
      items.push({ start, end: start + e.text.length, old: e, edit: null });
      delta += e.text.length - (e.end - e.start);
    }
    for (const e of passes[k] as readonly TextEdit[]) items.push({ start: e.start, end: e.end, old: null, edit: e });
    items.sort((a, b) => a.start - b.start || a.end - b.end);
    const next: TextEdit[] = [];
    let shift = 0; // original = current - shift, outside edits
    for (let i = 0; i < items.length; ) {
      const group = [items[i] as (typeof items)[number]];
      let end = group[0]!.end;
      for (i++; i < items.length && (items[i] as (typeof items)[number]).start <= end; i++) {
        group.push(items[i] as (typeof items)[number]);
        end = Math.max(end, (items[i] as (typeof items)[number]).end);
      }
      const start = group[0]!.start;
      const olds = group.filter((g) => g.old).map((g) => g.old as TextEdit);
      const news = group.filter((g) => g.edit).map((g) => g.edit as TextEdit);
      const oldGrowth = olds.reduce((n, e) => n + e.text.length - (e.end - e.start), 0);
      if (news.length === 0) {
        next.push(...olds);
        shift += oldGrowth;
        continue;
      }
      // The group's stretch of the current text, with this pass's edits applied.
      let text = '';
      let at = start;
      for (const e of news) {
        text += current.slice(at, e.start) + e.text;
        at = e.end;
      }
      text += current.slice(at, end);
      // The earlier edits lie whole inside the group: its original length is its current one
      // less what they added.
      const origStart = start - shift;
      next.push({ start: origStart, end: origStart + (end - start) - oldGrowth, text });
      shift += oldGrowth;
    }
    edits = next;
  }
  return edits;
}
