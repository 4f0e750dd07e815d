// Bundles report-lint with esbuild. Run by `npm ci` (prepare), by the test setup and before
// benchmarks.
//
// - dist/cli.cjs: the whole CLI, one CommonJS file, loaded by bin/report-lint.js through V8's
//   code cache (dist/cli.<tag>.cache, written by scripts/warm-cache.cjs below). Compiling JavaScript
//   was most of startup; with the cache a run deserialises instead of compiling.
// - dist/index.js: the library, one ES module with no node builtin; its declarations are dist/types.
// - dist/report-lint.html: the offline page, the core and src/web bundled for the browser into one
//   HTML file (what `report-lint web` writes).
// Packages needed only sometimes (rehype for web pages, unpdf (pdf.js) for PDF files, iconv-lite
// to write GB18030, chalk on a terminal, diff for --fix-dry-run, fflate for Word files) stay
// external and load from node_modules on demand.
import { build } from 'esbuild';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { asciiBundle } from './ascii-bundle.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
// Loaded when a run needs them, by import(); node:v8 by a long run only (src/cli/throughput.ts).
const ON_DEMAND = ['unified', 'rehype-parse', 'unpdf', 'iconv-lite', 'chalk', 'diff', 'fflate', 'node:v8'];

// commander requires child_process at load time only to run git-style executable subcommands,
// which report-lint does not have; loading it (and net, dgram and streams with it) costs several
// milliseconds of every run. Commander gets a stand-in that fails loudly if ever used.
const noChildProcessForCommander = {
  name: 'no-child-process-for-commander',
  setup(b) {
    b.onResolve({ filter: /^(node:)?child_process$/ }, (args) =>
      /[\\/]commander[\\/]/.test(args.importer) ? { path: 'child_process', namespace: 'stub' } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: 'stub' }, () => ({
      contents: "const no = () => { throw new Error('report-lint has no executable subcommands'); }; module.exports = { spawn: no, execFile: no };",
      loader: 'js',
    }));
  },
};

// `schema` alone needs all of zod (JSON Schema output, ~600 KB with its locales); every other
// command needs 40 KB of zod/mini. It is a bundle of its own, required when that command runs,
// so the CLI bundle and its code cache stay small.
const schemaApart = {
  name: 'schema-apart',
  setup(b) {
    b.onResolve({ filter: /^\.\.\/actions\/schema\.js$/ }, () => ({ path: SCHEMA_BUNDLE, external: true }));
  },
};
const SCHEMA_BUNDLE = './schema.cjs';

const common = {
  absWorkingDir: root,
  bundle: true,
  platform: 'node',
  target: 'node20',
  legalComments: 'none',
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
  external: ON_DEMAND,
};

// Several builds may run side by side (test workers); only a lone build empties dist/ first. It keeps
// dist/types, the declarations `npm pack` writes first (scripts/types.mjs, run by prepack before prepare).
if (!process.env.VITEST && existsSync(`${root}dist`)) {
  for (const f of readdirSync(`${root}dist`, { withFileTypes: true }).filter((f) => f.name !== 'types')) rmSync(`${root}dist/${f.name}`, { recursive: true, force: true });
}

const [cli, library] = await Promise.all([
  build({ ...common, entryPoints: ['src/cli/main.ts'], format: 'cjs', write: false, outfile: 'dist/cli.cjs', plugins: [noChildProcessForCommander, schemaApart] }),
  // The library runs in a browser as in Node: built for the browser, a node builtin is an error here.
  build({ ...common, platform: 'browser', entryPoints: { index: 'src/index.ts' }, format: 'esm', write: false, outdir: 'dist' }),
  build({ ...common, entryPoints: ['src/cli/actions/schema.ts'], format: 'cjs', outfile: 'dist/schema.cjs' }),
]);
// The page runs the core in a browser: no Node built-in may reach it (esbuild fails if one does).
const [page, pageShell] = await Promise.all([
  build({ absWorkingDir: root, entryPoints: ['src/web/entry.ts'], bundle: true, platform: 'browser', format: 'iife', target: 'es2022', minify: true, legalComments: 'none', logLevel: 'warning', write: false, external: ['iconv-lite'] }),
  build({ absWorkingDir: root, entryPoints: ['src/web/document.ts'], bundle: true, platform: 'neutral', format: 'esm', write: false }),
]);
const { pageDocument } = await import(`data:text/javascript;base64,${Buffer.from(pageShell.outputFiles[0].text).toString('base64')}`);

// dist/worker.cjs: the worker threads of a batch (--jobs), started by the CLI from beside it.
// Plain CommonJS loaded by Node (no code cache: a worker's start is paid once per batch).
await build({ ...common, entryPoints: ['src/cli/batch/worker.ts'], format: 'cjs', outfile: 'dist/worker.cjs' });

/** Another process may be running the CLI from dist/ while this builds: never show it half a file. */
function writeAtomically(name, text) {
  const temp = `${root}dist/.${name}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, `${root}dist/${name}`);
}

// Code compiled from a vm.Script (the launcher's code cache) cannot import(); the on-demand
// packages go through the launcher's import instead, or a plain import() elsewhere.
const onDemand = new RegExp(`\\bimport\\("(${ON_DEMAND.join('|')})"\\)`, 'g');
const bundle = cli.outputFiles[0].text
  .replace(onDemand, '__rlImport("$1")')
  .replace(`import("${SCHEMA_BUNDLE}")`, `Promise.resolve(require(require("node:path").join(__dirname, "${SCHEMA_BUNDLE}")))`);
if (!bundle.includes(SCHEMA_BUNDLE)) throw new Error('build: the schema command is not wired to its bundle');
mkdirSync(`${root}dist`, { recursive: true });
// ASCII only: the launcher reads it one byte a character (scripts/ascii-bundle.mjs).
writeAtomically('cli.cjs', asciiBundle(`const __rlImport = (s) => (globalThis.__reportLintImport ?? ((x) => import(x)))(s);\n${bundle}`, 'cli.cjs'));
writeAtomically('index.js', library.outputFiles[0].text);
writeAtomically('report-lint.html', pageDocument(page.outputFiles[0].text));
for (const f of readdirSync(`${root}dist`)) if (/^cli\..*\.cache$/.test(f)) rmSync(`${root}dist/${f}`, { force: true });
execFileSync(process.execPath, [`${root}scripts/warm-cache.cjs`], { stdio: 'inherit' });
