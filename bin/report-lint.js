#!/usr/bin/env node
// Tiny launcher: everything lives in the bundle that `npm ci` builds (the prepare script).
import('../dist/cli.js').then(
  (cli) => cli.main(process.argv),
  (error) => {
    if (error && error.code === 'ERR_MODULE_NOT_FOUND') {
      process.stderr.write('report-lint: the CLI is not built; run `npm ci` or `npm run build`\n');
      process.exitCode = 2;
      return;
    }
    throw error;
  },
);
