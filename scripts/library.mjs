// The library (src/index.ts) bundled from source into a temporary module and imported, so the
// benchmarks and the scorer measure the code as it is now, whether or not dist/ is current.
import { build } from 'esbuild';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
let loading = null;

export function loadLibrary() {
  loading ??= (async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-library-'));
    const outfile = join(dir, 'library.mjs');
    await bundle('src/index.ts', outfile);
    try {
      return await import(pathToFileURL(outfile).href);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  })();
  return loading;
}

/** Bundles `entry` (a path from the project root) with what it imports into one ES module at `outfile`. */
export async function bundle(entry, outfile) {
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'silent',
    external: ['iconv-lite', 'chalk', 'diff'],
  });
}
