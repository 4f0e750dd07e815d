/**
 * The compiler setting of a long run. V8's optimising compiler inlines callees into each hot
 * function, and a run of report-lint, seconds long, never earns the compiles back: over 20 MB of
 * the corpus, lint made 294 compiles costing 2.6 s of CPU on V8's background threads beside 1.9 s
 * of linting; without inlining they cost 1.05 s, and lint and extract took 2–10 % less time and
 * 10–21 % less CPU (the corpus ×14 and one 10 MB report, interleaved runs; commit 2cd0ee5). On 2
 * cores the compiler's threads compete with the linting ones. Below about a megabyte few functions get hot
 * enough to be compiled at all (the seed: 3 compiles, 4 ms), and node:v8 alone costs a start
 * 2.4 ms (it loads Node's streams), so a short run keeps V8's defaults.
 */

/** Input from which a run is set for throughput: the size at which the compiles start to count. */
export const LONG_RUN_BYTES = 1 << 20;

const FLAGS = '--no-turbo-inlining';

let tuned = false;

/**
 * Sets V8 for throughput, once per process, before the long run's work. Node warns that a flag set
 * after start-up may not take effect; this one is read as each compile starts, and is set before
 * any report is read. Worker threads, started after it, share it.
 */
export async function tuneForThroughput(): Promise<void> {
  if (tuned) return;
  tuned = true;
  const { setFlagsFromString } = await import('node:v8');
  setFlagsFromString(FLAGS);
}

/**
 * Whether this process was set for throughput: V8 checks a code cache against the flags it was
 * made under, so the launcher writes none after such a run (the next run starts with the defaults).
 */
export function tunedForThroughput(): boolean {
  return tuned;
}
