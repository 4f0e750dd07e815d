import type { Changes } from '../document/word-text.js';
import type { ReportDocument } from './document.js';
import { InputError } from './error.js';

/**
 * A Word document's report text, read by the pure reader in src/document with Node's zlib
 * (loaded on demand: a run over text files never loads the reader).
 */
export async function readWordReport(name: string, bytes: Uint8Array, changes: Changes = 'accepted'): Promise<ReportDocument> {
  const [{ readWordWith }, { WordError }, { zlibCodec }] = await Promise.all([
    import('../document/reader.js'),
    import('../document/error.js'),
    import('./zlib-codec.js'),
  ]);
  try {
    const document = readWordWith(zlibCodec, bytes, { changes });
    return { path: name, text: document.text, encoding: 'utf-8', format: 'word', word: { bytes, document } };
  } catch (error) {
    if (error instanceof WordError) throw new InputError(name, error.problem);
    throw error;
  }
}

/** Whether bytes are a ZIP archive (a .docx read from standard input or under another name). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** Whether bytes are an OLE compound file: a .doc, a .wps, or a password-protected .docx. */
export function looksLikeCompoundFile(bytes: Uint8Array): boolean {
  return bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}
