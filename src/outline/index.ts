import type { Outline, Section } from '../schema/outline.js';
import { createLocator, type Locator } from '../text/location.js';
import { isLineBreak, trimEndOffset, trimStartOffset } from '../text/space.js';
import type { MarkdownStructure } from './markdown.js';
import { findTitleLine, findYear } from './meta.js';
import { tokenize } from './tokenize.js';
import { contentsLength } from './contents.js';
import type { OutlineToken } from './token.js';
import { buildTree } from './tree.js';
import { asWritten, toSimplified } from '../text/traditional.js';

export type { MarkdownStructure, MarkdownHeading } from './markdown.js';
export { createSectionLocator, type SectionPlace } from './locate.js';
export { walkSections } from './walk.js';

export interface OutlineOptions {
  /** Heading and code positions of a Markdown document (from the reader); absent for plain text. */
  markdown?: MarkdownStructure;
  locator?: Locator;
}

/**
 * The numbered structure of a report: title line, year, preamble and the section tree. A report
 * in traditional characters is parsed as its simplified twin (附註 is a glossary as 附注 is), its
 * titles given as written.
 */
export function parseOutline(written: string, options: OutlineOptions = {}): Outline {
  const text = toSimplified(written);
  const outline = parseFolded(text, options);
  return text === written ? outline : asWrittenOutline(outline, written, text);
}

function parseFolded(text: string, options: OutlineOptions): Outline {
  const locate = options.locator ?? createLocator(text);
  let tokens = tokenize(text, options.markdown);
  // A list of the contents at the head is no part of the structure: the title is looked for after it.
  const listed = contentsLength(text, tokens);
  const contentsEnd = listed > 0 ? skipLineBreak(text, (tokens[listed - 1] as OutlineToken).lineEnd) : 0;
  if (listed > 0) tokens = tokens.slice(listed);
  const titleLine = findTitleLine(text, tokens, contentsEnd);
  // A Markdown `# 城中区2025年法治政府建设工作报告` is the title, not a section.
  if (titleLine && tokens[0]?.style === 'markdown' && tokens[0].titleStart === titleLine.start) {
    tokens = tokens.slice(1);
  }
  const sections = buildTree(text, tokens, locate);
  const bodyStart = titleLine ? skipLineBreak(text, titleLine.end) : contentsEnd;
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

/** The outline of the folded text with its titles and markers in the characters of the report. */
function asWrittenOutline(outline: Outline, written: string, folded: string): Outline {
  const back = (s: string, start: number, end: number) => asWritten(s, written.slice(start, end), folded.slice(start, end));
  // Plain objects, member by member: a compact section's title and spans are getters, which a spread would drop.
  const restore = (x: Section): Section => {
    const span = x.span;
    const titleSpan = x.titleSpan;
    return {
      id: x.id,
      kind: x.kind,
      level: x.level,
      style: x.style,
      marker: back(x.marker, span.start.offset, titleSpan.start.offset),
      ordinal: x.ordinal,
      title: back(x.title, titleSpan.start.offset, titleSpan.end.offset),
      titleSpan,
      span,
      children: x.children.map(restore),
    };
  };
  const title = outline.title;
  return {
    ...outline,
    title: title ? { ...title, text: back(title.text, title.span.start.offset, title.span.end.offset) } : null,
    sections: outline.sections.map(restore),
  };
}

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
