// One 10 MB report through the CLI, single thread, output to a file (issue 15's figures): lint
// (stylish and JSON) and extract (JSONL), whole processes timed from outside, medians of
// interleaved runs. Two reports: the seed repeated (dense: every comma half-width, a finding
// every 70 bytes), on which the targets are set, and the corpus's reports one after another (real
// prose, for information).
import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { loadLibrary } from '../library.mjs';
import { corpusTexts, fmt, median, textOf, timeProcess } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(root, 'bin/report-lint.js');
const MB = 1 << 20;
// MB/s, on the seed: lint as a drafter runs it, extract as a data team does.
const TARGETS = { lint: 20, 'extract -f jsonl': 30 };

const COMMANDS = {
  lint: (file) => [file],
  'lint -f json': (file) => [file, '--format', 'json'],
  'extract -f jsonl': (file) => ['extract', file, '--format', 'jsonl'],
};

export default async function run({ runs = Number(process.env.BENCH_RUNS ?? 3), log = console.log } = {}) {
  const lib = await loadLibrary();
  const scratch = mkdtempSync(join(tmpdir(), 'report-lint-one-'));
  const reports = { seed: textOf(lib, `${readFileSync(join(root, 'fixtures/2025-chengzhong-fazhi.txt'), 'utf8')}\n`, 10 * MB) };
  // Reports that end with an annex (名词解释, 附注) are left out: in one long file the annex runs on
  // to the end, and a glossary is not scanned for figures, so it would hide every report after it
  // (Sichuan's 名词解释 left 5 312 of its 34 000 figures).
  const corpus = corpusTexts(lib).filter((text) => !lib.parseOutline(text).sections.some((s) => s.style === 'annex'));
  if (corpus.length > 0) reports.corpus = textOf(lib, `${corpus.join('\n')}\n`, 10 * MB);
  const results = {};
  try {
    for (const [name, text] of Object.entries(reports)) {
      const file = join(scratch, `${name}.txt`);
      writeFileSync(file, text);
      const mb = Buffer.byteLength(text, 'utf8') / MB;
      const times = Object.fromEntries(Object.keys(COMMANDS).map((c) => [c, []]));
      for (let i = 0; i <= runs; i++) {
        for (const [command, args] of Object.entries(COMMANDS)) {
          const out = openSync(join(scratch, 'out'), 'w');
          try {
            const ms = timeProcess(process.execPath, [BIN, ...args(file)], { stdio: ['ignore', out, 'pipe'] });
            if (i > 0) times[command].push(ms); // the first round warms the disk cache
          } finally {
            closeSync(out);
          }
        }
      }
      log(`one ${fmt(mb)} MB report (${name === 'seed' ? 'the seed repeated' : 'the corpus, report after report'}), CLI end to end, output to a file, medians of ${runs}`);
      results[name] = {};
      for (const [command, list] of Object.entries(times)) {
        const ms = median(list);
        const mbps = mb / (ms / 1000);
        const target = name === 'seed' ? TARGETS[command] : undefined;
        const verdict = target === undefined ? '' : `  (target ≥ ${target}) ${mbps >= target ? 'PASS' : 'FAIL'}`;
        results[name][command] = { ms: Math.round(ms), mbps: Math.round(mbps * 10) / 10 };
        log(`  ${command.padEnd(18)} ${fmt(ms, 0).padStart(6)} ms  ${fmt(mbps).padStart(5)} MB/s${verdict}`);
      }
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  return results;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
