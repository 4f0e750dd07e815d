/**
 * The column of the Markdown table cell that holds `offset`: the number of `|` before it on its
 * line, or -1 when the line is no table row. Figures of one table combine within a column (a
 * 2025 rate with the 2025 counts), never across columns (the 2024 ones).
 */
export function tableColumn(text: string, offset: number): number {
  let start = offset;
  let pipes = 0;
  for (; start > 0; start--) {
    const c = text.charCodeAt(start - 1);
    if (c === 0x0a || c === 0x0d) break;
    if (c === 0x7c) pipes++;
  }
  if (pipes === 0) return -1;
  let first = start;
  while (first < offset && (text.charCodeAt(first) === 0x20 || text.charCodeAt(first) === 0x09)) first++;
  return text.charCodeAt(first) === 0x7c ? pipes : -1;
}
