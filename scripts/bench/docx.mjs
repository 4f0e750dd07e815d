// Word benchmark: `report-lint lint` on a 50-page .docx against the same report as .txt (target:
// the .docx costs under 100 ms more), end to end, median of interleaved runs. The .docx is made
// with the docx library (a dev dependency) from the seed's paragraphs, repeated to 50 pages of
// 仿宋 三号 (about 700 characters a page), with runs split as Word saves them.
//
//   node scripts/bench/docx.mjs            standalone
//   import run from './bench/docx.mjs'     from the suite: await run() → figures
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { compareProcesses, fmt } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SEED = join(root, 'fixtures/2025-chengzhong-fazhi.txt');
const BIN = join(root, 'bin/report-lint.js');
const PAGES = 50;
const CHARS_A_PAGE = 700;
const TARGET_MS = 100;

export default async function run({ log = console.log } = {}) {
  const { Document, Packer, Paragraph, TextRun } = await import('docx');
  const seed = readFileSync(SEED, 'utf8').split('\n').filter((l) => l.trim() !== '');
  const lines = [];
  for (let n = 0, i = 0; n < PAGES * CHARS_A_PAGE; i++) {
    const line = seed[i % seed.length];
    lines.push(line);
    n += line.length;
  }
  // Word splits a paragraph into runs at every edit and change of language: about one per clause.
  const runsOf = (line) => line.split(/(?<=[，。；])/).map((s) => new TextRun({ text: s, font: '仿宋', size: 32 }));
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: runsOf(l) })) }] });
  const dir = mkdtempSync(join(tmpdir(), 'report-lint-bench-docx-'));
  try {
    const docx = join(dir, 'report.docx');
    const txt = join(dir, 'report.txt');
    writeFileSync(docx, await Packer.toBuffer(doc));
    writeFileSync(txt, lines.join('\n'));
    const medians = compareProcesses({
      txt: [process.execPath, [BIN, 'lint', txt]],
      docx: [process.execPath, [BIN, 'lint', docx]],
    });
    const extra = medians.docx - medians.txt;
    log(`docx (${PAGES} pages, ${lines.join('\n').length} characters, ${lines.length} paragraphs; median of 21 interleaved runs; target ≤ +${TARGET_MS} ms)`);
    log(`  report-lint lint report.txt    ${fmt(medians.txt)} ms`);
    log(`  report-lint lint report.docx   ${fmt(medians.docx)} ms  +${fmt(extra)} ms  ${extra <= TARGET_MS ? 'PASS' : 'OVER TARGET'}`);
    return { txtMs: medians.txt, docxMs: medians.docx, extraMs: extra };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await run();
