import { fflateCodec } from '../document/fflate-codec.js';
import { readWordWith } from '../document/reader.js';
import { decode } from '../read/decode.js';
import { formatOf, type ReportDocument } from '../read/document.js';

/**
 * A file the person opened, as the CLI would read it: a Word document by its name or its bytes
 * (read with fflate: the browser has no zlib), else text decoded as the CLI decodes it.
 */
// As src/read/word.ts tells a ZIP archive; not imported from there, which would bring Node's zlib.
const looksLikeZip = (b: Uint8Array) => b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

export function openBytes(name: string, bytes: Uint8Array): ReportDocument {
  if (formatOf(name) === 'word' || looksLikeZip(bytes)) {
    const document = readWordWith(fflateCodec, bytes, { changes: 'accepted' });
    return { path: name, text: document.text, encoding: 'utf-8', format: 'word', word: { bytes, document } };
  }
  const { text, encoding, oddities } = decode(bytes);
  return { path: name, text, encoding, format: formatOf(name), ...(oddities ? { oddities } : {}) };
}
