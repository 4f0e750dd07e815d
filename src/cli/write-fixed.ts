import { randomBytes } from 'node:crypto';
import { chmod, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { encodeAsync } from '../read/decode.js';
import { describeFsError } from '../read/collect.js';
import { InputError } from '../read/error.js';
import type { Encoding } from '../schema/report.js';

/**
 * Writes a fixed report over the original, in the original's encoding, through a temporary file
 * in the same directory and a rename: the report is never half written. Refuses when the original
 * would not encode back to its own bytes, since then bytes outside the fixes would change too.
 */
export async function writeFixed(path: string, original: string, fixed: string, encoding: Encoding): Promise<void> {
  const fail = (problem: string) => new InputError(path, problem);
  const [bytes, info] = await Promise.all([readFile(path), stat(path)]).catch((error: NodeJS.ErrnoException) => {
    throw fail(describeFsError(error));
  });
  const again = await encodeAsync(original, encoding);
  if (!sameBytes(bytes, again)) {
    throw fail(`cannot fix: the file does not re-encode to the same bytes in ${encoding}, so writing it would change more than the fixes`);
  }
  const out = await encodeAsync(fixed, encoding);
  const temp = join(dirname(path), `.${basename(path)}.report-lint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, out, { flag: 'wx', mode: info.mode & 0o777 });
    await chmod(temp, info.mode & 0o7777);
    await rename(temp, path);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw fail(`cannot write the fixed file: ${describeFsError(error as NodeJS.ErrnoException)}`);
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
