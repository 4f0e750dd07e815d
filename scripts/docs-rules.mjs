// Writes the rules reference, docs/rules.md (Chinese) and docs/rules.en.md, from the rules'
// metadata through `report-lint rules --format markdown`. Run after `npm run build`;
// test/cli/rules-docs.test.ts fails when the committed files are out of date.
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
for (const [lang, file] of [['zh', 'docs/rules.md'], ['en', 'docs/rules.en.md']]) {
  const md = execFileSync(process.execPath, ['bin/report-lint.js', 'rules', '--format', 'markdown', '--lang', lang], { cwd: root, encoding: 'utf8' });
  writeFileSync(`${root}${file}`, md);
  console.log(`wrote ${file}`);
}
