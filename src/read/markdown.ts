import type { MarkdownStructure } from '../outline/markdown.js';
import { scanMarkdown } from './markdown/blocks.js';

/**
 * Heading and code positions of a Markdown report: its top-level ATX and setext headings, and
 * its code and HTML blocks, whose lines are never headings or items. Read by a block scanner
 * of our own (src/read/markdown/), linear in the text, instead of remark-parse, whose inline
 * parsing and event lists cost seconds and gigabytes on long reports.
 */
export function markdownStructure(text: string): MarkdownStructure {
  return scanMarkdown(text);
}
