/**
 * RFC 4180 CSV. The caller writes the byte order mark once, first: Excel opens UTF-8 CSV as the
 * local code page without it.
 */
export const CSV_BOM = '\ufeff';

export function csvLine(values: ReadonlyArray<string | number | null>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

// Excel and LibreOffice run a cell that starts so as a formula (=HYPERLINK(…), +cmd|…, @SUM(…)).
const FORMULA_START = /^[=+\-@\t\r]/;

function csvField(value: string | number | null): string {
  if (value === null) return '';
  // Numbers stay numbers, a negative one too: only text comes from the report or a file name.
  if (typeof value === 'number') return String(value);
  // OWASP's advice on CSV injection: a leading quote makes the cell text, and the cell is quoted.
  if (FORMULA_START.test(value)) return `"'${value.replace(/"/g, '""')}"`;
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
