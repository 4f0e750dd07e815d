// `npm run fuzz`: the whole pipeline (read → outline → extract → lint → fix → diff) on at least
// 100,000 generated cases, checked for what must hold of any input (test/fuzz/pipeline.ts): no
// crash, no hang, spans inside the text, outputs valid against their schemas, fixes that settle.
// `npm test` runs a few hundred of the same cases (test/fuzz/pipeline.test.ts).
//
//   npm run fuzz                          100,000 cases, a random seed (about 10 minutes)
//   npm run fuzz -- --cases 20000 --seed 42
//
// The cases: generated reports (as text and as Markdown), reports with a piece stretched into a
// long run (where a search that grows faster than its input shows), any strings, any bytes
// (decoded as a file is). Each kind runs in a worker thread, in chunks of its own seed, so that a failure is
// reported and the run goes on; a case that runs past --hang-ms (default 20 s) is a hang: the
// worker is ended and the case printed. A case slower than --slow-ms (default 2 s) is reported
// as slow, over --slow-ms plus 60 ms per 1,000 characters. Exit code 1 if anything failed.
import { bundle } from './library.mjs';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';

const KINDS = [
  { name: 'generated reports', arbitrary: 'report', share: 0.695 },
  { name: 'stretched reports', arbitrary: 'stretched', share: 0.005 },
  { name: 'any strings', arbitrary: 'string', share: 0.15 },
  { name: 'any bytes', arbitrary: 'bytes', share: 0.15 },
];
const CHUNK = 5000;
const MS_PER_KB = 60;

if (isMainThread) await main();
else await work(workerData);

async function main() {
  const args = parseArgs(process.argv.slice(2));
  const cases = args.cases ?? 100_000;
  const seed = args.seed ?? (Date.now() % 1_000_000);
  const hangMs = args['hang-ms'] ?? 20_000;
  const slowMs = args['slow-ms'] ?? 2_000;
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-fuzz-'));
  const module = join(dir, 'fuzz.mjs');
  await bundle('test/fuzz/index.ts', module);
  console.log(`fuzz: ${cases} cases, seed ${seed} (replay: npm run fuzz -- --cases ${cases} --seed ${seed})`);

  const t0 = performance.now();
  let ran = 0;
  const failures = [];
  try {
    for (const [k, kind] of KINDS.entries()) {
      const total = Math.round(cases * kind.share);
      const result = await runKind({ module, kind, total, seed: seed + 1000 * k, hangMs, slowMs });
      ran += result.ran;
      failures.push(...result.failures);
      const slow = result.failures.filter((f) => f.kind === 'slow').length;
      console.log(`  ${kind.name}: ${result.ran} cases in ${(result.ms / 1000).toFixed(1)} s, ${result.failures.length - slow} failures, ${slow} slow; slowest case ${Math.round(result.slowest)} ms`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const seconds = (performance.now() - t0) / 1000;
  console.log(`fuzz: ${ran} cases in ${seconds.toFixed(1)} s, ${failures.length} failures`);
  for (const f of failures) {
    console.log(`\n[${f.kind}] ${f.name} (seed ${f.seed}${f.path ? `, path ${f.path}` : ''})`);
    console.log(`  case: ${f.input}`);
    console.log(`  ${f.message.split('\n').join('\n  ')}`);
  }
  process.exitCode = failures.length > 0 ? 1 : 0;
}

/** Runs one kind of case in a worker, chunk after chunk, restarting the worker after a hang. */
async function runKind({ module, kind, total, seed, hangMs, slowMs }) {
  const t0 = performance.now();
  const failures = [];
  let ran = 0;
  let slowest = 0;
  let chunk = 0;
  while (ran < total) {
    const numRuns = Math.min(CHUNK, total - ran);
    const chunkSeed = seed + chunk++;
    const outcome = await new Promise((resolve) => {
      const worker = new Worker(fileURLToPath(import.meta.url), { workerData: { module, arbitrary: kind.arbitrary, numRuns, seed: chunkSeed, slowMs } });
      let current = null;
      let timer = null;
      const watch = () => {
        clearTimeout(timer);
        timer = setTimeout(() => {
          worker.terminate();
          resolve({ ran: current?.index ?? 0, slowest: hangMs, failures: [{ kind: 'hang', name: kind.name, seed: chunkSeed, input: current?.input ?? '?', message: `no answer after ${hangMs} ms` }] });
        }, hangMs);
      };
      watch();
      worker.on('message', (m) => {
        if (m.type === 'case') {
          current = m;
          watch();
        } else {
          clearTimeout(timer);
          resolve(m);
          worker.terminate();
        }
      });
      worker.on('error', (error) => {
        clearTimeout(timer);
        resolve({ ran: current?.index ?? 0, slowest: 0, failures: [{ kind: 'crash', name: kind.name, seed: chunkSeed, input: current?.input ?? '?', message: String(error?.stack ?? error) }] });
      });
    });
    ran += Math.max(outcome.ran, 1);
    slowest = Math.max(slowest, outcome.slowest);
    for (const f of outcome.failures) failures.push({ name: kind.name, seed: chunkSeed, ...f });
  }
  return { ran, failures, slowest, ms: performance.now() - t0 };
}

/** In a worker: one chunk of cases with fast-check; posts each case before running it (for the watchdog). */
async function work({ module, arbitrary, numRuns, seed, slowMs }) {
  const lib = await import(pathToFileURL(module).href);
  const { fc } = lib;
  const input = { report: lib.reportCase, stretched: lib.stretchedCase, string: lib.anyTextCase, bytes: fc.tuple(lib.anyBytes, fc.boolean()) }[arbitrary];
  const failures = [];
  const seen = new Set();
  let index = 0;
  let slowest = 0;
  const show = (value) => {
    const shown = value instanceof Array && value[0] instanceof Uint8Array ? `bytes [${[...value[0]].join(',')}], markdown ${value[1]}` : JSON.stringify(value);
    return shown.length > 2000 ? `${shown.slice(0, 1000)} … (${shown.length} characters) … ${shown.slice(-500)}` : shown;
  };
  const property = fc.property(input, (value) => {
    index++;
    parentPort.postMessage({ type: 'case', index, input: show(value) });
    const t0 = performance.now();
    if (arbitrary === 'bytes') lib.checkBytes(value[0], value[1]);
    else lib.checkCase(value);
    const ms = performance.now() - t0;
    slowest = Math.max(slowest, ms);
    // The budget grows with the input (a stretched report of 100 K characters, fixed and linted
    // pass after pass, may take a second on a busy machine); what grows faster overruns it.
    const size = arbitrary === 'bytes' ? value[0].length : value.text.length;
    const budget = slowMs + MS_PER_KB * (size / 1000);
    if (ms > budget && !seen.has('slow')) {
      seen.add('slow');
      failures.push({ kind: 'slow', input: show(value), message: `took ${Math.round(ms)} ms (over ${Math.round(budget)} for ${size} characters)` });
    }
  });
  const details = fc.check(property, { numRuns, seed });
  if (details.failed) {
    failures.push({
      kind: details.errorInstance instanceof lib.PropertyFailure ? 'property' : 'crash',
      path: details.counterexamplePath,
      input: show(details.counterexample?.[0]),
      message: String(details.errorInstance?.stack ?? details.errorInstance ?? details.error),
    });
  }
  // A failure ends the chunk early: the runs before it count.
  parentPort.postMessage({ type: 'done', ran: details.failed ? details.numRuns : numRuns, slowest, failures });
}

function parseArgs(argv) {
  const out = {};
  for (let i = 0; i < argv.length; i += 2) {
    const key = argv[i]?.replace(/^--/, '');
    const value = Number(argv[i + 1]);
    if (!key || !Number.isFinite(value)) throw new Error(`fuzz: bad argument ${argv[i]} ${argv[i + 1] ?? ''}`);
    out[key] = value;
  }
  return out;
}
