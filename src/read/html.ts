import type { ReportDocument } from './document.js';
import { decode, type ForcedEncoding } from './decode.js';

/**
 * A web page's report text: decoded by the charset it declares (<meta charset>, http-equiv), else
 * as detected, then read by the pure reader in src/html (loaded on demand: a run over text files
 * never loads the HTML parser).
 */
export async function readHtmlReport(name: string, bytes: Uint8Array, forced?: ForcedEncoding): Promise<ReportDocument> {
  const [{ readHtml }, { declaredCharset }] = await Promise.all([import('../html/read.js'), import('../html/charset.js')]);
  const { text: source, encoding } = decode(bytes, forced ?? declaredCharset(bytes) ?? undefined);
  const page = await readHtml(source);
  return { path: name, text: page.text, encoding, format: 'html', paragraphs: page.paragraphs };
}
