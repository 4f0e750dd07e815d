// Lint benchmark (startup of `report-lint lint` is measured with the other commands in
// startup.mjs): throughput of the whole pipeline (outline, extraction, rules) on the seed concatenated to
// ≥ 10 MB (target ≥ 20 MB/s), a linearity check (10× the input at most 12× the time), and 1 MB
// one-line inputs that would expose a backtracking regex in a rule. Reports PASS/FAIL, never throws.
//
//   node scripts/bench/lint.mjs            standalone
//   import run from './bench/lint.mjs'     from the suite: await run() → figures
//
// The library is bundled from src/ into a temporary directory, so the figures never come from a
// stale build.
import { loadLibrary } from '../library.mjs';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { corpusTexts, linearity, median, textOf, timeProcess, timeRuns } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(root, 'fixtures/2025-chengzhong-fazhi.txt');
const MB = 1e6;
const TARGET_MBPS = 20;

export default async function run({ runs = 5, log = console.log } = {}) {
  const lib = await loadLibrary();
  const seed = `${readFileSync(SEED, 'utf8')}\n`;
  const pipeline = (text) => {
    const locator = lib.createLocator(text);
    const outline = lib.parseOutline(text, { locator });
    const indicators = lib.extractIndicators(text, outline, locator);
    return lib.lintReport({ text, outline, indicators, locator });
  };

  // Throughput on ≥ 10 MB: the whole pipeline, and the rules alone on a ready outline.
  const big = textOf(lib, seed, 10 * MB);
  const bytes = Buffer.byteLength(big, 'utf8');
  const whole = timeRuns(() => pipeline(big), runs);
  const locator = lib.createLocator(big);
  const outline = lib.parseOutline(big, { locator });
  const indicators = lib.extractIndicators(big, outline, locator);
  const rules = timeRuns(() => lib.lintReport({ text: big, outline, indicators, locator }), runs);
  const mbps = bytes / MB / (whole.ms / 1000);

  // The real reports of ../shared/corpus, each linted on its own as a batch run does them (the
  // whole pipeline, as above). For information: they have far fewer findings per megabyte than
  // the seed, whose every comma is half-width; the target is on the seed.
  const corpus = corpusTexts(lib);
  let corpusResult = null;
  if (corpus.length > 0) {
    const corpusBytes = corpus.reduce((n, text) => n + Buffer.byteLength(text, 'utf8'), 0);
    const rounds = Math.ceil((5 * MB) / corpusBytes);
    const t = timeRuns(() => {
      let n = 0;
      for (let r = 0; r < rounds; r++) for (const text of corpus) n += pipeline(text).diagnostics.length;
      return n;
    }, runs);
    const mb = (corpusBytes * rounds) / MB;
    corpusResult = { reports: corpus.length, mb: Math.round(mb * 10) / 10, mbps: Math.round((mb / (t.ms / 1000)) * 10) / 10 };
  }

  // Linearity: 1 MB against 10 MB of the same text.
  const one = textOf(lib, seed, MB);
  const ten = textOf(lib, one, 10 * Buffer.byteLength(one, 'utf8'));
  const { ms1x: t1, ms10x: t10 } = linearity(() => pipeline(one).diagnostics.length, () => pipeline(ten).diagnostics.length, runs);

  // What a user waits for: `report-lint big.txt` as a process (the built CLI, cold: read, decode,
  // outline, extraction, rules and the stylish listing of every finding, written to /dev/null).
  const scratch = mkdtempSync(join(tmpdir(), 'report-lint-bench-'));
  const file = join(scratch, 'big.txt');
  writeFileSync(file, big);
  const processMs = [];
  for (let i = 0; i < 3; i++) processMs.push(timeProcess(process.execPath, [join(root, 'bin/report-lint.js'), file]));
  rmSync(scratch, { recursive: true, force: true });
  const cliMs = median(processMs);

  // 1 MB single lines aimed at the rules' patterns.
  const line = (unit) => textOf(lib, unit, MB);
  const pathological = {};
  for (const [name, text] of Object.entries({
    'commas (汉,)': line('汉,'),
    'open brackets (（)': line('（'),
    'quotes (“)': line('“'),
    'stops (。)': line('。'),
    'spaces (汉 )': line('汉 '),
    'X': line('X'),
    'question marks (?)': line('?'),
    '截至目前': line('截至目前'),
    'years (2099年已)': line('2099年已'),
    'clauses (重复，)': line('开展活动5期，'),
    'headings (一、)': line('一、'),
  })) {
    const t = timeRuns(() => pipeline(text), 1);
    pathological[name] = { ms: Math.round(t.ms), diagnostics: t.result.diagnostics.length };
  }
  // Many short lines, no sentence end anywhere: a search per line must stop at its line.
  for (const [name, unit] of Object.entries({ 'short lines (工作汉字↵)': '工作汉字汉字\n', 'short headings (一、标题↵)': '一、工作汉字\n' })) {
    const text = textOf(lib, unit, MB);
    const t = timeRuns(() => pipeline(text), 1);
    pathological[name] = { ms: Math.round(t.ms), diagnostics: t.result.diagnostics.length };
  }
  const worst = Math.max(...Object.values(pathological).map((p) => p.ms));

  const result = {
    inputMB: Math.round((bytes / MB) * 100) / 100,
    diagnostics: whole.result.diagnostics.length,
    pipelineMs: Math.round(whole.ms),
    rulesMs: Math.round(rules.ms),
    mbps: Math.round(mbps * 10) / 10,
    fastestMbps: Math.round((bytes / MB / (whole.fastestMs / 1000)) * 10) / 10,
    cpuMbps: Math.round((bytes / MB / (whole.cpuMs / 1000)) * 10) / 10,
    cliMs: Math.round(cliMs),
    cliMbps: Math.round((bytes / MB / (cliMs / 1000)) * 10) / 10,
    rulesMbps: Math.round((bytes / MB / (rules.ms / 1000)) * 10) / 10,
    throughputPass: mbps >= TARGET_MBPS,
    corpus: corpusResult,
    linearity: { ms1x: Math.round(t1), ms10x: Math.round(t10), ratio: Math.round((t10 / t1) * 100) / 100, pass: t10 / t1 <= 12 },
    pathological,
    pathologicalPass: worst < 2000,
  };

  log(`lint throughput: ${result.inputMB} MB (seed ×${Math.round(big.length / seed.length)}), ${result.diagnostics} diagnostics`);
  log(`  outline + extraction + rules ${result.pipelineMs} ms → ${result.mbps} MB/s (target ≥ ${TARGET_MBPS}) ${result.throughputPass ? 'PASS' : 'FAIL'}` +
    `; fastest run ${result.fastestMbps} MB/s, by CPU time ${result.cpuMbps} MB/s`);
  log(`  the CLI end to end, \`report-lint big.txt\` with its ${result.diagnostics} findings listed: ${result.cliMs} ms → ${result.cliMbps} MB/s (median of 3 cold processes)`);
  log(`  rules alone ${result.rulesMs} ms → ${result.rulesMbps} MB/s`);
  log(corpusResult
    ? `  the ${corpusResult.reports} corpus reports one by one, ${corpusResult.mb} MB in all: ${corpusResult.mbps} MB/s (for information)`
    : '  corpus reports: skipped (../shared/corpus is not here)');
  log(`  linearity (ten 1 MB runs against one 10 MB run, medians): 1× ${result.linearity.ms1x} ms, 10× ${result.linearity.ms10x} ms, ratio ${result.linearity.ratio} (≤ 12) ${result.linearity.pass ? 'PASS' : 'FAIL'}`);
  for (const [name, p] of Object.entries(pathological)) log(`  1 MB ${name.startsWith('short') ? 'of' : 'line of'} ${name}: ${p.ms} ms (${p.diagnostics} diagnostics)`);
  log(`  pathological inputs under 2 s: ${result.pathologicalPass ? 'PASS' : 'FAIL'}`);
  return result;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
