import type { MarkerStyle } from '../schema/outline.js';
import { MARKER_START_CLASS, matchHeadingMarker, matchItemMarker, matchListNumberBeforeFigure, type MarkerMatch } from './marker.js';
import type { MarkdownHeading, MarkdownStructure } from './markdown.js';
import { matchPartLine, type PartLine } from './part.js';
import { findItemTitleEnd, findTitleEnd } from './title.js';
import type { OutlineToken } from './token.js';
import { charSet, isLineBreak, LEADING_SPACE, trimEndOffset } from '../text/space.js';
import { LineBreaks } from '../text/line-breaks.js';
import { lazyRegExp } from '../text/numerals.js';

// After these a new sentence starts, so an enumerator (一是) or a run-in heading may follow; after
// a comma, an enumerator only (职责，一是带头学法，…；二是…).
const SENTENCE_END_CLASS = '。！？；;：:!?，,';
const SPACE_OR_QUOTE_CLASS = ' \u3000\u00a0”’';
const SPACE_OR_QUOTE = charSet(SPACE_OR_QUOTE_CLASS);
const SENTENCE_END = charSet(SENTENCE_END_CLASS);
// Only a sentence end before a character a marker starts with (spaces and closing quotes between)
// can be followed by one: the search stops there alone, not at every comma of the text. Its
// lastIndex is left on that character.
// A space after a word, where a web page ran two paragraphs into one line (…以下几个方面 一是…),
// may be followed by an enumerator too.
const RUN_IN_CANDIDATE = lazyRegExp(
  () => `(?:[${SENTENCE_END_CLASS}][${SPACE_OR_QUOTE_CLASS}]*|(?<=[\\u4e00-\\u9fff])[ \\u3000]+)(?=[${MARKER_START_CLASS}])`,
  'g',
);
// A part's title on the line below its number: a phrase, not a sentence.
const MAX_PART_TITLE = 40;
const PART_TITLE_STOP = /[。，；：,;:！？!?]/;
// Only these heading styles are believed in mid-line, and only when their numbering continues.
const RUN_IN_STYLES = new Set<MarkerStyle>(['cn-comma', 'cn-paren']);

/**
 * Finds the heading and item markers of a document, in text order. Plain text is one block per
 * non-empty line; Markdown adds its `#` headings and hides code and HTML.
 */
export function tokenize(text: string, markdown?: MarkdownStructure): OutlineToken[] {
  return new Tokenizer(text, markdown).run();
}

/** One pass over the lines; the state a line leaves for the next is in its fields. */
class Tokenizer {
  private readonly tokens: OutlineToken[] = [];
  private readonly sequence = new RunInSequence();
  private readonly mdHeadings: Map<number, MarkdownHeading>;
  // The first line with words is the title's place, never a part (a document titled 2025年工作要点).
  private seenContent = false;
  // Inside a glossary (名词解释) numbered lines are entries, not sections.
  private inGlossary = false;
  private searchedFrom: number; // see scanRunIn
  private nextEnd = -1;
  // A numbered part whose line holds no title: the next line may be its title.
  private untitledPart: OutlineToken | null = null;

  constructor(
    private readonly text: string,
    private readonly markdown?: MarkdownStructure,
  ) {
    this.mdHeadings = new Map((markdown?.headings ?? []).map((h) => [lineStartOf(text, h.start), h]));
    this.searchedFrom = text.length + 1;
  }

  run(): OutlineToken[] {
    const text = this.text;
    const opaque = this.markdown?.opaque ?? [];
    let opaqueAt = 0;
    const breaks = new LineBreaks(text);
    let lineStart = 0;
    while (lineStart < text.length) {
      const lineEnd = breaks.endOf(lineStart);
      while (opaqueAt < opaque.length && (opaque[opaqueAt] as { end: number }).end <= lineStart) opaqueAt++;
      const hidden = opaqueAt < opaque.length && (opaque[opaqueAt] as { start: number }).start <= lineStart;
      if (!hidden && lineEnd > lineStart) this.scanLine(lineStart, lineEnd);
      lineStart = breaks.nextStart(lineEnd);
    }
    return this.tokens;
  }

  private scanLine(ls: number, le: number): void {
    const text = this.text;
    const md = this.mdHeadings.get(ls);
    if (md) {
      this.markdownHeading(md, le);
      return;
    }
    let p = ls;
    while (p < le && LEADING_SPACE.has(text.charCodeAt(p))) p++;
    if (p === le) return;
    if (this.untitledPart) {
      const part = this.untitledPart;
      this.untitledPart = null;
      if (this.takesTitleLine(p, le)) {
        part.titleStart = p;
        part.titleEnd = trimEndOffset(text, p, le);
        part.lineEnd = le;
        return;
      }
    }
    const part = this.seenContent ? matchPartLine(text, p, trimEndOffset(text, p, le)) : null;
    this.seenContent = true;
    if (part) {
      this.pushPart(part, p, le);
      return;
    }
    if (this.inGlossary) return;
    const heading = matchHeadingMarker(text, p) ?? this.listNumberBeforeFigure(p);
    if (heading) {
      this.pushHeading(heading, p, le);
      this.sequence.accept(heading.style, heading.ordinal);
      this.scanRunIn((this.tokens.at(-1) as OutlineToken).titleEnd, le);
      return;
    }
    const item = matchItemMarker(text, p);
    if (item) this.pushItem(item, p, le);
    this.scanRunIn(item ? item.end : p, le);
  }

  private markdownHeading(md: MarkdownHeading, le: number): void {
    this.seenContent = true;
    // In Markdown the number of #s says which headings are siblings, whatever their numbering.
    const rank = `markdown-${md.depth}`;
    const m = matchHeadingMarker(this.text, md.contentStart);
    if (m) {
      this.pushHeading(m, md.contentStart, md.contentEnd);
      (this.tokens.at(-1) as OutlineToken).rank = rank;
      (this.tokens.at(-1) as OutlineToken).start = md.start;
      this.sequence.accept(m.style, m.ordinal);
    } else {
      const marker = '#'.repeat(md.depth);
      this.tokens.push({
        kind: 'heading', style: 'markdown', rank, marker, ordinal: null,
        start: md.start, titleStart: md.contentStart, titleEnd: md.contentEnd, lineEnd: le,
      });
    }
  }

  /** Enumerators and run-in headings after a sentence end within the line. */
  private scanRunIn(from: number, le: number): void {
    const text = this.text;
    // A search that ran past its line found where the next sentence end is: lines before it have
    // none and are not searched again (else lines without any would each search to the end of
    // the text, quadratic in a list of short lines).
    if (this.searchedFrom <= from && this.nextEnd >= le) return;
    const candidate = RUN_IN_CANDIDATE();
    candidate.lastIndex = from;
    for (;;) {
      const at = candidate.lastIndex;
      // test() and lastIndex, not exec(): no match array per sentence (a long report has 100,000s).
      const found = candidate.test(text);
      // The marker's place, and the sentence end before it (back over the spaces and quotes).
      const q = found ? candidate.lastIndex : -1;
      let stop = q - 1;
      while (stop > at && SPACE_OR_QUOTE.has(text.charCodeAt(stop))) stop--;
      if (!found || stop >= le) {
        this.searchedFrom = at;
        this.nextEnd = found ? stop : text.length;
        return;
      }
      const afterWord = !SENTENCE_END.has(text.charCodeAt(stop));
      const item = matchItemMarker(text, q);
      if (item && (!afterWord || item.style === 'item-shi')) {
        this.pushItem(item, q, le);
        candidate.lastIndex = item.end;
        continue;
      }
      const stopCode = text.charCodeAt(stop);
      if (afterWord || stopCode === 0xff0c || stopCode === 0x2c) continue;
      const heading = matchHeadingMarker(text, q);
      if (heading && RUN_IN_STYLES.has(heading.style) && this.sequence.continues(heading.style, heading.ordinal)) {
        this.pushHeading(heading, q, le, true);
        this.sequence.accept(heading.style, heading.ordinal);
        candidate.lastIndex = (this.tokens.at(-1) as OutlineToken).titleEnd;
      }
    }
  }

  /**
   * `8.6个重大科技专项` at a line start reads as a decimal, but where 7. came before it is item 8.
   * followed by a figure: the number that continues the running list is the marker.
   */
  private listNumberBeforeFigure(p: number): MarkerMatch | null {
    const m = matchListNumberBeforeFigure(this.text, p);
    return m && this.sequence.follows(m.style, m.ordinal) ? m : null;
  }

  private pushPart(part: PartLine, start: number, le: number): void {
    this.tokens.push({
      kind: 'heading', style: part.style, rank: 'part', marker: part.marker, ordinal: part.ordinal,
      start, titleStart: part.titleStart, titleEnd: part.titleEnd, lineEnd: le,
    });
    // A part starts a new numbering scope: its （一） is a first, not a restart.
    this.sequence.clear();
    this.inGlossary = part.glossary;
    // 第二部分 alone on its line, its title on the next (第二部分 / 2020年工作打算).
    if (part.marker !== '' && part.style === 'part' && part.titleStart === part.titleEnd) this.untitledPart = this.tokens.at(-1) as OutlineToken;
  }

  /** Whether the line at [p, le) is the title of the part above: short, no sentence, no number of its own. */
  private takesTitleLine(p: number, le: number): boolean {
    const end = trimEndOffset(this.text, p, le);
    if (end - p > MAX_PART_TITLE) return false;
    const line = this.text.slice(p, end);
    return !PART_TITLE_STOP.test(line) && matchHeadingMarker(this.text, p) === null && matchItemMarker(this.text, p) === null;
  }

  private pushHeading(m: MarkerMatch, start: number, le: number, runIn = false): void {
    this.tokens.push({
      kind: 'heading', style: m.style, rank: m.style, marker: m.marker, ordinal: m.ordinal,
      start, titleStart: m.end, titleEnd: findTitleEnd(this.text, m.end, le, runIn), lineEnd: le,
    });
  }

  private pushItem(m: MarkerMatch, start: number, le: number): void {
    const text = this.text;
    // 一是强化学法，二是严格执法: the title of 一是 ends before the comma that opens 二是.
    const before = this.tokens.at(-1);
    if (before && before.titleEnd > start && before.titleStart < start) before.titleEnd = trimEndOffset(text, before.titleStart, start - 1);
    this.tokens.push({
      kind: 'item', style: m.style, rank: m.style, marker: m.marker, ordinal: m.ordinal,
      start, titleStart: m.end, titleEnd: findItemTitleEnd(text, m.end, le), lineEnd: le,
    });
  }
}

function lineStartOf(text: string, offset: number): number {
  let i = offset;
  while (i > 0 && !isLineBreak(text.charCodeAt(i - 1))) i--;
  return i;
}

/**
 * The numbering seen so far, per style, so that a marker in mid-line counts as a heading only
 * when it continues its sequence (or starts one): `。三、` after `二、`, not a stray `（二）`.
 */
class RunInSequence {
  private readonly last = new Map<MarkerStyle, number>();
  private readonly order: MarkerStyle[] = [];

  /** True when `ordinal` is the next number of a list of this style already running. */
  follows(style: MarkerStyle, ordinal: number): boolean {
    return this.last.get(style) === ordinal - 1;
  }

  clear(): void {
    this.last.clear();
    this.order.length = 0;
  }

  continues(style: MarkerStyle, ordinal: number): boolean {
    const last = this.last.get(style);
    return last === undefined ? ordinal === 1 : ordinal === last + 1 || ordinal === 1;
  }

  accept(style: MarkerStyle, ordinal: number): void {
    const at = this.order.indexOf(style);
    if (at === -1) this.order.push(style);
    else for (const deeper of this.order.slice(at + 1)) this.last.delete(deeper);
    this.last.set(style, ordinal);
  }
}
