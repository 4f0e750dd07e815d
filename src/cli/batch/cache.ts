import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { CACHE_WORDS } from '../../i18n/batch-words.js';
import { localize, type Lang } from '../../i18n/text.js';

/** The mark of a report-lint cache file, and the shape of its entries: what a foreign file lacks. */
const MARK = 'report-lint-cache';
const SHAPE = 1;

/**
 * A file modified this recently may be modified again within the same tick of its file system's
 * clock, keeping its size and time (FAT counts in 2 s, ext3 and HFS+ in 1 s): its stamp is not
 * trusted, and its bytes are read.
 */
const SAME_TICK_MS = 2000;

/**
 * `--cache`, as ESLint's: one JSON file holding, for each report path, the key of what it was
 * linted or extracted with (content hash, resolved config, options that change the output,
 * report-lint's version) and the result. A re-run gives a report whose key is unchanged its
 * stored result. A corrupt or foreign file is said once and ignored; the file is written whole
 * through a temporary file and a rename, so a run stopped half-way leaves the old one.
 *
 * As ESLint's default strategy, an entry also keeps the file's stamp (size, modification time and
 * the context): a re-run that finds the same stamp takes the result without reading the file. A
 * changed stamp (an edit, a fresh checkout) falls back to the bytes' hash, and a hit records the
 * new stamp.
 */
/** Where a report's new result goes: the key of its bytes and context, and its stamp when trusted. */
export interface CacheSlot {
  key: string;
  stamp: string | null;
}

export interface ReportCache {
  /**
   * A report's stored result when its stamp is unchanged, or else its bytes and context are;
   * otherwise the slot for its new result (null: the file cannot be read, and the read that
   * follows says why).
   */
  find(file: string, context: string): { stored: unknown } | { slot: CacheSlot | null };
  set(file: string, slot: CacheSlot, value: unknown): void;
  /** Drops a report's entry (its stored result could not be used): the next find gives a slot. */
  forget(file: string): void;
  /** Writes the cache if anything changed; a failure is one warning line. */
  save(): void;
}

interface CacheFile {
  mark: typeof MARK;
  shape: typeof SHAPE;
  entries: Record<string, [key: string, value: unknown, stamp?: string]>;
}

export function openCache(location: string, warn: (line: string) => void, lang: Lang): ReportCache {
  let entries: CacheFile['entries'] = Object.create(null) as CacheFile['entries'];
  let text: string | null = null;
  try {
    text = readFileSync(location, 'utf8');
  } catch {
    // No cache yet (or unreadable, which the write at the end will say).
  }
  if (text !== null) {
    const found = parseCache(text);
    if (found) entries = found;
    else warn(`report-lint: ${localize(CACHE_WORDS.unusable, lang, { path: location })}\n`);
  }
  let changed = false;
  // A batch has one context or a few (a config per directory): each is hashed once.
  const contexts = new Map<string, string>();
  const hashOf = (context: string) => {
    let hashed = contexts.get(context);
    if (hashed === undefined) contexts.set(context, (hashed = createHash('sha1').update(context).digest('hex')));
    return hashed;
  };
  return {
    find(file, context) {
      // Taken before the bytes are read: an edit after it changes the stamp the next run sees.
      const stamp = fileStamp(file, hashOf(context));
      const entry = entries[file];
      if (stamp !== null && entry?.[2] === stamp) return { stored: entry[1] };
      let bytes: Uint8Array;
      try {
        bytes = readFileSync(file);
      } catch {
        return { slot: null };
      }
      const key = cacheKey(bytes, context);
      if (!entry || entry[0] !== key) return { slot: { key, stamp } };
      if (stamp !== null && entry[2] !== stamp) {
        entries[file] = [key, entry[1], stamp];
        changed = true;
      }
      return { stored: entry[1] };
    },
    set(file, { key, stamp }, value) {
      entries[file] = stamp === null ? [key, value] : [key, value, stamp];
      changed = true;
    },
    forget(file) {
      delete entries[file];
      changed = true;
    },
    save() {
      if (!changed) return;
      const body: CacheFile = { mark: MARK, shape: SHAPE, entries };
      const temp = join(dirname(location), `.${basename(location)}.${process.pid}.tmp`);
      try {
        writeFileSync(temp, JSON.stringify(body));
        renameSync(temp, location);
      } catch (error) {
        rmSync(temp, { force: true });
        warn(`report-lint: ${localize(CACHE_WORDS.unwritable, lang, { path: location, problem: (error as Error).message })}\n`);
      }
    },
  };
}

function parseCache(text: string): CacheFile['entries'] | null {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return null;
  }
  if (typeof json !== 'object' || json === null) return null;
  const file = json as Partial<CacheFile>;
  if (file.mark !== MARK || file.shape !== SHAPE || typeof file.entries !== 'object' || file.entries === null || Array.isArray(file.entries)) return null;
  const entries = Object.create(null) as CacheFile['entries'];
  for (const [path, entry] of Object.entries(file.entries)) {
    // A damaged entry is no entry: it is linted again. Its stamp is optional.
    if (Array.isArray(entry) && typeof entry[0] === 'string' && (entry.length === 2 || (entry.length === 3 && typeof entry[2] === 'string'))) {
      entries[path] = entry as CacheFile['entries'][string];
    }
  }
  return entries;
}

function cacheKey(bytes: Uint8Array, context: string): string {
  return createHash('sha1').update(context).update('\0').update(bytes).digest('hex');
}

/**
 * A file's stamp: its size and modification time, and the hash of its context; null when it
 * cannot be stat'ed, or was modified too recently (or is dated ahead of the clock) to be told from
 * a later edit by its time.
 */
export function fileStamp(file: string, contextHash: string): string | null {
  let info;
  try {
    info = statSync(file);
  } catch {
    return null;
  }
  if (Date.now() - info.mtimeMs < SAME_TICK_MS) return null;
  return `${info.size}:${info.mtimeMs}:${contextHash}`;
}
