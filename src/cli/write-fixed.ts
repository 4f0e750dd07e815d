import { randomBytes } from 'node:crypto';
import { unlinkSync } from 'node:fs';
import { access, chmod, chown, constants, link, readdir, readFile, realpath, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { encodeAsync } from '../read/decode.js';
import { describeFsError } from '../read/collect.js';
import type { FileStamp } from '../read/document.js';
import { InputError } from '../read/error.js';
import { FAILURES } from '../i18n/failures.js';
import { fill, type LocalizedText } from '../i18n/text.js';
import { kindOf } from '../read/file.js';
import { stampOf } from '../read/stamp.js';
import type { Encoding } from '../schema/report.js';

export interface WriteFixedOptions {
  /** The file as the fixes were computed from it: a file no longer so is left alone. */
  read?: FileStamp;
  /** Runs after the temporary file is written, just before the last check (tests land a save here). */
  beforeCommit?: () => Promise<void> | void;
}

/** The signals a user or a supervisor ends a run with; each cleans up before the run ends. */
const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP'] as const;

/** This process's own temporary and lock files: another file with our pid is a dead run's. */
const ours = new Set<string>();

/**
 * Writes a fixed report over the original, in the original's encoding, through a temporary file
 * in the same directory and a rename: the report is never half written. Refuses when the original
 * would not encode back to its own bytes, since then bytes outside the fixes would change too.
 *
 * A rename replaces a directory entry, not the file behind it, so: a symbolic link is followed
 * and its target replaced (the link stays); a file with other hard links is refused (they would
 * keep the old text, split from this one); a file whose mode has no write bit is refused (as
 * root too: the rename needs only the directory to be writable); the new file keeps the old
 * one's mode and, where allowed, owner.
 *
 * No work is lost: a lock file beside the report keeps a second --fix out; the file is compared
 * with what was read (size, modification time, SHA-256) before the temporary file is written and
 * again just before the rename, so a save that lands meanwhile is kept and the fix refused. The
 * temporary file and the lock are removed on error and on SIGINT, SIGTERM and SIGHUP; those a
 * SIGKILL leaves carry the dead process's id, and the next run removes them.
 */
export async function writeFixed(path: string, original: string, fixed: string, encoding: Encoding, options: WriteFixedOptions = {}): Promise<void> {
  const fail = (problem: LocalizedText) => new InputError(path, problem);
  const fsFailure = (error: NodeJS.ErrnoException) => fail(describeFsError(error));
  const { target, info } = await writableTarget(path, fail, fsFailure);
  const dir = dirname(target);
  const name = basename(target);
  const lock = join(dir, `.${name}.report-lint.lock`);
  const tempName = () => join(dir, `.${name}.report-lint-${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  const temp = tempName();
  let tempMade = false;
  let locked = false;
  let lockTaken = false;
  const cleanUp = () => {
    if (tempMade) removeQuietly(temp);
    if (locked) removeQuietly(lock);
    tempMade = locked = false;
  };
  const onSignal = (signal: NodeJS.Signals) => {
    cleanUp();
    for (const s of SIGNALS) process.removeListener(s, onSignal);
    // Ended as the signal would have ended it, for whoever waits on the run.
    process.kill(process.pid, signal);
  };
  for (const s of SIGNALS) process.on(s, onSignal);
  try {
    await takeLock(lock, tempName(), fail);
    locked = lockTaken = true;
    ours.add(lock);
    await removeLeftovers(dir, name);

    const bytes = await readFile(target).catch((error: NodeJS.ErrnoException) => {
      throw fsFailure(error);
    });
    if (options.read && !(await unchanged(target, bytes, options.read))) throw fail(FAILURES.changedWhileFixing);
    const again = await encodeAsync(original, encoding);
    if (!sameBytes(bytes, again)) {
      throw fail(fill(FAILURES.notReencodable, { encoding }));
    }
    const out = await encodeAsync(fixed, encoding);
    const stampNow = options.read ?? stampOf(bytes, await stat(target, { bigint: true }));
    try {
      ours.add(temp);
      tempMade = true;
      await writeFile(temp, out, { flag: 'wx', mode: info.mode & 0o777 });
      // Only root may give a file away; anyone else's new file is theirs already.
      await chown(temp, info.uid, info.gid).catch(() => undefined);
      await chmod(temp, info.mode & 0o7777);
    } catch (error) {
      throw fail(fill(FAILURES.cannotWrite, { why: describeFsError(error as NodeJS.ErrnoException) }));
    }
    await options.beforeCommit?.();
    // The last look, as close to the rename as can be: a save landing after it is not seen.
    const now = await readFile(target).catch((error: NodeJS.ErrnoException) => {
      throw fsFailure(error);
    });
    if (!(await unchanged(target, now, stampNow))) throw fail(FAILURES.changedWhileFixing);
    try {
      await rename(temp, target);
      tempMade = false;
    } catch (error) {
      throw fail(fill(FAILURES.cannotWrite, { why: describeFsError(error as NodeJS.ErrnoException) }));
    }
  } finally {
    cleanUp();
    ours.delete(temp);
    if (lockTaken) ours.delete(lock);
    for (const s of SIGNALS) process.removeListener(s, onSignal);
  }
}

/** The file a path names (through a symbolic link), refused unless it is a regular file meant to be written. */
async function writableTarget(path: string, fail: (problem: LocalizedText) => InputError, fsFailure: (error: NodeJS.ErrnoException) => InputError) {
  const target = await realpath(path).catch((error: NodeJS.ErrnoException) => {
    throw fsFailure(error);
  });
  const info = await stat(target).catch((error: NodeJS.ErrnoException) => {
    throw fsFailure(error);
  });
  if (!info.isFile()) throw fail(fill(FAILURES.cannotFixKind, { kind: kindOf(info) }));
  if (info.nlink > 1) throw fail(fill(FAILURES.hardLinks, { count: info.nlink }));
  // The mode bits say whether a file is meant to be written; root may write any file, so asking
  // the system whether this user may (access) would let root overwrite a read-only report.
  if ((info.mode & 0o222) === 0) throw fail(FAILURES.readOnly);
  await access(target, constants.W_OK).catch(() => {
    throw fail(FAILURES.writeDenied);
  });
  return { target, info };
}

/** Whether the file still has the size, modification time and content hash it was read with. */
async function unchanged(target: string, bytes: Uint8Array, read: FileStamp): Promise<boolean> {
  const now = stampOf(bytes, await stat(target, { bigint: true }));
  return now.size === read.size && now.mtimeNs === read.mtimeNs && now.sha256 === read.sha256;
}

/**
 * Takes the lock beside the report: a file holding this process's id, made under another name
 * and linked into place, which succeeds only if no lock is there (and so is never seen empty).
 * A lock whose process is gone (a SIGKILL) is removed and taken; a live one refuses.
 */
async function takeLock(lock: string, temp: string, fail: (problem: LocalizedText) => InputError): Promise<void> {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(temp, `${process.pid}\n`, { flag: 'wx', mode: 0o600 });
      try {
        await link(temp, lock);
        // Ours at once, before any other await: a second fix of this file in this process that
        // finds the lock must see it is held by a live run, not by a dead one with our id.
        ours.add(lock);
      } finally {
        await unlink(temp).catch(() => undefined);
      }
      return;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') {
        throw fail(fill(FAILURES.cannotLock, { lock, why: describeFsError(error as NodeJS.ErrnoException) }));
      }
    }
    const holder = Number.parseInt(await readFile(lock, 'utf8').catch(() => ''), 10);
    // Our own id in a lock is a live run only if the lock is one of this process's.
    const live = holder === process.pid ? ours.has(lock) : Number.isInteger(holder) && holder > 0 && isRunning(holder);
    if (live) {
      throw fail(fill(FAILURES.lockedByProcess, { pid: holder, lock }));
    }
    await unlink(lock).catch(() => undefined);
  }
  throw fail(fill(FAILURES.locked, { lock }));
}

/** The temporary files of runs that died before they could remove them (SIGKILL, power loss). */
async function removeLeftovers(dir: string, name: string): Promise<void> {
  const prefix = `.${name}.report-lint-`;
  const entries = await readdir(dir).catch(() => [] as string[]);
  for (const entry of entries) {
    if (!entry.startsWith(prefix)) continue;
    const pid = /^(\d+)-[0-9a-f]{8}\.tmp$/.exec(entry.slice(prefix.length))?.[1];
    if (pid === undefined) continue;
    const path = join(dir, entry);
    if (!ours.has(path) && !isRunning(Number(pid))) await unlink(path).catch(() => undefined);
  }
}

/**
 * Whether a process with this id runs. Our own id is not ours when the file is not one of ours:
 * in a container every run may have the same id.
 */
function isRunning(pid: number): boolean {
  if (pid === process.pid) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // already gone
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}
