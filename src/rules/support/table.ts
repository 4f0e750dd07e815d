/**
 * The column of the table cell that holds `offset`, or -1 when its line is no table row: in a
 * Markdown row the number of `|` before it, in a tab-separated row (a table pasted from a word
 * processor) the number of tab runs. Figures of one table combine within a column (a 2025 rate
 * with the 2025 counts), never across columns (the 2024 ones).
 */
export function tableColumn(text: string, offset: number): number {
  let start = offset;
  let pipes = 0;
  let tabs = 0;
  for (; start > 0; start--) {
    const c = text.charCodeAt(start - 1);
    if (c === 0x0a || c === 0x0d) break;
    if (c === 0x7c) pipes++;
    else if (c === 0x09 && text.charCodeAt(start - 2) !== 0x09) tabs++;
  }
  let first = start;
  while (first < offset && (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09)) first++;
  if (pipes > 0) return text.charCodeAt(first) === 0x7c ? pipes : -1;
  // Tabs after the first cell's text: indentation alone makes no table.
  return tabs > 0 && first < offset && text.lastIndexOf('\t', offset) > first ? tabs : -1;
}
