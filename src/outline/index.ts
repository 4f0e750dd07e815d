import type { Outline, Section } from '../schema/outline.js';
import { createLocator, type Locator } from '../text/location.js';
import { isLineBreak, trimEndOffset, trimStartOffset } from '../text/space.js';
import type { MarkdownStructure } from './markdown.js';
import { findTitleLine, findYear } from './meta.js';
import { tokenize } from './tokenize.js';
import { buildTree } from './tree.js';

export type { MarkdownStructure, MarkdownHeading } from './markdown.js';
export { createSectionLocator, type SectionPlace } from './locate.js';
export { walkSections } from './walk.js';

export interface OutlineOptions {
  /** Heading and code positions of a Markdown document (from the reader); absent for plain text. */
  markdown?: MarkdownStructure;
  locator?: Locator;
}

/** The numbered structure of a report: title line, year, preamble and the section tree. */
export function parseOutline(text: string, options: OutlineOptions = {}): Outline {
  const locate = options.locator ?? createLocator(text);
  let tokens = tokenize(text, options.markdown);
  const titleLine = findTitleLine(text, tokens);
  // A Markdown `# 城中区2025年法治政府建设工作报告` is the title, not a section.
  if (titleLine && tokens[0]?.style === 'markdown' && tokens[0].titleStart === titleLine.start) {
    tokens = tokens.slice(1);
  }
  const sections = buildTree(text, tokens, locate);
  const bodyStart = titleLine ? skipLineBreak(text, titleLine.end) : 0;
  const preambleEnd = tokens[0]?.start ?? text.length;
  const preamble = trimmed(text, bodyStart, preambleEnd);
  return {
    // A title broken over lines (政府工作报⏎告) is read as one.
    title: titleLine ? { text: text.slice(titleLine.start, titleLine.end).replace(LINE_BREAKS, ''), span: locate.span(titleLine.start, titleLine.end) } : null,
    year: findYear(text, titleLine, Math.max(preambleEnd, tokens[0]?.titleEnd ?? 0), tokens),
    preamble: preamble ? locate.span(preamble.start, preamble.end) : null,
    sections,
  };
}

const LINE_BREAKS = /\s*[\r\n]\s*/g;

function skipLineBreak(text: string, at: number): number {
  while (at < text.length && isLineBreak(text.charCodeAt(at))) at++;
  return at;
}

function trimmed(text: string, start: number, end: number): { start: number; end: number } | null {
  start = trimStartOffset(text, start, end);
  end = trimEndOffset(text, start, end);
  return end > start ? { start, end } : null;
}

export type { Outline, Section };
