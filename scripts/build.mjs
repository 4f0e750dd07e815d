// Bundles the CLI and the library with esbuild. Run by `npm ci` (prepare) and before benchmarks.
// dist/ is not emptied first: builds may run side by side (test runs), and chunk names carry a
// content hash, so a stale chunk is never loaded.
// One bundle keeps startup near `node -e 0`; code splitting lets rarely used modules (remark for
// Markdown, the formatters) load on demand with import().
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

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

const root = fileURLToPath(new URL('..', import.meta.url));
await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli/main.ts', index: 'src/index.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // commander and iconv-lite are CommonJS and require Node built-ins.
  banner: { js: "import { createRequire as __rlCreateRequire } from 'node:module'; const require = __rlCreateRequire(import.meta.url);" },
  logLevel: 'warning',
  minifyWhitespace: true,
  minifySyntax: true,
  plugins: [noChildProcessForCommander],
});
