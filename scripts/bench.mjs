// `npm run bench`: builds the bundle, runs every benchmark in scripts/bench/, prints figures and
// ratios, and compares them with the previous run on this machine (.bench/last.json).
// Each benchmark runs in a process of its own, as it does standalone: one that ran before would
// otherwise leave its heap and its type feedback in the functions they share.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
execFileSync(process.execPath, [`${root}scripts/build.mjs`], { stdio: 'inherit' });

const only = process.argv.slice(2);
const names = readdirSync(`${root}scripts/bench`)
  .filter((f) => f.endsWith('.mjs') && f !== 'measure.mjs')
  .map((f) => f.replace(/\.mjs$/, ''))
  .filter((n) => only.length === 0 || only.includes(n))
  .sort((a, b) => (a === 'startup' ? -1 : b === 'startup' ? 1 : a.localeCompare(b)));

const lastPath = `${root}.bench/last.json`;
const last = existsSync(lastPath) ? JSON.parse(readFileSync(lastPath, 'utf8')) : {};
const now = { date: new Date().toISOString(), node: process.version };
const scratch = mkdtempSync(join(tmpdir(), 'report-lint-bench-'));
for (const name of names) {
  const out = join(scratch, `${name}.json`);
  const module = pathToFileURL(`${root}scripts/bench/${name}.mjs`).href;
  const script = `const { default: run } = await import(${JSON.stringify(module)});
    const { writeFileSync } = await import('node:fs');
    writeFileSync(${JSON.stringify(out)}, JSON.stringify(await run()));`;
  execFileSync(process.execPath, ['--input-type=module', '-e', script], { stdio: 'inherit' });
  now[name] = JSON.parse(readFileSync(out, 'utf8'));
  console.log('');
}
rmSync(scratch, { recursive: true, force: true });

console.log(`compared with the previous run (${last.date ?? 'none'}):`);
for (const [path, value] of flatten(now)) {
  const before = flatten(last).get(path);
  if (typeof value !== 'number' || typeof before !== 'number' || before === 0) continue;
  if (!/ms|mbps|ratio/i.test(path)) continue;
  console.log(`  ${path.padEnd(40)} ${before.toFixed(2)} → ${value.toFixed(2)}  (${((value / before - 1) * 100).toFixed(0)}%)`);
}
mkdirSync(`${root}.bench`, { recursive: true });
writeFileSync(lastPath, JSON.stringify(now, null, 2));

function flatten(obj, prefix = '', out = new Map()) {
  for (const [k, v] of Object.entries(obj ?? {})) {
    if (v && typeof v === 'object') flatten(v, `${prefix}${k}.`, out);
    else out.set(`${prefix}${k}`, v);
  }
  return out;
}
