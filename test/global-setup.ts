import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Builds dist/ from the current sources so CLI tests never run a stale bundle, and gives the
 * run one temporary folder: test files and the CLIs they start inherit it as TMPDIR, and it is
 * removed when the run ends, so no run leaves folders behind in the system's.
 */
export default function setup(): () => void {
  const root = fileURLToPath(new URL('..', import.meta.url));
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  const scratch = mkdtempSync(join(tmpdir(), 'report-lint-test-'));
  chmodSync(scratch, 0o755); // tests that run the CLI as nobody must reach their folders
  process.env.TMPDIR = scratch;
  return () => rmSync(scratch, { recursive: true, force: true });
}
