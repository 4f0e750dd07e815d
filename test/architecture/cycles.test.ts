import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

/**
 * No import cycle anywhere in src/: a cycle means two files are one idea split in two, and its
 * load order decides what is undefined. Type-only imports and import() count too: a type cycle
 * is the same knot, and a lazy import still ties the two files together.
 */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : /\.tsx?$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The relative specifiers of a file: `from '…'`, `import '…'` and `import('…')`, comments removed. */
export function relativeImports(code: string): string[] {
  const bare = code.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
  const found: string[] = [];
  for (const m of bare.matchAll(/(?:\bfrom|\bimport)\s*\(?\s*['"](\.{1,2}\/[^'"]+)['"]/g)) found.push(m[1] as string);
  return found;
}

function resolveImport(from: string, specifier: string): string | null {
  const base = resolve(dirname(from), specifier);
  for (const candidate of [base.replace(/\.js$/, '.ts'), base.replace(/\.js$/, '.tsx'), `${base}.ts`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** Strongly connected components with more than one file, or a file importing itself (Tarjan). */
export function cyclesOf(graph: Map<string, string[]>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next);
    next++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v) as number, low.get(w) as number));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v) as number, index.get(w) as number));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop() as string;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1 || (graph.get(v) ?? []).includes(v)) cycles.push(component.sort());
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return cycles;
}

/**
 * Cycles known and owned elsewhere, listed by name so that any new cycle still fails; none today.
 * Add an entry only with who owns it; remove it when its cycle is gone.
 */
const KNOWN = new Set<string>([]);

describe('imports', () => {
  it('finds static, type-only and lazy imports, not commented ones', () => {
    const code = "import { a } from './a.js';\nimport type { B } from '../b.js';\nexport * from './c.js';\nconst d = await import('./d.js');\n// import { e } from './e.js';\nimport 'node:fs';";
    expect(relativeImports(code)).toEqual(['./a.js', '../b.js', './c.js', './d.js']);
  });

  it('finds a cycle when there is one, and none in a tree', () => {
    expect(cyclesOf(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]))).toEqual([['a', 'b', 'c']]);
    expect(cyclesOf(new Map([['a', ['b', 'c']], ['b', ['c']], ['c', []]]))).toEqual([]);
  });

  it('form no cycle in src/', () => {
    const files = sources(join(ROOT, 'src'));
    expect(files.length).toBeGreaterThan(50);
    const graph = new Map<string, string[]>();
    for (const file of files) {
      const targets = relativeImports(readFileSync(file, 'utf8')).flatMap((s) => resolveImport(file, s) ?? []);
      graph.set(relative(ROOT, file), targets.map((t) => relative(ROOT, t)));
    }
    expect(cyclesOf(graph).filter((c) => !KNOWN.has(c.join(' ')))).toEqual([]);
  });
});
