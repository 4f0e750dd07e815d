// The package as a stranger gets it: `npm pack` (which writes the declarations and the bundles),
// the tarball unpacked into a fresh project, then TypeScript and a browser bundler pointed at
// `report-lint`. Slow (a pack and two type-checks), hence its own timeout.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

const SLOW = 300_000;
/** What `npm pack` needs to build the package: its files, the build's scripts and settings, and the seed its warm-up run reads. */
const SOURCES = ['package.json', 'README.md', 'bin', 'src', 'scripts', 'tsconfig.json', 'tsconfig.types.json', 'fixtures/2025-chengzhong-fazhi.txt'];
let project = '';
let publicFunctions: string[] = [];

/**
 * The dependencies the package declares, and theirs, linked from this checkout's node_modules:
 * installing offline from npm's cache fails here (the registry's package lists are not cached),
 * and linking the whole node_modules would hide an import of a devDependency.
 */
function linkDependencies(into: string): void {
  const seen = new Set<string>();
  const visit = (name: string): void => {
    if (seen.has(name)) return;
    seen.add(name);
    const from = join(ROOT, 'node_modules', name);
    const to = join(into, 'node_modules', name);
    mkdirSync(join(to, '..'), { recursive: true });
    symlinkSync(from, to, 'dir');
    const manifest = JSON.parse(readFileSync(join(from, 'package.json'), 'utf8')) as { dependencies?: Record<string, string> };
    for (const dep of Object.keys(manifest.dependencies ?? {})) visit(dep);
  };
  const own = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
  for (const dep of Object.keys(own.dependencies)) visit(dep);
}

beforeAll(async () => {
  project = mkdtempSync(join(tmpdir(), 'report-lint-consumer-'));
  const packed = join(project, 'packed');
  mkdirSync(packed);
  // Packed from a copy of the sources: packing builds dist/, and this checkout's dist/ is in use
  // by the other test files meanwhile.
  const source = join(project, 'source');
  for (const entry of SOURCES) {
    mkdirSync(dirname(join(source, entry)), { recursive: true });
    cpSync(join(ROOT, entry), join(source, entry), { recursive: true });
  }
  symlinkSync(join(ROOT, 'node_modules'), join(source, 'node_modules'), 'dir');
  execFileSync('npm', ['pack', '--silent', '--pack-destination', packed], { cwd: source, stdio: ['ignore', 'ignore', 'inherit'] });
  const tarball = readdirSync(packed).find((f) => f.endsWith('.tgz'));
  if (!tarball) throw new Error('npm pack wrote no tarball');
  const installed = join(project, 'node_modules', 'report-lint');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(packed, tarball), '-C', installed, '--strip-components=1']);
  linkDependencies(project);
  writeFileSync(join(project, 'package.json'), JSON.stringify({ name: 'consumer', private: true, type: 'module' }));
  // The public functions, as the installed package exports them (so a new one is checked too).
  const library = (await import(join(installed, 'dist/index.js'))) as Record<string, unknown>;
  publicFunctions = Object.keys(library).filter((name) => typeof library[name] === 'function' && /^[a-z]/.test(name));
}, SLOW);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('report-lint as a dependency', () => {
  it('ships its declarations where package.json says', () => {
    const manifest = JSON.parse(readFileSync(join(project, 'node_modules/report-lint/package.json'), 'utf8'));
    expect(manifest.exports['.'].types).toBe('./dist/types/index.d.ts');
    expect(existsSync(join(project, 'node_modules/report-lint', manifest.exports['.'].types))).toBe(true);
    expect(publicFunctions).toEqual(expect.arrayContaining(['lintReport', 'parseOutline', 'extractIndicators', 'diffReports']));
  });

  it(
    'type-checks an import of every public function, each typed (not any)',
    () => {
      const file = [
        `import { ${publicFunctions.join(', ')} } from 'report-lint';`,
        "import type { LintOutcome, Indicator } from 'report-lint';",
        'type IsAny<T> = 0 extends 1 & T ? true : false;',
        ...publicFunctions.map((name) => `export const ${name}Typed: IsAny<typeof ${name}> = false;`),
        // A real call, its result typed: a wrong argument must not compile.
        "const outline = parseOutline('城中区2025年法治政府建设年度报告\\n一、主要举措\\n办理行政复议案件12件。');",
        "const indicators: readonly Indicator[] = extractIndicators('办理行政复议案件12件。', outline);",
        "export const outcome: LintOutcome = lintReport({ text: '办理行政复议案件12件。', outline, indicators });",
        '// @ts-expect-error: text is a string',
        'parseOutline(12);',
      ].join('\n');
      writeFileSync(join(project, 'consumer.ts'), file);
      writeFileSync(
        join(project, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2022', 'DOM'], types: [], strict: true, noEmit: true, skipLibCheck: false },
          files: ['consumer.ts'],
        }),
      );
      const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
      let output = '';
      try {
        execFileSync(process.execPath, [tsc, '-p', project], { cwd: project, encoding: 'utf8' });
      } catch (error) {
        output = String((error as { stdout?: string }).stdout ?? error);
      }
      expect(output).toBe('');
    },
    SLOW,
  );

  it(
    'bundles for the browser with no node builtin',
    async () => {
      writeFileSync(join(project, 'browser.js'), "export { lintReport, parseOutline, extractIndicators, diffReports, readWord } from 'report-lint';");
      const result = await build({
        absWorkingDir: project,
        entryPoints: ['browser.js'],
        bundle: true,
        platform: 'browser',
        format: 'esm',
        write: false,
        outfile: 'out.js',
        logLevel: 'silent',
        metafile: true,
      });
      expect(result.errors).toEqual([]);
      const inputs = Object.keys(result.metafile.inputs);
      expect(inputs.filter((path) => path.startsWith('node:') || /^(fs|path|module|buffer|os)$/.test(path))).toEqual([]);
      expect(result.outputFiles[0]!.text).not.toMatch(/\bfrom\s*["']node:|require\(["']node:/);
    },
    SLOW,
  );
});
