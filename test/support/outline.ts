import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseOutline } from '../../src/outline/index.js';
import type { Outline, Section } from '../../src/schema/outline.js';
import { ROOT } from './paths.js';

export function fixture(name: string): string {
  return readFileSync(join(ROOT, 'fixtures', name), 'utf8');
}

/** A compact picture of a tree: `level marker title @line`, one string per node. */
export function shape(sections: readonly Section[]): string[] {
  const out: string[] = [];
  const visit = (nodes: readonly Section[]) => {
    for (const s of nodes) {
      out.push(`${'  '.repeat(s.level - 1)}${s.marker}${s.title} @${s.span.start.line}`);
      visit(s.children);
    }
  };
  visit(sections);
  return out;
}

export function outlineOf(text: string): Outline {
  return parseOutline(text);
}
