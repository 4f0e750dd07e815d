'use strict';
// Runs the built CLI once over the seed in each command, in one process, then writes V8's code
// cache for the bundle (dist/cli.<tag>.cache): the launcher then skips compiling what these runs
// compiled. Part of the build; a failure here leaves a working CLI without a cache.
const path = require('node:path');
const { loadCli } = require('../bin/report-lint.js');

const root = path.join(__dirname, '..');
const seed = path.join(root, 'fixtures/2025-chengzhong-fazhi.txt');
const quiet = { stdout() {}, stderr() {}, color: false, env: {}, cwd: root, progress: null };
const runs = [
  ['lint', seed],
  ['lint', seed, '--format', 'json'],
  ['extract', seed],
  ['extract', seed, '--format', 'jsonl'],
  ['outline', seed],
  ['diff', seed, seed],
];

/**
 * The seed as a Word file, made with the docx library where it is installed (a development
 * install): linting it compiles the Word reader into the cache too. Null without the library.
 */
async function seedAsWord() {
  let docx;
  try {
    docx = require('docx');
  } catch {
    return null;
  }
  const fs = require('node:fs');
  const os = require('node:os');
  const { Document, Packer, Paragraph, TextRun } = docx;
  const lines = fs.readFileSync(seed, 'utf8').split('\n');
  const doc = new Document({ sections: [{ children: lines.map((l) => new Paragraph({ children: l.split(/(?<=[，。,])/).map((s) => new TextRun(s)) })) }] });
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'report-lint-warm-'));
  const file = path.join(dir, 'seed.docx');
  fs.writeFileSync(file, await Packer.toBuffer(doc));
  return { file, dir };
}

(async () => {
  const { cli, saveCache } = loadCli(true);
  for (const args of runs) await cli.run(['node', 'report-lint', ...args], quiet);
  const word = await seedAsWord().catch(() => null);
  if (word) {
    try {
      await cli.run(['node', 'report-lint', 'lint', word.file], quiet);
      await cli.run(['node', 'report-lint', 'lint', word.file, '--format', 'json'], quiet);
    } finally {
      require('node:fs').rmSync(word.dir, { recursive: true, force: true });
    }
  }
  saveCache(true);
})().catch((error) => {
  process.stderr.write(`report-lint build: no code cache (${error.message})\n`);
});
