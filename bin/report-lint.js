#!/usr/bin/env node
'use strict';
// Tiny launcher. The CLI is one CommonJS bundle, dist/cli.cjs, built by `npm ci` (the prepare
// script). Compiling it was most of report-lint's startup, so it is loaded through V8's code
// cache: dist/cli.<tag>.cache, made at build time by a warm-up run for the build's Node and
// flags. A run under other flags (NODE_OPTIONS) or another Node keeps its cache in the user's
// cache directory ($XDG_CACHE_HOME/report-lint, else ~/.cache/report-lint), made there,
// atomically, when missing or rejected: dist/ is the build's, and a run adds nothing to it.
// CommonJS because an ES module entry alone costs a Node CLI ~12 ms of loader start-up.
const fs = require('node:fs');
const path = require('node:path');
const vm = require('node:vm');
const { wrap } = require('node:module');

// Regexes are compiled straight to machine code. By default V8 first interprets each regex and
// compiles it again once it is reused: a run over one report paid for both compilations of some
// two hundred regexes, about a tenth of its start-up, and a long report gains nothing from the
// interpreter. Set before the bundle loads, so the code cache is made and checked under it.
require('node:v8').setFlagsFromString('--no-regexp-tier-up');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'cli.cjs');
// V8 rejects a cache made by another Node version or under other V8 flags; one file per such
// setting keeps two settings from rewriting each other's cache on every run.
const TAG = cacheTag();
const BUILT_CACHE = path.join(DIST, `cli.${TAG}.cache`);

/** Where this run's cache is read from and, when stale, written to. */
function cachePath(forBuild) {
  if (forBuild || fs.existsSync(BUILT_CACHE)) return BUILT_CACHE;
  const home = process.env.XDG_CACHE_HOME || path.join(require('node:os').homedir(), '.cache');
  return path.join(home, 'report-lint', `cli.${TAG}.cache`);
}

function cacheTag() {
  const setting = `${process.version} ${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < setting.length; i++) hash = Math.imul(hash ^ setting.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/** Loads the bundle; `forBuild`: the build's warm-up, which makes dist/'s cache. */
function loadCli(forBuild = false) {
  const source = fs.readFileSync(BUNDLE, 'utf8');
  const CACHE = cachePath(forBuild);
  let cachedData;
  try {
    cachedData = fs.readFileSync(CACHE);
  } catch {
    cachedData = undefined;
  }
  const script = new vm.Script(wrap(source), { filename: BUNDLE, cachedData });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, require, mod, BUNDLE, DIST);
  // Code run from a vm.Script cannot import(); the bundle's on-demand packages load through here.
  globalThis.__reportLintImport = (specifier) => import(specifier);
  const stale = cachedData === undefined || script.cachedDataRejected;
  return {
    cli: mod.exports,
    /** Writes the code cache (after a run, so it holds the functions that run compiled). */
    saveCache(force = false) {
      if (!force && !stale) return;
      const temp = `${CACHE}.${process.pid}.tmp`;
      try {
        if (CACHE !== BUILT_CACHE) fs.mkdirSync(path.dirname(CACHE), { recursive: true });
        fs.writeFileSync(temp, script.createCachedData());
        fs.renameSync(temp, CACHE);
      } catch {
        // A read-only install or home just runs without the cache.
        fs.rmSync(temp, { force: true });
      }
    },
  };
}

module.exports = { loadCli };

if (require.main === module) {
  let loaded;
  try {
    loaded = loadCli();
  } catch (error) {
    const missing = error && error.code === 'ENOENT';
    process.stderr.write(missing ? 'report-lint: the CLI is not built; run `npm ci` or `npm run build`\n' : `report-lint: ${error}\n`);
    process.exitCode = 2;
    return;
  }
  process.once('exit', () => loaded.saveCache());
  loaded.cli.main(process.argv);
}
