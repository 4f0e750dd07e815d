// Batches of reports (issue 15): a directory of the shared corpus repeated to 20 MB, linted and
// extracted (JSONL) with one thread and with one per core (--jobs), with --cache (first run,
// then the re-run), and side by side with autocorrect (a Rust linter of spacing and punctuation)
// when its npm package is installed. Then 10 MB against 100 MB (linear?) and the peak memory of
// extracting 100 MB to JSONL. Whole processes timed from outside, medians of interleaved runs.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { fmt, median, timeProcess } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(root, 'bin/report-lint.js');
const AUTOCORRECT = join(root, 'node_modules/autocorrect-node/cli.js');
const MB = 1 << 20;

function corpusDir() {
  const candidates = [process.env.REPORT_LINT_CORPUS, join(root, '../shared/corpus')].filter(Boolean);
  return candidates.find((d) => existsSync(join(d, 'MANIFEST.tsv'))) ?? null;
}

/** The corpus's reports copied, in rounds, into a new directory until it holds `bytes`. */
function repeatedCorpus(corpus, bytes) {
  const files = readFileSync(join(corpus, 'MANIFEST.tsv'), 'utf8').split(/\r?\n/).slice(1).map((l) => l.split('\t')[0]).filter(Boolean);
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-batch-'));
  let size = 0;
  for (let round = 0; size < bytes; round++) {
    const sub = join(dir, String(round).padStart(3, '0'));
    mkdirSync(sub);
    for (const f of files) {
      copyFileSync(join(corpus, f), join(sub, f));
      size += statSync(join(sub, f)).size;
      if (size >= bytes) break;
    }
  }
  return { dir, size };
}

/** Medians of `runs` interleaved runs of each command (after one warm-up run each). */
function interleaved(commands, runs) {
  const times = Object.fromEntries(Object.keys(commands).map((k) => [k, []]));
  for (const [cmd, args, before] of Object.values(commands)) {
    before?.();
    timeProcess(cmd, args, { stdio: ['ignore', 'ignore', 'ignore'] });
  }
  for (let i = 0; i < runs; i++) {
    for (const [name, [cmd, args, before]] of Object.entries(commands)) {
      before?.();
      times[name].push(timeProcess(cmd, args, { stdio: ['ignore', 'ignore', 'pipe'] }));
    }
  }
  return Object.fromEntries(Object.entries(times).map(([k, v]) => [k, median(v)]));
}

/**
 * One shell command running `node BIN <command> <half> --jobs 1` for each half of the rounds at
 * once: two independent processes, each warming its own V8, as two worker lanes do. What they
 * gain over one process is what this machine's cores give report-lint's work, whatever the pool.
 */
function halvesAtOnce(node, dir, command) {
  const rounds = readdirSync(dir).sort().map((r) => join(dir, r));
  const halves = [rounds.slice(0, rounds.length >> 1), rounds.slice(rounds.length >> 1)];
  const quote = (s) => `'${s.replace(/'/g, `'\\''`)}'`;
  const run = (half) => [node, BIN, ...command.slice(0, 1), ...half, ...command.slice(1), '--jobs', '1'].map(quote).join(' ');
  return ['/bin/sh', ['-c', `${run(halves[0])} >/dev/null & ${run(halves[1])} >/dev/null; wait`]];
}

/** Peak resident memory (MB) of a whole run, threads included, as GNU time reports it. */
function peakRss(args) {
  if (!existsSync('/usr/bin/time')) return null;
  const r = spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, BIN, ...args], { stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
  const kb = Number(r.stderr.trim().split('\n').pop());
  return Number.isFinite(kb) ? kb / 1024 : null;
}

export default async function run() {
  const corpus = corpusDir();
  if (!corpus) {
    console.log('batch: skipped (the shared corpus is not here: ../shared/corpus or $REPORT_LINT_CORPUS)');
    return {};
  }
  const runs = Number(process.env.BENCH_RUNS ?? 5);
  const cores = availableParallelism();
  const twenty = repeatedCorpus(corpus, 20 * MB);
  const cache = join(twenty.dir, '..', `${twenty.dir.split('/').pop()}.cache`);
  const node = process.execPath;
  const haveAutocorrect = existsSync(AUTOCORRECT);
  if (!haveAutocorrect) console.log('batch: autocorrect skipped (autocorrect-node, a dev dependency, is not installed: run npm ci)');
  // The default is one worker per core but one (jobsOf); on 2 cores that is this thread alone, so
  // the threaded runs take every core, to show what threads do here.
  const defaultJobs = Math.max(1, cores - 1);
  const parallel = defaultJobs > 1 ? defaultJobs : cores;
  const t = interleaved(
    {
      lintJobs1: [node, [BIN, 'lint', twenty.dir, '--jobs', '1']],
      lint: [node, [BIN, 'lint', twenty.dir, '--jobs', String(parallel)]],
      extractJobs1: [node, [BIN, 'extract', twenty.dir, '-f', 'jsonl', '--jobs', '1']],
      extract: [node, [BIN, 'extract', twenty.dir, '-f', 'jsonl', '--jobs', String(parallel)]],
      lintHalves: halvesAtOnce(node, twenty.dir, ['lint']),
      cacheFirst: [node, [BIN, 'lint', twenty.dir, '--cache', '--cache-location', cache], () => rmSync(cache, { force: true })],
      cacheSecond: [node, [BIN, 'lint', twenty.dir, '--cache', '--cache-location', cache]],
      // autocorrect's JSON output, its machine format: its default (a coloured diff) costs seconds and
      // a gigabyte on one long line (the twice-scraped 2014 report alone: 3.9 s, 1.2 GB), which
      // would time its printer, not its linter.
      ...(haveAutocorrect ? { autocorrect: [node, [AUTOCORRECT, '--lint', '--format', 'json', twenty.dir]] } : {}),
    },
    runs,
  );
  const mb = twenty.size / MB;
  console.log(`batch: ${fmt(mb)} MB of the corpus repeated, ${cores} cores, medians of ${runs}`);
  const line = (name, ms) => console.log(`  ${name.padEnd(34)} ${fmt(ms, 0).padStart(7)} ms  ${fmt(mb / (ms / 1000)).padStart(6)} MB/s`);
  line('lint --jobs 1', t.lintJobs1);
  line(`lint --jobs ${parallel}`, t.lint);
  line('extract -f jsonl --jobs 1', t.extractJobs1);
  line(`extract -f jsonl --jobs ${parallel}`, t.extract);
  line('lint, two processes on halves', t.lintHalves);
  line('lint --cache, first run', t.cacheFirst);
  line('lint --cache, re-run', t.cacheSecond);
  if (haveAutocorrect) line('autocorrect --lint --format json', t.autocorrect);
  const ratios = {
    jobsLintRatio: t.lintJobs1 / t.lint,
    jobsExtractRatio: t.extractJobs1 / t.extract,
    // The ceiling --jobs could reach here: two whole processes side by side, against one.
    halvesLintRatio: t.lintJobs1 / t.lintHalves,
    cacheRatio: t.cacheFirst / t.cacheSecond,
    // Against autocorrect, report-lint as run by default (--jobs as jobsOf chooses).
    ...(haveAutocorrect ? { lintVsAutocorrectRatio: t.autocorrect / (defaultJobs > 1 ? t.lint : t.lintJobs1), extractVsAutocorrectRatio: t.autocorrect / (defaultJobs > 1 ? t.extract : t.extractJobs1) } : {}),
  };
  console.log(`  --jobs ${parallel} vs 1: lint ${fmt(ratios.jobsLintRatio, 2)}×, extract ${fmt(ratios.jobsExtractRatio, 2)}×; cached re-run ${fmt(ratios.cacheRatio, 1)}× faster (target ≥ 10)`);
  console.log(`  two processes on halves vs one process (what the cores give, whatever the pool): lint ${fmt(ratios.halvesLintRatio, 2)}×`);
  if (haveAutocorrect) console.log(`  vs autocorrect: lint ${fmt(ratios.lintVsAutocorrectRatio, 2)}× (target ≥ 3), extract ${fmt(ratios.extractVsAutocorrectRatio, 2)}× (target ≥ 4)`);
  rmSync(twenty.dir, { recursive: true, force: true });
  rmSync(cache, { force: true });

  // Linear in size, bounded in memory: 10 MB against 100 MB, extract to JSONL (it streams).
  const ten = repeatedCorpus(corpus, 10 * MB);
  const hundred = repeatedCorpus(corpus, 100 * MB);
  const scale = interleaved(
    { ten: [node, [BIN, 'extract', ten.dir, '-f', 'jsonl']], hundred: [node, [BIN, 'extract', hundred.dir, '-f', 'jsonl']] },
    Math.max(1, Math.min(runs, 3)),
  );
  const linearRatio = scale.hundred / scale.ten;
  const peakMb = peakRss(['extract', hundred.dir, '-f', 'jsonl']);
  console.log(`  extract -f jsonl: 10 MB ${fmt(scale.ten, 0)} ms, 100 MB ${fmt(scale.hundred, 0)} ms: ${fmt(linearRatio, 2)}× (target ≤ 11)`);
  console.log(`  peak RSS extracting 100 MB to JSONL: ${peakMb === null ? 'not measured (no /usr/bin/time)' : `${fmt(peakMb, 0)} MB (target < 300)`}`);
  rmSync(ten.dir, { recursive: true, force: true });
  rmSync(hundred.dir, { recursive: true, force: true });
  return { mb, cores, ms: t, ratios: { ...ratios, linearRatio }, peakRssMb: peakMb };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
