/**
 * RFC 4180 CSV. The caller writes the byte order mark once, first: Excel opens UTF-8 CSV as the
 * local code page without it.
 */
export const CSV_BOM = '\ufeff';

export function csvLine(values: ReadonlyArray<string | number | null>): string {
  return `${values.map(csvField).join(',')}\r\n`;
}

function csvField(value: string | number | null): string {
  if (value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}
