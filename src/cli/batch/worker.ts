import { parentPort, workerData } from 'node:worker_threads';
import type { LintConfigs } from '../actions/lint-config.js';
import { extractFile, lintFile, portable, type ExtractSetup, type LintSetup } from './file-task.js';

/**
 * A worker thread of a batch (dist/worker.cjs): set up once with the command and its options,
 * it is then given files one at a time and answers each with the file's outcome.
 */
export type WorkerSetup = { command: 'lint'; setup: LintSetup } | { command: 'extract'; setup: ExtractSetup };

async function serve(): Promise<void> {
  const port = parentPort;
  if (!port) return;
  const given = workerData as WorkerSetup;
  let configs: Promise<LintConfigs | null> | null = null;
  const handle = async (file: string): Promise<unknown> => {
    if (given.command === 'extract') return extractFile(file, given.setup);
    const setup = given.setup;
    configs ??= import('../actions/lint-config.js').then(({ lintConfigs }) =>
      lintConfigs(setup.options, { stdout: () => undefined, stdoutBytes: () => undefined, stderr: () => undefined, color: setup.color, env: process.env, cwd: setup.cwd, progress: null }),
    );
    const ready = await configs;
    // The main thread read the same options without a problem before it started this worker.
    if (!ready) throw new Error('the configuration could not be read in a worker thread');
    return portable(await lintFile(file, setup, ready, process.env), setup.options.format);
  };
  port.on('message', ({ id, task }: { id: number; task: string }) => {
    handle(task).then(
      (outcome) => port.postMessage({ id, outcome }),
      (error: unknown) => port.postMessage({ id, crash: error instanceof Error ? (process.env.REPORT_LINT_DEBUG ? `${error.message}\n${error.stack}` : error.message) : String(error) }),
    );
  });
}

void serve();
