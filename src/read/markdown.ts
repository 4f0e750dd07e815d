import type { MarkdownStructure } from '../outline/markdown.js';

/**
 * Heading and code positions of a Markdown report, from remark-parse. Loaded on demand: plain
 * text never pays for the Markdown parser (~40 ms on first use).
 */
export async function markdownStructure(text: string): Promise<MarkdownStructure> {
  const [{ unified }, { default: remarkParse }] = await Promise.all([import('unified'), import('remark-parse')]);
  const tree = unified().use(remarkParse).parse(text);
  const structure: MarkdownStructure = { headings: [], opaque: [] };
  for (const node of tree.children) {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    if (node.type === 'heading') {
      const first = node.children[0]?.position?.start.offset ?? end;
      const last = node.children.at(-1)?.position?.end.offset ?? end;
      structure.headings.push({ depth: node.depth, start, contentStart: first, contentEnd: last });
    } else if (node.type === 'code' || node.type === 'html' || node.type === 'yaml') {
      structure.opaque.push({ start, end });
    }
  }
  return structure;
}
