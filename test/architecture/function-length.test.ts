// No function in src/ over 80 lines: a longer one holds more than one idea and is where bugs
// hide. Counted as ESLint's max-lines-per-function with skipBlankLines and skipComments, and
// without the lines of data tables inside it (array and object literals holding no function),
// which are declarative and read at a glance however long.
import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../support/paths.js';

const MAX_LINES = 80;

/**
 * Functions over the limit today, each with why it is still here. A name here that is no longer
 * too long fails the test, so the list only shrinks: whoever splits one deletes its line.
 */
const ALLOWED: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') ? [path] : [];
  });
}

function containsFunction(node: ts.Node): boolean {
  return ts.isFunctionLike(node) || (ts.forEachChild(node, containsFunction) ?? false);
}

function nameOf(node: ts.SignatureDeclaration): string {
  if (node.name && (ts.isIdentifier(node.name) || ts.isStringLiteral(node.name))) return node.name.text;
  const parent = node.parent;
  if (ts.isVariableDeclaration(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isPropertyAssignment(parent) && ts.isIdentifier(parent.name)) return parent.name.text;
  if (ts.isCallExpression(parent)) return `${parent.expression.getText().slice(0, 30)}(callback)`;
  return '(anonymous)';
}

/** Lines holding code: not blank, not only a comment, not inside a data table. */
function codeLines(file: ts.SourceFile): Set<number> {
  const text = file.text;
  const lines = new Set<number>();
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, false, ts.LanguageVariant.Standard, text);
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (kind === ts.SyntaxKind.SingleLineCommentTrivia || kind === ts.SyntaxKind.MultiLineCommentTrivia) continue;
    if (kind === ts.SyntaxKind.WhitespaceTrivia || kind === ts.SyntaxKind.NewLineTrivia) continue;
    const first = file.getLineAndCharacterOfPosition(scanner.getTokenStart()).line;
    const last = file.getLineAndCharacterOfPosition(scanner.getTokenEnd()).line;
    for (let line = first; line <= last; line++) lines.add(line);
  }
  // A data table's inner lines are not code; its first line (`const X = [`) stays, as the statement.
  const dropTables = (node: ts.Node): void => {
    if ((ts.isArrayLiteralExpression(node) || ts.isObjectLiteralExpression(node)) && !containsFunction(node)) {
      const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
      const last = file.getLineAndCharacterOfPosition(node.getEnd()).line;
      for (let line = first + 1; line <= last; line++) lines.delete(line);
      return;
    }
    ts.forEachChild(node, dropTables);
  };
  dropTables(file);
  return lines;
}

function longFunctions(): Map<string, number> {
  const found = new Map<string, number>();
  for (const path of sourceFiles(join(ROOT, 'src'))) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const code = codeLines(file);
    const visit = (node: ts.Node): void => {
      if (ts.isFunctionLike(node) && 'body' in node && node.body) {
        const first = file.getLineAndCharacterOfPosition(node.getStart(file)).line;
        const last = file.getLineAndCharacterOfPosition(node.getEnd()).line;
        let count = 0;
        for (let line = first; line <= last; line++) if (code.has(line)) count++;
        if (count > MAX_LINES) found.set(`${relative(ROOT, path)} ${nameOf(node)}`, count);
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

describe('function length', () => {
  const found = longFunctions();

  it(`has no function in src/ over ${MAX_LINES} lines of code, but for the allowed ones`, () => {
    const offenders = [...found].filter(([name]) => !(name in ALLOWED)).map(([name, n]) => `${name}: ${n} lines`);
    expect(offenders).toEqual([]);
  });

  it('allows only functions that are still too long (the list only shrinks)', () => {
    expect(Object.keys(ALLOWED).filter((name) => !found.has(name))).toEqual([]);
  });

  it('counts a long function and leaves a long data table alone', () => {
    const body = Array.from({ length: MAX_LINES + 1 }, (_, i) => `  total += ${i};`).join('\n');
    const table = Array.from({ length: 200 }, (_, i) => `  ['词${i}', ${i}],`).join('\n');
    const long = ts.createSourceFile('long.ts', `function sum() {\n  let total = 0;\n${body}\n  return total;\n}`, ts.ScriptTarget.Latest, true);
    const data = ts.createSourceFile('data.ts', `function words() {\n  return [\n${table}\n  ];\n}`, ts.ScriptTarget.Latest, true);
    expect(codeLines(long).size).toBeGreaterThan(MAX_LINES);
    expect(codeLines(data).size).toBeLessThan(10);
  });
});
