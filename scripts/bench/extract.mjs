// Extraction benchmark: throughput on the seed report concatenated to ≥ 10 MB, a linearity check
// (10× the input may take at most 12× the time) and timings on pathological one-line inputs that
// would expose a backtracking regex. Never throws on a slow result: it reports PASS/FAIL.
//
//   node scripts/bench/extract.mjs          standalone
//   import run from './bench/extract.mjs'   from the benchmark suite: await run() → result object
//
// The extractor is bundled from src/ with esbuild into a temporary directory, so the figures do
// not depend on a stale dist/.
import { loadLibrary } from '../library.mjs';
import { corpusTexts, linearity, textOf, timeRuns } from './measure.mjs';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MB = 1e6;
const TARGET_MBPS = 50;

export default async function run({ runs = 7, log = console.log } = {}) {
  const lib = await loadLibrary();
  const seed = readFileSync(join(root, 'fixtures/2025-chengzhong-fazhi.txt'), 'utf8') + '\n';

  // Throughput on ≥ 10 MB, outline parsed beforehand (it is not extraction).
  const big = textOf(lib, seed, 10 * MB);
  const bigBytes = Buffer.byteLength(big, 'utf8');
  const bigOutline = lib.parseOutline(big);
  const full = timeRuns(() => lib.extractIndicators(big, bigOutline).length, runs);
  const scanOnly = timeRuns(() => lib.scanIndicators(big).length, runs);
  const mbps = bigBytes / MB / (full.ms / 1000);
  const cpuMbps = bigBytes / MB / (full.cpuMs / 1000);

  // The real reports of ../shared/corpus, each extracted on its own as a batch run does them:
  // less dense in figures than the seed (a 政府工作报告 is mostly prose). For information; the
  // target is on the seed.
  const corpus = corpusTexts(lib);
  let corpusResult = null;
  if (corpus.length > 0) {
    const docs = corpus.map((text) => ({ text, outline: lib.parseOutline(text) }));
    const bytes = corpus.reduce((n, text) => n + Buffer.byteLength(text, 'utf8'), 0);
    const rounds = Math.ceil((5 * MB) / bytes);
    const t = timeRuns(() => {
      let n = 0;
      for (let r = 0; r < rounds; r++) for (const d of docs) n += lib.extractIndicators(d.text, d.outline).length;
      return n;
    }, runs);
    corpusResult = { reports: corpus.length, mb: Math.round(((bytes * rounds) / MB) * 10) / 10, mbps: Math.round((((bytes * rounds) / MB) / (t.ms / 1000)) * 10) / 10 };
  }

  // Linearity: 1 MB against 10 MB of the same text.
  const one = textOf(lib, seed, 1 * MB);
  const ten = textOf(lib, one, 10 * Buffer.byteLength(one, 'utf8'));
  const oneOutline = lib.parseOutline(one);
  const tenOutline = lib.parseOutline(ten);
  const { ms1x: t1, ms10x: t10, ratio } = linearity(() => lib.extractIndicators(one, oneOutline).length, () => lib.extractIndicators(ten, tenOutline).length, runs);

  // Pathological single lines of 1 MB: what a catastrophic regex would choke on.
  const line = (unit) => textOf(lib, unit, MB);
  const pathological = {};
  for (const [name, text] of Object.entries({
    digits: line('1'),
    余: line('余'),
    commas: line(','),
    'digit-commas (1,)': line('1,'),
    'Chinese numerals (一)': line('一'),
    'number+余 (1余)': line('1余'),
    'full-width digits': line('１'),
    'dashes (1—)': line('1—'),
    'quotes and numerals (“一”)': line('“一”'),
    'indicators (5件,)': line('5件,'),
    'fractions (三分之)': line('三分之'),
    'tenths (九成)': line('九成'),
  })) {
    const t = timeRuns(() => lib.scanIndicators(text).length, 3);
    pathological[name] = { ms: Math.round(t.ms * 10) / 10, indicators: t.result };
  }
  const worst = Math.max(...Object.values(pathological).map((p) => p.ms));

  const result = {
    inputMB: Math.round((bigBytes / MB) * 100) / 100,
    indicators: full.result,
    extractMs: Math.round(full.ms),
    extractMinMs: Math.round(full.fastestMs),
    mbpsBest: Math.round((bigBytes / MB / (full.fastestMs / 1000)) * 10) / 10,
    scanMs: Math.round(scanOnly.ms),
    mbps: Math.round(mbps * 10) / 10,
    cpuMbps: Math.round(cpuMbps * 10) / 10,
    throughputPass: mbps >= TARGET_MBPS,
    linearity: { ms1x: Math.round(t1 * 10) / 10, ms10x: Math.round(t10 * 10) / 10, ratio: Math.round(ratio * 100) / 100, pass: ratio <= 12 },
    pathological,
    pathologicalPass: worst < 1000,
    corpus: corpusResult,
  };

  log(`extract: ${result.inputMB} MB (seed ×${Math.round(big.length / seed.length)}), ${result.indicators} indicators`);
  log(`  extractIndicators ${result.extractMs} ms → ${result.mbps} MB/s (target ≥ ${TARGET_MBPS}) ${result.throughputPass ? 'PASS' : 'FAIL'}` +
    `; fastest run ${result.extractMinMs} ms → ${result.mbpsBest} MB/s; by CPU time ${Math.round(full.cpuMs)} ms → ${result.cpuMbps} MB/s`);
  log(`  scanIndicators alone ${result.scanMs} ms`);
  log(corpusResult
    ? `  the ${corpusResult.reports} corpus reports one by one, ${corpusResult.mb} MB in all: ${corpusResult.mbps} MB/s (for information)`
    : '  corpus reports: skipped (../shared/corpus is not here)');
  log(`  linearity (ten 1 MB runs against one 10 MB run, medians): 1× ${result.linearity.ms1x} ms, 10× ${result.linearity.ms10x} ms, ratio ${result.linearity.ratio} (≤ 12) ${result.linearity.pass ? 'PASS' : 'FAIL'}`);
  for (const [name, p] of Object.entries(pathological)) log(`  1 MB line of ${name}: ${p.ms} ms (${p.indicators} indicators)`);
  log(`  pathological inputs under 1 s: ${result.pathologicalPass ? 'PASS' : 'FAIL'}`);
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  await run();
}
