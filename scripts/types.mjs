// The library's declarations (dist/types), for `import … from 'report-lint'` in TypeScript. Run by
// prepack (npm pack, npm publish, a git dependency), not by prepare: they cost a type-check of the
// library (about 9 s of CPU), which `npm ci` and the tests do not need.
import { execFileSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
rmSync(`${root}dist/types`, { recursive: true, force: true });
const tsc = createRequire(import.meta.url).resolve('typescript/bin/tsc');
execFileSync(process.execPath, [tsc, '-p', `${root}tsconfig.types.json`], { stdio: 'inherit' });
