// Markdown benchmark: what reading a report as Markdown costs over reading the same bytes as
// plain text (target: a small multiple, the same at 1 MB and 10 MB), on a report of redacted
// names (张*、李**) in single-newline paragraphs, the input that made remark-parse take 21 s per
// MB; 100,000 and 200,000 `##` headings; and the CLI's peak memory under
// --max-old-space-size=256 (node's heap capped at 256 MB), where remark ran out of memory.
//
//   node scripts/bench/markdown.mjs            standalone
//   import run from './bench/markdown.mjs'     from the suite: await run() → figures
import { loadLibrary } from '../library.mjs';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { timePair, timeRuns } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const MB = 1e6;
const MAX_RATIO = 3;
const HEAP_MB = 256;

/** A report of about `bytes` UTF-8 bytes: # title, ## headings, paragraphs of single-newline lines naming redacted people. */
export function redactedReport(bytes) {
  const numerals = '一二三四五六七八九';
  const lines = ['# 某区2025年法治政府建设年度报告', ''];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    let line;
    if (i % 60 === 0) line = `\n## ${numerals[(i / 60) % 9]}、依法办理行政复议案件\n`;
    else if (i % 12 === 0) line = `（${numerals[(i / 12) % 9]}）严格规范公正文明执法`;
    else line = `受理张*、李**、王*等${i}人的复议申请${i % 7}件，依法审结${i % 5}件，*赵**等案正在办理，满意率达9${i % 10}.5%。`;
    lines.push(line);
    size += Buffer.byteLength(line, 'utf8') + 1;
  }
  return lines.join('\n');
}

export default async function run({ log = console.log } = {}) {
  const lib = await loadLibrary();
  const outline = (text, markdown) => lib.parseOutline(text, markdown ? { markdown: lib.markdownStructure(text) } : {});
  const pipeline = (text, markdown) => {
    const locator = lib.createLocator(text);
    const o = lib.parseOutline(text, markdown ? { markdown: lib.markdownStructure(text), locator } : { locator });
    return lib.lintReport({ text, outline: o, indicators: lib.extractIndicators(text, o, locator), locator }).diagnostics.length;
  };

  // The same bytes as Markdown and as text: the outline alone, and the whole pipeline.
  const sizes = {};
  for (const mb of [1, 10]) {
    const text = lib.decode(Buffer.from(redactedReport(mb * MB), 'utf8')).text;
    const runs = mb === 1 ? 7 : 3;
    // Interleaved: the outline of 1 MB takes milliseconds, and the one timed second would find
    // the shared code optimised by the first (7 runs one after the other put the ratio anywhere
    // from 1.8 to 3.2).
    const [mdOutline, txtOutline] = timePair(() => outline(text, true).sections.length, () => outline(text, false).sections.length, mb === 1 ? 31 : 5);
    const mdScan = timeRuns(() => lib.markdownStructure(text).headings.length, runs).ms;
    const [mdWhole, txtWhole] = timePair(() => pipeline(text, true), () => pipeline(text, false), runs);
    sizes[`${mb}MB`] = {
      scanMs: round(mdScan),
      outlineMdMs: round(mdOutline),
      outlineTxtMs: round(txtOutline),
      outlineRatio: round(mdOutline / txtOutline, 2),
      pipelineMdMs: round(mdWhole),
      pipelineTxtMs: round(txtWhole),
      pipelineRatio: round(mdWhole / txtWhole, 2),
    };
  }

  // Many headings: the scan and the outline, and the whole pipeline.
  const headings = {};
  for (const count of [100_000, 200_000]) {
    const text = Array.from({ length: count }, (_, i) => `## 标题${i}`).join('\n');
    headings[`${count / 1000}k`] = {
      mb: round(Buffer.byteLength(text) / MB, 1),
      scanMs: round(timeRuns(() => lib.markdownStructure(text).headings.length, 3).ms),
      outlineMs: round(timeRuns(() => outline(text, true).sections.length, 3).ms),
      pipelineMs: round(timeRuns(() => pipeline(text, true), 1).ms),
    };
  }

  // The CLI under a 256 MB heap: exit status and peak resident memory.
  const scratch = mkdtempSync(join(tmpdir(), 'report-lint-bench-'));
  const capped = {};
  try {
    const files = {
      'redacted 10 MB .md': ['a.md', redactedReport(10 * MB)],
      'redacted 10 MB .txt': ['a.txt', redactedReport(10 * MB)],
      '100k ## headings .md': ['h.md', Array.from({ length: 100_000 }, (_, i) => `## 标题${i}`).join('\n')],
    };
    for (const [name, [file, text]] of Object.entries(files)) {
      const path = join(scratch, file);
      writeFileSync(path, text);
      capped[name] = cappedRun(path);
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }

  const pass =
    Object.values(sizes).every((s) => s.outlineRatio <= MAX_RATIO && s.pipelineRatio <= MAX_RATIO) &&
    Object.values(capped).every((c) => c.ok);
  const result = { sizes, headings, capped, pass };

  log('Markdown against the same bytes as text (redacted names 张*、李** in single-newline paragraphs):');
  for (const [size, s] of Object.entries(sizes)) {
    log(`  ${size}: block scan ${s.scanMs} ms; outline ${s.outlineMdMs} ms (.md) vs ${s.outlineTxtMs} ms (.txt), ratio ${s.outlineRatio}; ` +
      `whole pipeline ${s.pipelineMdMs} vs ${s.pipelineTxtMs} ms, ratio ${s.pipelineRatio} (≤ ${MAX_RATIO})`);
  }
  for (const [n, h] of Object.entries(headings)) {
    log(`  ${n} ## headings (${h.mb} MB): block scan ${h.scanMs} ms, outline ${h.outlineMs} ms, whole pipeline ${h.pipelineMs} ms`);
  }
  for (const [name, c] of Object.entries(capped)) {
    log(`  report-lint ${name} under --max-old-space-size=${HEAP_MB}: ${c.ok ? 'ran' : `FAILED (${c.how})`} in ${c.ms} ms, peak RSS ${c.maxRssMb} MB`);
  }
  log(`  Markdown within ${MAX_RATIO}× of text and no run out of memory: ${pass ? 'PASS' : 'FAIL'}`);
  return result;
}

/** `report-lint <path>` with node's heap capped: whether it finished (exit 0 or 1), its time and peak RSS. */
function cappedRun(path) {
  const bin = join(root, 'bin/report-lint.js');
  const script = `process.on('exit', () => require('node:fs').writeSync(2, '\\nMAXRSS ' + process.resourceUsage().maxRSS + '\\n'));
    process.argv = [process.argv[0], ${JSON.stringify(bin)}, ${JSON.stringify(path)}];
    require(${JSON.stringify(bin)}).loadCli().cli.main(process.argv);`;
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [`--max-old-space-size=${HEAP_MB}`, '-e', script], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = Math.round(performance.now() - t0);
  const stderr = r.stderr.toString();
  const rss = /MAXRSS (\d+)/.exec(stderr);
  const ok = r.status === 0 || r.status === 1;
  const how = r.signal ? `signal ${r.signal}${/heap out of memory/.test(stderr) ? ', out of memory' : ''}` : `exit ${r.status}`;
  return { ok, how, ms, maxRssMb: rss ? Math.round(Number(rss[1]) / 1024) : null };
}

const round = (x, digits = 0) => Math.round(x * 10 ** digits) / 10 ** digits;

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await run();
