import { deflateRawSync, inflateRawSync } from 'node:zlib';
import { InflateLimit, type Codec } from '../document/codec.js';

/** DEFLATE by Node's zlib: native, and no module to load (fflate, compiled cold, cost ~50 ms). */
export const zlibCodec: Codec = {
  inflate(raw, max) {
    try {
      return inflateRawSync(raw, { maxOutputLength: Math.max(1, max) });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimit();
      throw error;
    }
  },
  deflate: (data) => deflateRawSync(data, { level: 6 }),
};
