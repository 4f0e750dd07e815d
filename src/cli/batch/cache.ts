import { createHash } from 'node:crypto';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { CACHE_WORDS } from '../../i18n/batch-words.js';
import { localize, type Lang } from '../../i18n/text.js';

/** The mark of a report-lint cache file, and the shape of its entries: what a foreign file lacks. */
const MARK = 'report-lint-cache';
const SHAPE = 1;

/**
 * `--cache`, as ESLint's: one JSON file holding, for each report path, the key of what it was
 * linted or extracted with (content hash, resolved config, options that change the output,
 * report-lint's version) and the result. A re-run gives a report whose key is unchanged its
 * stored result. A corrupt or foreign file is said once and ignored; the file is written whole
 * through a temporary file and a rename, so a run stopped half-way leaves the old one.
 */
export interface ReportCache {
  get(file: string, key: string): unknown;
  set(file: string, key: string, value: unknown): void;
  /** Writes the cache if anything changed; a failure is one warning line. */
  save(): void;
  /** The key of a report: its bytes and what else its result depends on (`context`). */
  key(bytes: Uint8Array, context: string): string;
}

interface CacheFile {
  mark: typeof MARK;
  shape: typeof SHAPE;
  entries: Record<string, [key: string, value: unknown]>;
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
  return {
    key: cacheKey,
    get(file, key) {
      const entry = entries[file];
      return entry && entry[0] === key ? entry[1] : undefined;
    },
    set(file, key, value) {
      entries[file] = [key, value];
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
    // A damaged entry is no entry: it is linted again.
    if (Array.isArray(entry) && entry.length === 2 && typeof entry[0] === 'string') entries[path] = entry;
  }
  return entries;
}

function cacheKey(bytes: Uint8Array, context: string): string {
  return createHash('sha1').update(context).update('\0').update(bytes).digest('hex');
}
