// Rule linearity: every rule timed on reports of size n and 4n (the fastest of several runs,
// each after a garbage collection), and the ratio of the times printed per rule; a linear rule
// takes about 4× as long, one above 6× is flagged (one whose larger run takes under 5 ms is too
// quick to judge; a rule above 6× is timed again at 4n and 16n and flagged only if it is above 8×
// there, halfway between linear and quadratic on a log scale). Two kinds of report: reports generated
// from realistic pieces by the fuzzer's generator (test/fuzz/reports.ts, a fixed seed),
// concatenated, and the seed report repeated; and a third, 200,000 numbered headings, where
// heading-ladder was quadratic.
//
//   node scripts/bench/rules.mjs            standalone
//   import run from './bench/rules.mjs'     from the suite: await run() → figures
import { bundle, loadLibrary } from '../library.mjs';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import vm from 'node:vm';

const root = fileURLToPath(new URL('../..', import.meta.url));
const N = 250_000; // bytes; the larger run is 4N
const FLAG_RATIO = 6;
const MIN_MS = 5;
// Confirming at 4n and 16n: 8 is halfway, on a log scale, between linear (4×) and quadratic (16×).
const CONFIRM_RATIO = 8;

export default async function run({ runs = 7, log = console.log } = {}) {
  const lib = await loadLibrary();
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-bench-'));
  let gen;
  try {
    await bundle('test/fuzz/index.ts', join(dir, 'fuzz.mjs'));
    gen = await import(pathToFileURL(join(dir, 'fuzz.mjs')).href);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const generated = gen.fc.sample(gen.report, { seed: 17, numRuns: 4000 }).join('\n');
  const seed = `${readFileSync(join(root, 'fixtures/2025-chengzhong-fazhi.txt'), 'utf8')}\n`;
  const numerals = '一二三四五六七八九十';
  const headings = Array.from({ length: 200_000 }, (_, i) => (i % 2 ? `（${numerals[i % 10]}）子标题${i}` : `${numerals[i % 10]}、标题${i}`)).join('\n');

  const kinds = {
    generated: (bytes) => repeatTo(generated, bytes),
    seed: (bytes) => repeatTo(seed, bytes),
    headings: (bytes) => repeatTo(headings, bytes),
  };
  const result = {};
  const flagged = [];
  for (const [kind, make] of Object.entries(kinds)) {
    // The larger report is the smaller one four times over: the same mix of content.
    const unit = make(N);
    const [small, large] = ruleTimes(lib, [unit, unit.repeat(4)], runs);
    result[kind] = {};
    const suspects = [];
    for (const [id, ms] of Object.entries(large)) {
      const ratio = ms / Math.max(small[id] ?? 0, 0.01);
      const flag = ratio > FLAG_RATIO && ms >= MIN_MS;
      result[kind][id] = { ms1: round(small[id] ?? 0, 2), ms4: round(ms, 2), ratio: round(ratio, 2), flag };
      if (flag) suspects.push(id);
    }
    // A ratio above 6 at n = 250 KB is often a collection or a tier-up in a 10 ms run: a suspect
    // is timed again at 4n and 16n, and flagged only if it grows well beyond linear there too (a
    // quadratic rule gives 16× at every step; heading-restart on the seed repeated did, 1.9 s at 16 MB).
    if (suspects.length > 0) {
      const [large4, large16] = ruleTimes(lib, [unit.repeat(4), unit.repeat(16)], Math.min(runs, 3));
      for (const id of suspects) {
        const again = (large16[id] ?? 0) / Math.max(large4[id] ?? 0, 0.01);
        const r = result[kind][id];
        r.confirm = { ms4: round(large4[id] ?? 0, 2), ms16: round(large16[id] ?? 0, 2), ratio: round(again, 2) };
        r.flag = again > CONFIRM_RATIO;
        if (r.flag) flagged.push(`${kind}/${id}`);
      }
    }
  }

  log(`rule linearity: each rule on n = ${N / 1000} KB and 4n, time ratio (≈ 4 when linear; flagged above ${FLAG_RATIO})`);
  const ids = Object.keys(result.generated);
  log(`  ${'rule'.padEnd(24)} ${Object.keys(kinds).map((k) => `${k} ms@4n ratio`.padStart(24)).join('')}`);
  for (const id of ids) {
    const cells = Object.keys(kinds).map((k) => {
      const r = result[k][id];
      return r ? `${r.ms4.toFixed(1).padStart(10)} ${r.ratio.toFixed(2).padStart(6)}${r.flag ? ' ⚑' : r.confirm ? ' ?' : '  '}`.padStart(24) : ''.padStart(24);
    });
    log(`  ${id.padEnd(24)} ${cells.join('')}`);
  }
  for (const [kind, rules] of Object.entries(result)) {
    for (const [id, r] of Object.entries(rules)) {
      if (r.confirm) log(`  ${kind}/${id}: above ${FLAG_RATIO}× at n; at 4n and 16n ${r.confirm.ms4} → ${r.confirm.ms16} ms, ratio ${r.confirm.ratio.toFixed(2)} — ${r.flag ? `superlinear (above ${CONFIRM_RATIO}×)` : 'linear (noise at n)'}`);
    }
  }
  log(`  rules above ${FLAG_RATIO}×: ${flagged.length === 0 ? 'none — PASS' : `${flagged.join(', ')} — FAIL`}`);
  return { n: N, rules: result, flagged, pass: flagged.length === 0 };
}

/**
 * Each rule's time on each text, as the checker times it: the fastest of `runs` lints of each,
 * interleaved, each after a garbage collection. The fastest, not the median: on a machine
 * shared with other work, interference only ever adds time, and a collection started by an
 * earlier rule's garbage would be counted against a later one.
 */
function ruleTimes(lib, texts, runs) {
  const gc = collector();
  const prepared = texts.map((text) => {
    const flat = Buffer.from(text, 'utf16le').toString('utf16le');
    const locator = lib.createLocator(flat);
    const outline = lib.parseOutline(flat, { locator });
    return { text: flat, outline, indicators: lib.extractIndicators(flat, outline, locator), locator };
  });
  const times = prepared.map(() => ({}));
  for (let r = 0; r <= runs; r++) {
    prepared.forEach((input, i) => {
      const these = {};
      gc();
      lib.lintReport({ ...input, timing: (id, ms) => (these[id] = (these[id] ?? 0) + ms) });
      if (r > 0) for (const [id, ms] of Object.entries(these)) times[i][id] = Math.min(times[i][id] ?? Infinity, ms);
    });
  }
  return times;
}

/** `gc()`, without starting node with --expose-gc. */
function collector() {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc');
}

/**
 * `unit` repeated and cut to about `bytes` of UTF-8, as one flat string, as a report read from a
 * file is (see measure.mjs textOf; through UTF-16, which keeps the generated control characters
 * and lone surrogates that the UTF-8 decoder would refuse).
 */
function repeatTo(unit, bytes) {
  const text = unit.repeat(Math.ceil(bytes / Buffer.byteLength(unit, 'utf8')));
  const cut = text.slice(0, Math.round((text.length * bytes) / Buffer.byteLength(text, 'utf8')));
  return Buffer.from(cut, 'utf16le').toString('utf16le');
}

const round = (x, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
