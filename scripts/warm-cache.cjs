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

(async () => {
  const { cli, saveCache } = loadCli(true);
  for (const args of runs) await cli.run(['node', 'report-lint', ...args], quiet);
  saveCache(true);
})().catch((error) => {
  process.stderr.write(`report-lint build: no code cache (${error.message})\n`);
});
