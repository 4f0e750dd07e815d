// Shared timing helpers for the benchmarks: medians of interleaved runs, so that machine noise
// hits both sides of a ratio alike.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** Wall time of one process run, in milliseconds. */
export function timeProcess(command, args, options = {}) {
  const t0 = process.hrtime.bigint();
  const r = spawnSync(command, args, { stdio: ['ignore', 'ignore', 'pipe'], ...options });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  if (r.status !== 0 && r.status !== 1) throw new Error(`${command} ${args.join(' ')} failed: ${r.stderr}`);
  return ms;
}

/** Runs each named command `runs` times, interleaved, after a warm-up; returns medians. */
export function compareProcesses(commands, runs = 21) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const [cmd, args] of Object.values(commands)) timeProcess(cmd, args);
  for (let i = 0; i < runs; i++) {
    for (const [name, [cmd, args]] of Object.entries(commands)) times[name].push(timeProcess(cmd, args));
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/**
 * An in-process function timed over `runs` calls after a warm-up: median and fastest wall time,
 * and the median CPU time of this process (on a shared machine the steadier figure). `result`
 * is the last call's value; return something small (a count) to keep large outputs from
 * burdening the next call's garbage collection.
 */
export function timeRuns(fn, runs = 7) {
  let result = fn(); // warm-up: JIT and the lazily compiled regexes
  const times = [];
  const cpus = [];
  for (let i = 0; i < runs; i++) {
    result = null; // let the previous result go before the next run
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    result = fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpus.push((c.user + c.system) / 1000);
  }
  return { ms: median(times), fastestMs: Math.min(...times), cpuMs: median(cpus), result };
}

/**
 * Two in-process functions timed in turn, `runs` times each after a warm-up of both: the medians
 * of their wall times. For a ratio of two short timings, where timing one after the other would
 * give the second the first's optimised code and garbage.
 */
export function timePair(a, b, runs = 21) {
  a();
  b();
  const ta = [];
  const tb = [];
  for (let i = 0; i < runs; i++) {
    for (const [fn, times] of [[a, ta], [b, tb]]) {
      const t0 = performance.now();
      fn();
      times.push(performance.now() - t0);
    }
  }
  return [median(ta), median(tb)];
}

export const fmt = (n, digits = 1) => n.toFixed(digits);

/**
 * `unit` repeated to at least `bytes` of UTF-8, as report-lint's reader would hand it over: bytes
 * decoded into one flat string. `String.prototype.repeat` builds a rope instead, whose every
 * character read goes through an indirection (a third slower in the scanners' loops), which is
 * not what a report read from a file costs.
 */
export function textOf(lib, unit, bytes) {
  const repeated = unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit, 'utf8')));
  return lib.decode(Buffer.from(repeated, 'utf8')).text;
}

/**
 * The texts of the real reports in ../shared/corpus (or $REPORT_LINT_CORPUS), decoded as
 * report-lint reads them; [] when the corpus is not here.
 */
export function corpusTexts(lib) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const from = process.env.REPORT_LINT_CORPUS;
  const dir = [from, from && join(from, 'corpus'), join(root, '../shared/corpus')].find((d) => d && existsSync(join(d, 'MANIFEST.tsv')));
  if (!dir) return [];
  return readFileSync(join(dir, 'MANIFEST.tsv'), 'utf8')
    .split(/\r?\n/)
    .slice(1)
    .map((line) => line.split('\t')[0])
    .filter(Boolean)
    .map((file) => lib.decode(readFileSync(join(dir, file))).text);
}

/**
 * Time per input byte, small against large: `small` run ten times in a row (ten 1 MB reports)
 * against `large` run once (one 10 MB report), interleaved over `rounds` rounds after a warm-up;
 * medians of each. Ten small runs in a row pay for the garbage they leave, as a large run does:
 * the fastest of single 1 MB runs is one that no collection fell into, which a 10 MB run never
 * is, and a ratio of those measures the collector's timing more than the code's growth.
 */
export function linearity(small, large, rounds = 5) {
  const [tenSmall, ms10x] = timePair(() => {
    for (let i = 0; i < 10; i++) small();
  }, large, rounds);
  const ms1x = tenSmall / 10;
  return { ms1x, ms10x, ratio: ms10x / ms1x };
}
