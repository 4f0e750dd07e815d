import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, chown, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { encodeAsync } from '../read/decode.js';
import { describeFsError } from '../read/collect.js';
import { InputError } from '../read/error.js';
import type { Encoding } from '../schema/report.js';

/**
 * Writes a fixed report over the original, in the original's encoding, through a temporary file
 * in the same directory and a rename: the report is never half written. Refuses when the original
 * would not encode back to its own bytes, since then bytes outside the fixes would change too.
 *
 * A rename replaces a directory entry, not the file behind it, so: a symbolic link is followed
 * and its target replaced (the link stays); a file with other hard links is refused (they would
 * keep the old text, split from this one); a file the user may not write is refused, as writing
 * it in place would be (the rename needs only the directory to be writable); the new file keeps
 * the old one's mode and, where allowed, owner.
 */
export async function writeFixed(path: string, original: string, fixed: string, encoding: Encoding): Promise<void> {
  const fail = (problem: string) => new InputError(path, problem);
  const fsFailure = (error: NodeJS.ErrnoException) => fail(describeFsError(error));
  const target = await realpath(path).catch((error: NodeJS.ErrnoException) => {
    throw fsFailure(error);
  });
  const [bytes, info] = await Promise.all([readFile(target), stat(target)]).catch((error: NodeJS.ErrnoException) => {
    throw fsFailure(error);
  });
  if (info.nlink > 1) {
    throw fail(`cannot fix: the file has ${info.nlink} hard links, which replacing it would split; fix a copy`);
  }
  await access(target, constants.W_OK).catch(() => {
    throw fail('cannot fix: the file is read-only');
  });
  const again = await encodeAsync(original, encoding);
  if (!sameBytes(bytes, again)) {
    throw fail(`cannot fix: the file does not re-encode to the same bytes in ${encoding}, so writing it would change more than the fixes`);
  }
  const out = await encodeAsync(fixed, encoding);
  const temp = join(dirname(target), `.${basename(target)}.report-lint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, out, { flag: 'wx', mode: info.mode & 0o777 });
    // Only root may give a file away; anyone else's new file is theirs already.
    await chown(temp, info.uid, info.gid).catch(() => undefined);
    await chmod(temp, info.mode & 0o7777);
    await rename(temp, target);
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
