import type { PageLine, PageText } from './page-text.js';

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/;

/**
 * A page's runs as lines, top to bottom: a run on another baseline (more than half a character
 * up or down) starts a line. A space between Chinese characters and figures is the layout's
 * (Word's spacing between scripts), not the text's, and is dropped; a wide gap on one line is a
 * table's column, written as a tab.
 */
export function pageLines(page: PageText, number: number): PageLine[] {
  const lines: PageLine[] = [];
  let current: (PageLine & { end: number }) | null = null;
  let pendingSpace = false;
  for (const run of page.runs) {
    if (run.text === '') continue;
    const blank = run.text.trim() === '';
    const size = run.height;
    if (current && !blank && Math.abs(run.y - current.y) > Math.max(size, current.size) / 2) {
      lines.push(finish(current));
      current = null;
    }
    if (blank) {
      pendingSpace = current !== null;
      continue;
    }
    if (!current) {
      current = { page: number, text: run.text, x: run.x, right: run.x + run.width, y: run.y, size, end: run.x + run.width };
    } else {
      const gap = run.x - current.end;
      const before = current.text.at(-1) ?? '';
      const after = run.text[0] ?? '';
      if (gap > 2 * Math.max(size, current.size)) current.text += '\t';
      else if (pendingSpace && !CJK.test(before) && !CJK.test(after)) current.text += ' ';
      current.text += run.text;
      current.end = run.x + run.width;
      current.right = Math.max(current.right, current.end);
      current.size = Math.max(current.size, size);
    }
    pendingSpace = false;
  }
  if (current) lines.push(finish(current));
  return lines;
}

function finish(line: PageLine & { end: number }): PageLine {
  const { end: _end, ...rest } = line;
  // pdf.js writes the extra spacing of a justified line as spaces: next to Chinese, a space is
  // the layout's (a PDF cannot tell it from a typed one).
  const text = rest.text.replace(/[ \u00a0]+/g, (space, at: number, all: string) => (CJK.test(all[at - 1] ?? '') || CJK.test(all[at + space.length] ?? '') ? '' : ' '));
  return { ...rest, text: text.trim() };
}
