import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const SEED = join(ROOT, 'fixtures/2025-chengzhong-fazhi.txt');
export const BIN = join(ROOT, 'bin/report-lint.js');

/**
 * The shared corpus and gold live outside the project (../shared in CI, or the corpus folder
 * REPORT_LINT_CORPUS points at). Tests that need them skip, saying so, when they are absent.
 */
function findShared(): string | null {
  const fromEnv = process.env.REPORT_LINT_CORPUS;
  const candidates = fromEnv ? [resolve(fromEnv, '..'), resolve(fromEnv)] : [];
  candidates.push(resolve(ROOT, '../shared'));
  return candidates.find((dir) => existsSync(join(dir, 'corpus/MANIFEST.tsv'))) ?? null;
}

export const SHARED = findShared();
export const SKIP_SHARED =
  'SKIPPED: the shared corpus is not here (looked in ../shared and $REPORT_LINT_CORPUS); corpus and gold tests did not run';

/** The corpus files listed in MANIFEST.tsv, as absolute paths. */
export function corpusFiles(): string[] {
  if (!SHARED) return [];
  return readFileSync(join(SHARED, 'corpus/MANIFEST.tsv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split('\t')[0] ?? '')
    .filter(Boolean)
    .map((file) => join(SHARED as string, 'corpus', file));
}

export function goldFiles(): string[] {
  if (!SHARED) return [];
  const dir = join(SHARED, 'gold');
  return existsSync(dir)
    ? readdirSync(dir).filter((f) => f.endsWith('.json')).map((f) => join(dir, f))
    : [];
}

/** Logs once, visibly, why a shared-data test is not running. */
export function announceSkip(): void {
  if (!SHARED) console.warn(SKIP_SHARED);
}
