/** The encodings a page may declare that report-lint decodes (as src/read/decode.ts names them). */
export type DeclaredCharset = 'utf-8' | 'gb18030' | 'big5' | 'utf-16le' | 'utf-16be';

// Labels as the WHATWG Encoding Standard groups them: GB2312 and GBK pages are read as GB18030,
// their superset (what browsers do).
const LABELS: Record<string, DeclaredCharset> = {
  'utf-8': 'utf-8', utf8: 'utf-8', 'unicode-1-1-utf-8': 'utf-8',
  gb2312: 'gb18030', gbk: 'gb18030', gb18030: 'gb18030', 'x-gbk': 'gb18030', cp936: 'gb18030', 'csgb2312': 'gb18030', 'iso-ir-58': 'gb18030', chinese: 'gb18030', 'gb_2312-80': 'gb18030',
  big5: 'big5', 'big5-hkscs': 'big5', 'x-x-big5': 'big5', 'cn-big5': 'big5', csbig5: 'big5',
  'utf-16le': 'utf-16le', 'utf-16': 'utf-16le', 'utf-16be': 'utf-16be',
};

/** How far into a page a browser looks for <meta charset> (the HTML standard's prescan). */
const PRESCAN = 1024;

/**
 * The charset a page declares in its first kilobyte, `<meta charset="gbk">` or
 * `<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`, or null (none, or
 * one not read here: the caller then detects the encoding).
 */
export function declaredCharset(bytes: Uint8Array): DeclaredCharset | null {
  // The declaration is ASCII in every encoding it can name but UTF-16, which a BOM marks.
  let head = '';
  for (let i = 0; i < Math.min(bytes.length, PRESCAN); i++) head += String.fromCharCode(bytes[i] as number);
  const metas = head.match(/<meta\b[^>]*>/gi) ?? [];
  for (const meta of metas) {
    const label = /charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(meta)?.[1]?.toLowerCase();
    if (label && label in LABELS) return LABELS[label] as DeclaredCharset;
  }
  return null;
}
