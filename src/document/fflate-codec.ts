import { deflateSync, Inflate } from 'fflate';
import { InflateLimit, type Codec } from './codec.js';

const STEP = 64 * 1024;

/** DEFLATE by fflate (pure JavaScript: runs in a browser), inflating in steps to stop at the cap. */
export const fflateCodec: Codec = {
  inflate(raw, max) {
    const chunks: Uint8Array[] = [];
    let total = 0;
    const inflate = new Inflate((chunk) => {
      total += chunk.length;
      if (total > max) throw new InflateLimit();
      chunks.push(chunk);
    });
    if (raw.length === 0) inflate.push(raw, true);
    for (let i = 0; i < raw.length; i += STEP) inflate.push(raw.subarray(i, Math.min(raw.length, i + STEP)), i + STEP >= raw.length);
    if (chunks.length === 1) return chunks[0] as Uint8Array;
    const out = new Uint8Array(total);
    let at = 0;
    for (const c of chunks) {
      out.set(c, at);
      at += c.length;
    }
    return out;
  },
  deflate: (data) => deflateSync(data, { level: 6 }),
};
