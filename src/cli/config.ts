// Synchronous fs on purpose: a handful of stats up the directory tree cost less than the
// thread-pool round trips (and the fs/promises module) of doing them asynchronously.
import { readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../check/config.js';
import { issueText } from '../check/issue.js';
import { FAILURES } from '../i18n/failures.js';
import { fill } from '../i18n/text.js';
import { describeFsError } from '../read/collect.js';
import { InputError } from '../read/error.js';

/** The names a config file may have, looked for in this order in each directory. */
export const CONFIG_NAMES = ['report-lint.config.json', '.reportlintrc.json'] as const;

/**
 * The config file in `dir`, if the user can see one there. A directory above the working one
 * that the user may not search hides its files from every program they run; it is looked past,
 * as a missing file is, not taken for an error.
 */
export function configFileIn(dir: string): string | null {
  for (const name of CONFIG_NAMES) {
    const path = join(dir, name);
    try {
      if (statSync(path, { throwIfNoEntry: false })?.isFile()) return path;
    } catch {
      return null; // EACCES and the like: nothing in this directory can be seen
    }
  }
  return null;
}

export interface FoundConfig {
  path: string;
  config: Config;
}

/** Reads and validates a config file; a problem is an InputError naming the file. */
export async function loadConfigFile(path: string): Promise<FoundConfig> {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new InputError(path, describeFsError(error as NodeJS.ErrnoException));
  }
  let json: unknown;
  try {
    json = JSON.parse(raw.replace(/^\ufeff/, ''));
  } catch (error) {
    throw new InputError(path, fill(FAILURES.notJson, { detail: error instanceof Error ? error.message : String(error) }));
  }
  // The schema is built when a config file is first read: most runs have none.
  const { Config } = await import('../check/config.js');
  const parsed = Config.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError(path, issue ? issueText(issue) : FAILURES.invalidConfig);
  }
  return { path, config: parsed.data };
}

/**
 * Finds the config that applies to a file: the first config file in its directory or above.
 * Each directory is looked at once per run.
 */
export function createConfigFinder(): (startDir: string) => Promise<FoundConfig | null> {
  const cache = new Map<string, Promise<FoundConfig | null>>();
  const inDir = (dir: string): Promise<FoundConfig | null> => {
    let found = cache.get(dir);
    if (!found) {
      found = (async () => {
        const path = configFileIn(dir);
        if (path) return loadConfigFile(path);
        const parent = dirname(dir);
        return parent === dir ? null : inDir(parent);
      })();
      cache.set(dir, found);
    }
    return found;
  };
  return (startDir) => inDir(resolve(startDir));
}
