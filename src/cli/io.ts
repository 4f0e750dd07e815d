import { InputError } from '../read/error.js';

/** What a command needs of the outside world; tests give their own. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Colour only on a terminal, never with NO_COLOR. */
  color: boolean;
  env: Record<string, string | undefined>;
  cwd: string;
  /** Progress on stderr (a terminal only): `[12/300] reports/a.txt`, overwritten in place. */
  progress: ((done: number, total: number, path: string) => void) | null;
}

export function processIo(): Io {
  const env = process.env;
  const forced = env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '0';
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    color: forced || (Boolean(process.stdout.isTTY) && env.NO_COLOR === undefined && env.TERM !== 'dumb'),
    env,
    cwd: process.cwd(),
    progress: process.stderr.isTTY && env.CI === undefined ? stderrProgress : null,
  };
}

let shown = false;
function stderrProgress(done: number, total: number, path: string): void {
  if (done >= total) {
    if (shown) process.stderr.write('\r\x1b[K');
    shown = false;
    return;
  }
  const width = Math.max(20, (process.stderr.columns ?? 80) - 20);
  const tail = path.length > width ? `…${path.slice(-width)}` : path;
  process.stderr.write(`\r\x1b[K[${done + 1}/${total}] ${tail}`);
  shown = true;
}

/** The one-line form of a failure: `report-lint: <path>: <what is wrong>`. */
export function describeFailure(error: unknown): string {
  if (error instanceof InputError) return `report-lint: ${error.path}: ${error.problem}`;
  if (error instanceof Error) return `report-lint: ${error.message}`;
  return `report-lint: ${String(error)}`;
}
