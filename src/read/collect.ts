// Synchronous fs on purpose: reports are read one after another, and fs/promises alone costs a
// CLI run several milliseconds of module loading.
import { readdirSync, statSync, type Dirent, type Stats } from 'node:fs';
import { join, resolve } from 'node:path';
import { InputError } from './error.js';
import { FAILURES } from '../i18n/failures.js';
import { fill, type LocalizedText } from '../i18n/text.js';

export const REPORT_EXTENSIONS = ['.txt', '.md', '.markdown', '.docx', '.docm', '.html', '.htm', '.pdf'];

/** `-` means standard input. */
export const STDIN = '-';

/**
 * The paths without repeats, as ESLint: a file named twice (a.txt ./a.txt) is one report, and
 * `-` is read once (a second read of standard input would be an empty report). The first
 * spelling of each stays, in order.
 */
export function uniquePaths(paths: readonly string[], cwd: string): string[] {
  return paths.filter(firstSight(cwd));
}

/** A filter that passes each path the first time it is seen, under any spelling. */
export function firstSight(cwd: string): (path: string) => boolean {
  const seen = new Set<string>();
  return (path) => {
    const key = path === STDIN ? STDIN : resolve(cwd, path);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  };
}

/**
 * Expands the paths given on the command line into report files: files as given (whatever
 * their extension), directories recursively by extension, in a stable (sorted) order. A file
 * named twice, or also found in a directory named, is listed once.
 */
export async function collectPaths(paths: readonly string[], list: ListDirectory = listDirectory): Promise<string[]> {
  const out: string[] = [];
  for (const path of paths) {
    if (path === STDIN) {
      out.push(path);
      continue;
    }
    let info: Stats;
    try {
      info = statSync(path);
    } catch (error) {
      throw new InputError(path, describeFsError(error as NodeJS.ErrnoException));
    }
    if (info.isDirectory()) {
      const found = await walk(path, list);
      if (found.length === 0) {
        throw new InputError(path, fill(FAILURES.noReports, { extensions: REPORT_EXTENSIONS.join(' ') }));
      }
      for (const f of found) out.push(f);
    } else {
      out.push(path);
    }
  }
  return uniquePaths(out, process.cwd());
}

/** Lists a directory. Tests pass one that fails: as root (CI) every directory can be listed. */
export type ListDirectory = (dir: string) => Dirent[];

const listDirectory: ListDirectory = (dir) => readdirSync(dir, { withFileTypes: true });

async function walk(dir: string, list: ListDirectory): Promise<string[]> {
  let entries: Dirent[];
  try {
    entries = list(dir);
  } catch {
    // A directory that cannot be listed (permission denied) stays in the list in its place: the
    // reader, opening it in turn, says why on one line, and the rest of the scan goes on.
    return [dir];
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const out: string[] = [];
  for (const entry of entries) {
    // ~$报告.docx is the lock file Word keeps beside a document that is open, not a report.
    if (entry.name.startsWith('.') || entry.name.startsWith('~$') || entry.name === 'node_modules') continue;
    const path = join(dir, entry.name);
    if (entry.isDirectory()) for (const f of await walk(path, list)) out.push(f);
    else if (entry.isFile() && REPORT_EXTENSIONS.some((ext) => entry.name.toLowerCase().endsWith(ext))) out.push(path);
  }
  return out;
}

export function describeFsError(error: NodeJS.ErrnoException): LocalizedText {
  switch (error.code) {
    case 'ENOENT':
      return FAILURES.noSuchFile;
    case 'EACCES':
    case 'EPERM':
      return FAILURES.permissionDenied;
    case 'EISDIR':
      return FAILURES.isDirectory;
    case 'ENOTDIR':
      return FAILURES.notDirectory;
    default:
      return fill(FAILURES.fsOther, { message: error.message.replace(/^[A-Z]+: /, '') });
  }
}
