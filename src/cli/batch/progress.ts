/** What decides whether a batch shows a progress bar. */
export interface ProgressContext {
  /** stderr is a terminal. */
  terminal: boolean;
  env: Record<string, string | undefined>;
  /** The output format: json and jsonl are read by programs, often from a terminal too. */
  format: string;
  /** Reports in the batch. */
  files: number;
  /** Milliseconds the batch has run. */
  elapsedMs: number;
}

/** Reports or seconds past which a batch is long enough to show progress. */
const LONG_BATCH = { files: 50, ms: 2000 } as const;

/**
 * A progress bar on stderr only for a person watching a long batch: stderr a terminal, not CI
 * (`CI` set, to anything), not a format for programs, and more than 50 reports or 2 s under way.
 */
export function showsProgress(c: ProgressContext): boolean {
  if (!c.terminal || c.env.CI !== undefined) return false;
  if (c.format === 'json' || c.format === 'jsonl') return false;
  return c.files > LONG_BATCH.files || c.elapsedMs > LONG_BATCH.ms;
}

/**
 * The Io's progress line (null off a terminal or in CI) shown only as showsProgress says: from
 * the first report of a batch of more than 50, else once the batch has run 2 s.
 */
export function longBatchProgress(draw: ((done: number, total: number, path: string) => void) | null, env: ProgressContext['env'], format: string): typeof draw {
  if (!draw) return null;
  const started = Date.now();
  let shown = false;
  return (done, total, path) => {
    if (done >= total) {
      if (shown) draw(done, total, path);
      shown = false;
      return;
    }
    if (shown || showsProgress({ terminal: true, env, format, files: total, elapsedMs: Date.now() - started })) {
      shown = true;
      draw(done, total, path);
    }
  };
}
