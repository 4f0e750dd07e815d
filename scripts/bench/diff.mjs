// Diff benchmark: two ~1 MB reports (the seed repeated, the second with one number in five
// changed), timed end to end — decode, outline, extract, diff — which must stay under a second.
// Never throws on a slow result: it reports PASS/FAIL.
//
//   node scripts/bench/diff.mjs            standalone
//   import run from './bench/diff.mjs'     from the benchmark suite: await run() → result object
//
// The pipeline is bundled from src/ with esbuild into a temporary directory, so the figures do
// not depend on a stale dist/.
import { loadLibrary } from '../library.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { fmt, median } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const TARGET_MS = 1000;
const SIZE = 1e6;

/** A small deterministic generator, so that every run diffs the same two reports. */
function random(seed) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** The seed repeated to `bytes`, one number in `every` (not a year) moved by up to ±30%. */
function reportOf(seed, bytes, every, rnd) {
  const text = seed.repeat(Math.ceil(bytes / Buffer.byteLength(seed, 'utf8')));
  if (!every) return text;
  return text.replace(/\d+(?![\d年])/g, (n) => (rnd() * every < 1 ? String(Math.max(1, Math.round(Number(n) * (0.7 + rnd() * 0.6)))) : n));
}

export default async function diffBench() {
  const { decode, parseOutline, extractIndicators, diffReports } = await loadLibrary();
  const seed = readFileSync(join(root, 'fixtures/2025-chengzhong-fazhi.txt'), 'utf8');
  const oldBytes = Buffer.from(reportOf(seed, SIZE, 0), 'utf8');
  const newBytes = Buffer.from(reportOf(seed, SIZE, 5, random(2025)), 'utf8');

  const load = (bytes) => {
    const { text } = decode(bytes);
    const outline = parseOutline(text);
    return { text, outline, indicators: extractIndicators(text, outline) };
  };
  let last;
  const once = () => {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const old = load(oldBytes);
    const neu = load(newBytes);
    const t1 = performance.now();
    last = { diff: diffReports(old, neu), old, neu };
    const t2 = performance.now();
    const cpu = process.cpuUsage(c0);
    return { total: t2 - t0, diff: t2 - t1, cpu: (cpu.user + cpu.system) / 1000 };
  };
  once();
  const runs = Array.from({ length: 5 }, once);
  const total = median(runs.map((r) => r.total));
  const diffOnly = median(runs.map((r) => r.diff));
  // On a shared machine the CPU time of this process is the steadier figure.
  const cpu = median(runs.map((r) => r.cpu));
  const s = last.diff.summary.indicators;
  const mb = (oldBytes.length / 1e6).toFixed(2);
  console.log(`diff (two ${mb} MB reports, ${s.old} and ${s.new} indicators; median of 5; target < ${TARGET_MS} ms end to end)`);
  console.log(`  read + outline + extract + diff   ${fmt(total)} ms  ${total < TARGET_MS ? 'PASS' : 'FAIL'}`);
  console.log(`  of which diff                     ${fmt(diffOnly)} ms`);
  console.log(`  CPU time, end to end              ${fmt(cpu)} ms`);
  console.log(`  aligned ${s.aligned} (by key ${s.byKey}, by label ${s.byLabel}); changed ${s.changed}, added ${s.added}, removed ${s.removed}`);
  return { ms: total, diffMs: diffOnly, cpuMs: cpu, indicators: s.old, aligned: s.aligned, pass: total < TARGET_MS };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await diffBench();
