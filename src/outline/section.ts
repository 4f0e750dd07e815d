import type { MarkerStyle, Section, SectionKind } from '../schema/outline.js';
import type { Span } from '../schema/position.js';
import type { Locator } from '../text/location.js';

/** What every section of one outline shares: the text its offsets are in, and their locator. */
export interface SectionSource {
  text: string;
  locate: Locator;
}

/** A leaf's children: one frozen array for all of them (most sections have no subsections). */
export const NO_CHILDREN: Section[] = Object.freeze([]) as unknown as Section[];

/**
 * A section as offsets: its title, spans and id are worked out when read, not stored. A report
 * of 400,000 headings held each as strings and four line/column positions (about 500 bytes a
 * section) and ran out of a 256 MB heap; as offsets a section is some 70 bytes. Readers see
 * the `Section` shape; JSON.stringify writes it as before (toJSON).
 */
export class CompactSection implements Section {
  readonly kind: SectionKind;
  readonly style: MarkerStyle;
  level = 1;
  readonly marker: string;
  readonly ordinal: number | null;
  children: Section[] = NO_CHILDREN;
  /** The parent, null at the top level; `index` is the 0-based place among its siblings. */
  parent: CompactSection | null = null;
  index = 0;
  /** Offsets of the section (marker to content end) and of its title. */
  readonly start: number;
  end: number;
  readonly titleStart: number;
  readonly titleEnd: number;
  readonly #source: SectionSource;

  constructor(source: SectionSource, kind: SectionKind, style: MarkerStyle, marker: string, ordinal: number | null, start: number, titleStart: number, titleEnd: number) {
    this.#source = source;
    this.kind = kind;
    this.style = style;
    this.marker = marker;
    this.ordinal = ordinal;
    this.start = start;
    this.end = start;
    this.titleStart = titleStart;
    this.titleEnd = titleEnd;
  }

  get id(): string {
    let id = String(this.index + 1);
    for (let p = this.parent; p; p = p.parent) id = `${p.index + 1}.${id}`;
    return id;
  }

  get title(): string {
    return this.#source.text.slice(this.titleStart, this.titleEnd);
  }

  get titleSpan(): Span {
    return this.#source.locate.span(this.titleStart, this.titleEnd);
  }

  get span(): Span {
    return this.#source.locate.span(this.start, this.end);
  }

  /** The `Section` shape, members in the schema's order. */
  toJSON(): Section {
    return {
      id: this.id,
      kind: this.kind,
      level: this.level,
      style: this.style,
      marker: this.marker,
      ordinal: this.ordinal,
      title: this.title,
      titleSpan: this.titleSpan,
      span: this.span,
      children: this.children,
    };
  }
}

// A compact section's span is built (two line/column positions) each time it is read; callers
// that want only offsets, once per section of a long report, read them from these instead.

/** The offset where a section starts (its marker), as `span.start.offset`. */
export function sectionStart(s: Section): number {
  return s instanceof CompactSection ? s.start : s.span.start.offset;
}

/** The offset where a section's content ends, as `span.end.offset`. */
export function sectionEnd(s: Section): number {
  return s instanceof CompactSection ? s.end : s.span.end.offset;
}

/** The offset where a section's title starts, as `titleSpan.start.offset`. */
export function sectionTitleStart(s: Section): number {
  return s instanceof CompactSection ? s.titleStart : s.titleSpan.start.offset;
}

/** The offset where a section's title ends, as `titleSpan.end.offset`. */
export function sectionTitleEnd(s: Section): number {
  return s instanceof CompactSection ? s.titleEnd : s.titleSpan.end.offset;
}
