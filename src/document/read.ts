import { fflateCodec } from './fflate-codec.js';
import { readWordWith, type ReadWordOptions, type WordDocument } from './reader.js';

/** Reads a .docx (.docm, .dotx) from its bytes: its report text and the map back into it. */
export function readWord(bytes: Uint8Array, options: ReadWordOptions = {}): WordDocument {
  return readWordWith(options.codec ?? fflateCodec, bytes, options);
}
