/**
 * `TIMING=1 report-lint …`, as in ESLint: where a run's time went (stages and rules, summed over
 * the reports), printed to stderr at the end. `TIMING=all` lists every entry, a number that many.
 */
export interface Timing {
  /** Milliseconds on the clock (performance.now(), read only when timing: it loads perf_hooks). */
  now(): number;
  add(name: string, ms: number): void;
  /** Runs `fn` and adds its time under `name`. */
  time<T>(name: string, fn: () => T): T;
  table(): string;
}

export function createTiming(setting: string): Timing {
  const totals = new Map<string, number>();
  const add = (name: string, ms: number) => totals.set(name, (totals.get(name) ?? 0) + ms);
  return {
    now: () => performance.now(),
    add,
    time(name, fn) {
      const started = performance.now();
      try {
        return fn();
      } finally {
        add(name, performance.now() - started);
      }
    },
    table() {
      const limit = setting === 'all' ? Infinity : Number(setting) > 1 ? Number(setting) : 10;
      const rows = [...totals].sort((a, b) => b[1] - a[1]).slice(0, limit);
      const all = [...totals.values()].reduce((a, b) => a + b, 0);
      const width = Math.max(4, ...rows.map(([name]) => name.length));
      const lines = rows.map(([name, ms]) => `${name.padEnd(width)} | ${ms.toFixed(1).padStart(9)} | ${((100 * ms) / (all || 1)).toFixed(1).padStart(5)}%`);
      return [`${'Step'.padEnd(width)} | Time (ms) | Relative`, `${'-'.repeat(width)}-|-----------|---------`, ...lines, ''].join('\n');
    },
  };
}
