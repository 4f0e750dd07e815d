import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { WorkerPool } from '../../src/cli/batch/worker-pool.js';

// A worker that answers each task after a little work, so that both lanes get some.
const dir = mkdtempSync(join(tmpdir(), 'report-lint-pool-'));
const script = join(dir, 'echo.cjs');
writeFileSync(
  script,
  `const { parentPort } = require('node:worker_threads');
parentPort.on('message', ({ id, task }) => {
  const until = Date.now() + 2;
  while (Date.now() < until);
  if (task === 'boom') parentPort.postMessage({ id, crash: 'worker broke on ' + task });
  else parentPort.postMessage({ id, outcome: 'worker:' + task });
});`,
);
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('WorkerPool', () => {
  it('runs tasks on its workers and in this thread, each answered with its own outcome', async () => {
    const here = async (task: string) => {
      await new Promise((r) => setTimeout(r, 2));
      return `here:${task}`;
    };
    const pool = new WorkerPool<string, string>(script, 1, null, here);
    const tasks = Array.from({ length: 40 }, (_, i) => `t${i}`);
    const outcomes = await Promise.all(tasks.map((t) => pool.run(t)));
    await pool.close();
    outcomes.forEach((o, i) => expect(o.replace(/^(worker|here):/, '')).toBe(tasks[i]));
    expect(outcomes.some((o) => o.startsWith('worker:'))).toBe(true);
    expect(outcomes.some((o) => o.startsWith('here:'))).toBe(true);
  });

  it('rejects a task that failed, in either lane, and goes on with the rest', async () => {
    const here = async (task: string) => {
      if (task === 'boom') throw new Error('here broke on boom');
      return `here:${task}`;
    };
    const pool = new WorkerPool<string, string>(script, 1, null, here);
    const settled = await Promise.allSettled(['a', 'boom', 'b', 'boom', 'c', 'd'].map((t) => pool.run(t)));
    await pool.close();
    expect(settled.map((s) => s.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
    for (const s of settled) if (s.status === 'rejected') expect(String(s.reason)).toMatch(/broke on boom/);
  });

  it('runs everything on the workers when it has no lane here', async () => {
    const pool = new WorkerPool<string, string>(script, 2, null);
    const outcomes = await Promise.all(['x', 'y', 'z'].map((t) => pool.run(t)));
    await pool.close();
    expect(outcomes).toEqual(['worker:x', 'worker:y', 'worker:z']);
  });
});
