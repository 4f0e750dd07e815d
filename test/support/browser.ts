import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

/**
 * Debian's Chromium (`apt-get install chromium`), or the one CHROMIUM names. The browser tests
 * skip with one line where there is none, and fail in CI (which sets CI), where .ci/run installs it.
 */
export function findChromium(): string | null {
  const candidates = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter((c): c is string => !!c);
  for (const c of candidates) if (existsSync(c)) return c;
  try {
    return execFileSync('sh', ['-c', 'command -v chromium || command -v chromium-browser'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

export const SKIP_BROWSER = 'SKIPPED: no Chromium found (apt-get install chromium, or set CHROMIUM); the browser tests of the offline page did not run';
