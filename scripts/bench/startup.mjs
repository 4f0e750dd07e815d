// Startup: `report-lint <command>` on the seed against `node -e 0`, the floor any Node CLI pays.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { compareProcesses, fmt } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const SEED = `${root}fixtures/2025-chengzhong-fazhi.txt`;
const BIN = `${root}bin/report-lint.js`;
// Issue 15: lint on the seed ≤ 1.3× the floor (it was 1.5 before).
const TARGET = 1.3;

export default async function startup({ commands = ['outline', 'extract', 'lint'] } = {}) {
  const available = commands.filter((c) => hasCommand(c));
  const runs = Object.fromEntries([
    ['node -e 0', [process.execPath, ['-e', '0']]],
    ...available.map((c) => [`report-lint ${c}`, [process.execPath, [BIN, c, SEED]]]),
  ]);
  const medians = compareProcesses(runs);
  const base = medians['node -e 0'];
  const results = {};
  console.log(`startup (median of 21 interleaved runs; target ≤ ${TARGET}× node -e 0)`);
  console.log(`  ${'node -e 0'.padEnd(24)} ${fmt(base)} ms`);
  for (const c of available) {
    const ms = medians[`report-lint ${c}`];
    const ratio = ms / base;
    results[c] = { ms, ratio };
    console.log(`  ${`report-lint ${c}`.padEnd(24)} ${fmt(ms)} ms  ${fmt(ratio, 2)}×  ${ratio <= TARGET ? 'PASS' : 'OVER TARGET'}`);
  }
  return { nodeMs: base, ...results };
}

/** A command not built yet (its issue still open) is left out rather than failing the bench. */
function hasCommand(name) {
  const help = spawnSync(process.execPath, [BIN, '--help'], { encoding: 'utf8' }).stdout;
  return new RegExp(`^  ${name}\\b`, 'm').test(help);
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await startup();
