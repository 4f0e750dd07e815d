import { existsSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import type { Lang } from '../../i18n/text.js';
import { STDIN } from '../../read/collect.js';
import { batchSteps, type BatchStep } from '../load.js';
import type { CacheSlot, ReportCache } from './cache.js';
import type { FileOutcome } from './file-task.js';
import type { WorkerPool as Pool } from './worker-pool.js';
import { LONG_RUN_BYTES, tuneForThroughput } from '../throughput.js';
import { inOrder } from './ordered.js';
import type { WorkerSetup } from './worker.js';

/** How a command runs a batch of reports. */
export interface Batch<T> {
  /** Reports linted or extracted at once: 1 runs in this thread. */
  jobs: number;
  /** What the worker threads are set up with. */
  workers: WorkerSetup;
  /** The same work in this thread. */
  local: (file: string) => Promise<FileOutcome<T>>;
  /** --cache: the cache, and what a report's result depends on besides its bytes (null: not cached). */
  cache: {
    store: ReportCache;
    context: (file: string) => Promise<string | null>;
    save: (value: T) => unknown;
    /** The stored result; null when the entry is not one `save` made, and the report is done again. */
    restore: (stored: unknown) => T | null;
  } | null;
  /** Called as each report's outcome is given out, in order. */
  progress: ((done: number, total: number, path: string) => void) | null;
}

export type BatchEvent<T> = { failure: string } | { file: string; outcome: FileOutcome<T> };

/** The bundled worker, beside the bundled CLI in dist/; absent when running from the sources. */
function workerScript(): string | null {
  const script = typeof __dirname === 'string' ? join(__dirname, 'worker.cjs') : null;
  return script && existsSync(script) ? script : null;
}

/**
 * Lints or extracts the reports the paths name, in worker threads when there are several and
 * jobs > 1, and gives their outcomes in the order of a single-threaded run. A report whose cache
 * entry is current is not read again.
 */
export async function* runBatch<T>(paths: readonly string[], cwd: string, lang: Lang, batch: Batch<T>): AsyncGenerator<BatchEvent<T>> {
  const steps: BatchStep[] = [];
  for await (const step of batchSteps(paths, cwd, lang)) steps.push(step);
  const files = steps.filter((s) => 'file' in s).length;
  const script = batch.jobs > 1 && files > 1 && !paths.includes(STDIN) ? workerScript() : null;
  // Started at the first report not in the cache: a re-run from the cache starts no thread.
  // Loaded only for a pool: node:worker_threads is no part of a run over one report.
  const WorkerPool = script ? (await import('./worker-pool.js')).WorkerPool : null;
  const threads: { pool: Pool<string, FileOutcome<T>> | null } = { pool: null };
  const size = Math.min(batch.jobs, files);
  // Set at the first report not in the cache (a re-run from the cache does no compiling), and
  // awaited by every report, so that none starts, nor any worker, before it is set.
  let tuned: Promise<void> | null = isLongRun(steps) ? null : Promise.resolve();
  const compute = async (file: string) => {
    await (tuned ??= tuneForThroughput());
    if (!script || !WorkerPool) return batch.local(file);
    threads.pool ??= new WorkerPool<string, FileOutcome<T>>(script, size - 1, batch.workers, batch.local);
    return threads.pool.run(file);
  };
  const { cache } = batch;

  const work = async (step: BatchStep): Promise<BatchEvent<T>> => {
    if ('failure' in step) return step;
    const { file } = step;
    let slot: CacheSlot | null = null;
    if (cache && file !== STDIN) {
      const context = await cache.context(file);
      if (context !== null) {
        let found = cache.store.find(file, context);
        if ('stored' in found) {
          const value = cache.restore(found.stored);
          if (value !== null) return { file, outcome: { lines: [], failed: false, value } };
          cache.store.forget(file);
          found = cache.store.find(file, context);
        }
        slot = 'slot' in found ? found.slot : null;
      }
    }
    const outcome = await compute(file);
    if (cache && slot !== null && !outcome.failed && outcome.lines.length === 0 && outcome.value !== undefined) cache.store.set(file, slot, cache.save(outcome.value));
    return { file, outcome };
  };

  // Enough under way to keep every worker busy while the output waits for the earliest report.
  const window = script ? size * 4 : 1;
  let done = 0;
  try {
    for await (const event of inOrder(steps, window, work)) {
      // A line on stderr clears the progress line first; the next report draws it again.
      if ('failure' in event || event.outcome.lines.length > 0) batch.progress?.(files, files, '');
      yield event;
      if ('file' in event) batch.progress?.(done++, files, event.file);
    }
  } finally {
    batch.progress?.(files, files, '');
    await threads.pool?.close();
  }
}

/** Whether the reports hold LONG_RUN_BYTES or more on disk; counting stops once they do. */
function isLongRun(steps: readonly BatchStep[]): boolean {
  let bytes = 0;
  for (const step of steps) {
    if (!('file' in step) || step.file === STDIN) continue;
    try {
      bytes += statSync(step.file).size;
    } catch {
      // unreadable: the read says why
    }
    if (bytes >= LONG_RUN_BYTES) return true;
  }
  return false;
}

/** --jobs as given, else one fewer than the cores: this thread, and a worker for each other core but one. */
export function jobsOf(jobs: number | undefined): number {
  // One thread keeps about a core and a half busy (V8's garbage collector and optimising compiler
  // run beside it: 20 MB of the corpus, lint, 2.4 s wall, 3.6 s CPU), so a core is left to them,
  // as Jest leaves one. On 2 cores that is this thread alone: --jobs 2 was no faster there (lint
  // 2.58 s against 2.45, extract 1.95 against 1.68) for a third more CPU.
  return jobs ?? Math.max(1, availableParallelism() - 1);
}
