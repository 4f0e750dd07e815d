import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, chmod, chown, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { describeFsError } from '../read/collect.js';
import { InputError } from '../read/error.js';
import { FAILURES } from '../i18n/failures.js';
import { WORD_FAILURES } from '../i18n/word-failures.js';
import { fill, type LocalizedText } from '../i18n/text.js';

/**
 * Writes a Word package through a temporary file in the same folder and a rename, so that the
 * file is never half written (Word or WPS may have it open, or a sync client be reading it).
 * `over`: replace the file that was read, as long as it still holds the bytes read (refused
 * like writeFixed refuses: a file with other hard links, a read-only file); it keeps its mode
 * and, where allowed, owner. Otherwise a new file (or one replaced) at `path`.
 */
export async function writeWordFile(path: string, bytes: Uint8Array, over?: { read: Uint8Array }): Promise<void> {
  const fail = (problem: LocalizedText | string) => new InputError(path, problem);
  let target = resolve(path);
  let mode = 0o644;
  let owner: { uid: number; gid: number } | null = null;
  if (over) {
    target = await realpath(path).catch((error: NodeJS.ErrnoException) => {
      throw fail(describeFsError(error));
    });
    const [now, info] = await Promise.all([readFile(target), stat(target)]).catch((error: NodeJS.ErrnoException) => {
      throw fail(describeFsError(error));
    });
    if (info.nlink > 1) throw fail(fill(FAILURES.hardLinks, { count: info.nlink }));
    await access(target, constants.W_OK).catch(() => {
      throw fail(WORD_FAILURES.readOnly);
    });
    if (!Buffer.from(now).equals(Buffer.from(over.read))) throw fail(WORD_FAILURES.changedWhileChecking);
    mode = info.mode & 0o7777;
    owner = { uid: info.uid, gid: info.gid };
  } else {
    const info = await stat(target).catch(() => null);
    if (info?.isDirectory()) throw fail(FAILURES.isDirectory);
    if (info) mode = info.mode & 0o7777;
  }
  const temp = join(dirname(target), `.${basename(target)}.report-lint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temp, bytes, { flag: 'wx', mode: mode & 0o777 });
    if (owner) await chown(temp, owner.uid, owner.gid).catch(() => undefined);
    await chmod(temp, mode);
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw fail(`cannot write the Word file: ${describeFsError(error as NodeJS.ErrnoException)}`);
  }
}
