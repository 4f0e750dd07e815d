import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

/** The core runs in a browser or an editor: only src/read and src/cli may touch fs and process. */
const CORE = ['schema', 'text', 'numeral', 'outline', 'extract', 'catalogue', 'rules', 'profiles', 'check', 'diff', 'format', 'i18n', 'document', 'web'];

function sources(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith('.ts') ? [path] : [];
  });
}

describe('the core is free of fs and process', () => {
  const files = CORE.flatMap((d) => sources(join(ROOT, 'src', d)));

  it('has core sources to check', () => expect(files.length).toBeGreaterThan(10));

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', (_name, file) => {
    const code = readFileSync(file, 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '');
    expect(code).not.toMatch(/from\s+['"](?:node:)?(?:fs|fs\/promises|child_process|path|os|worker_threads)['"]/);
    expect(code).not.toMatch(/import\(\s*['"]node:/);
    expect(code).not.toMatch(/\bprocess\.(?:env|argv|stdout|stderr|exit|cwd)/);
  });
});
