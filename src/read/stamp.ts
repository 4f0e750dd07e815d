import { createHash } from 'node:crypto';
import type { BigIntStats } from 'node:fs';
import type { FileStamp } from './document.js';

/** The stamp of bytes just read and of the file's status then (loaded only to fix: node:crypto costs every start milliseconds). */
export function stampOf(bytes: Uint8Array, info: BigIntStats): FileStamp {
  return { size: Number(info.size), mtimeNs: String(info.mtimeNs), sha256: createHash('sha256').update(bytes).digest('hex') };
}
