#!/usr/bin/env node
'use strict';
// Tiny launcher. The CLI is one CommonJS bundle, dist/cli.cjs, built by `npm ci` (the prepare
// script). Compiling it was most of report-lint's startup, so it is loaded with a code cache:
// - Node with module.enableCompileCache (≥ 22.8): Node's own compile cache, kept in the user's
//   cache directory ($XDG_CACHE_HOME/report-lint, else ~/.cache/report-lint);
// - older Node: V8's code cache through vm.Script, dist/cli.<tag>.cache, made at build time by a
//   warm-up run (scripts/warm-cache.cjs) for the build's Node and flags. A run under other flags
//   (NODE_OPTIONS) or another Node keeps its cache in the user's cache directory, made there,
//   atomically, when missing or rejected.
// dist/ is the build's: a user's run never writes into it. No V8 flag is set at run time (Node
// documents setting them after start-up as unsafe, and none bought a measurable gain).
// CommonJS because an ES module entry alone costs a Node CLI ~12 ms of loader start-up.
const fs = require('node:fs');
const path = require('node:path');

const DIST = path.join(__dirname, '..', 'dist');
const BUNDLE = path.join(DIST, 'cli.cjs');

function userCacheDir() {
  const home = process.env.XDG_CACHE_HOME || path.join(require('node:os').homedir(), '.cache');
  return path.join(home, 'report-lint');
}

// V8 rejects a cache made by another Node version or under other V8 flags; one file per such
// setting keeps two settings from rewriting each other's cache on every run.
function cacheTag() {
  const setting = `${process.version} ${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;
  let hash = 0x811c9dc5;
  for (let i = 0; i < setting.length; i++) hash = Math.imul(hash ^ setting.charCodeAt(i), 0x01000193);
  return (hash >>> 0).toString(36);
}

/**
 * Loads the bundle; `forBuild`: the build's warm-up, the one run that makes dist/'s cache (and
 * uses V8's code cache on every Node, so that the build has a cache to write).
 */
function loadCli(forBuild = false) {
  const { enableCompileCache } = require('node:module');
  if (!forBuild && typeof enableCompileCache === 'function') {
    // Node keeps one cache per Node version and file, checks it and writes what is missing at exit.
    try {
      enableCompileCache(path.join(userCacheDir(), 'compile-cache'));
    } catch {
      // No cache directory: the run compiles.
    }
    return { cli: require(BUNDLE), saveCache() {} };
  }
  return loadThroughScript(forBuild);
}

function loadThroughScript(forBuild) {
  const vm = require('node:vm');
  const { wrap } = require('node:module');
  const tag = cacheTag();
  const built = path.join(DIST, `cli.${tag}.cache`);
  // The build writes the bundle in ASCII (scripts/ascii-bundle.mjs): read one byte a character,
  // without decoding UTF-8 into a string of two bytes a character.
  const source = fs.readFileSync(BUNDLE, 'latin1');
  let cachedData;
  let cache = forBuild ? built : null;
  if (!forBuild) {
    // The build's cache first; where it is missing (another Node or flags), the user's.
    for (const candidate of [built, path.join(userCacheDir(), `cli.${tag}.cache`)]) {
      try {
        cachedData = fs.readFileSync(candidate);
        cache = candidate;
        break;
      } catch {
        cachedData = undefined;
      }
    }
  }
  const script = new vm.Script(wrap(source), { filename: BUNDLE, cachedData });
  const mod = { exports: {} };
  script.runInThisContext().call(mod.exports, mod.exports, require, mod, BUNDLE, DIST);
  // Code run from a vm.Script cannot import(); the bundle's on-demand packages load through here.
  globalThis.__reportLintImport = (specifier) => import(specifier);
  const stale = cachedData === undefined || script.cachedDataRejected;
  // A stale cache of the build's is replaced in the user's directory, never in dist/.
  if (!forBuild && (cache === null || cache === built)) cache = path.join(userCacheDir(), `cli.${tag}.cache`);
  return {
    cli: mod.exports,
    /** Writes the code cache (after a run, so it holds the functions that run compiled). */
    saveCache(force = false) {
      // A long run set V8's flags for throughput (src/cli/throughput.ts): a cache made now would
      // carry them, and the next run, started under the defaults, would reject it.
      if (!force && (!stale || mod.exports.tunedForThroughput?.())) return;
      const temp = `${cache}.${process.pid}.tmp`;
      try {
        if (!forBuild) fs.mkdirSync(path.dirname(cache), { recursive: true });
        fs.writeFileSync(temp, script.createCachedData());
        fs.renameSync(temp, cache);
      } catch {
        // A read-only home just runs without the cache.
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
