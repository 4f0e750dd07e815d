import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { BIN, ROOT, SEED } from '../support/paths.js';

/**
 * A reader of the CLI's stdout that made the pipe non-blocking and reads slowly, 4 KB every 2 ms:
 * the CLI's writes meet EAGAIN and the rest goes through process.stdout. Python, because Node's
 * child_process makes a child's stdio blocking, and Node has no fcntl to undo it.
 */
const SLOW_READER = `
import os, subprocess, sys, time
r, w = os.pipe()
os.set_blocking(w, False)
p = subprocess.Popen(sys.argv[1:], stdout=w, stderr=subprocess.DEVNULL)
os.close(w)
out = bytearray()
while True:
    time.sleep(0.002)
    b = os.read(r, 4096)
    if not b:
        break
    out += b
sys.stdout.buffer.write(out)
sys.exit(p.wait())
`;

const python = ['python3', 'python'].find((p) => spawnSync(p, ['-c', 'import os; os.set_blocking'], { stdio: 'ignore' }).status === 0);
if (!python) console.warn('test/cli/exit: skipped (no python3 to read a non-blocking pipe slowly)');

/**
 * The CLI ends as soon as its output is written (src/cli/main.ts), without waiting for Node to
 * take its heap down. Output that went through a stream may not be written yet: the run waits.
 */
describe('the end of a run', () => {
  it.skipIf(!python || process.platform === 'win32')('gives all of its output to a slow reader of a non-blocking pipe', () => {
    const args = ['lint', SEED, SEED, '-f', 'json'];
    const slow = spawnSync(python!, ['-c', SLOW_READER, process.execPath, BIN, ...args], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    const expected = cli(args);
    expect(expected.stdout.length).toBeGreaterThan(1 << 17);
    expect(slow.status).toBe(expected.code);
    expect(slow.stdout.length).toBe(expected.stdout.length);
    expect(slow.stdout).toBe(expected.stdout);
  }, 60_000);
});
