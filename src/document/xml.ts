import { WordError } from './error.js';
import { WORD_FAILURES } from '../i18n/word-failures.js';
import { fill } from '../i18n/text.js';

export type TagKind = 'open' | 'close' | 'empty';

/**
 * A cursor over the tags of an XML text, in order, with their offsets: what rewriting a part
 * surgically needs (a DOM would lose them). Comments, processing instructions and CDATA are
 * stepped over; a DTD is refused (WordprocessingML has none, and entities are how XML bombs work).
 * The fields describe the current tag and are overwritten by `next()`.
 */
export class XmlCursor {
  kind: TagKind = 'open';
  /** The qualified name as written (w:t). */
  name = '';
  /** Offsets of `<` and just after `>`. */
  start = 0;
  end = 0;
  #at: number;

  constructor(
    readonly xml: string,
    from = 0,
  ) {
    this.#at = from;
  }

  next(): boolean {
    const xml = this.xml;
    for (;;) {
      const lt = xml.indexOf('<', this.#at);
      if (lt < 0) return false;
      const c = xml.charCodeAt(lt + 1);
      if (c === 0x21 /* ! */) {
        if (xml.startsWith('<!--', lt)) this.#at = after(xml, '-->', lt + 4);
        else if (xml.startsWith('<![CDATA[', lt)) this.#at = after(xml, ']]>', lt + 9);
        else throw new WordError(WORD_FAILURES.dtd);
        continue;
      }
      if (c === 0x3f /* ? */) {
        this.#at = after(xml, '?>', lt + 2);
        continue;
      }
      const closing = c === 0x2f; /* / */
      let i = closing ? lt + 2 : lt + 1;
      const nameStart = i;
      while (i < xml.length) {
        const d = xml.charCodeAt(i);
        if (d === 0x3e || d === 0x2f || d === 0x20 || d === 0x09 || d === 0x0a || d === 0x0d) break;
        i++;
      }
      this.name = xml.slice(nameStart, i);
      // The end of the tag: the first > outside a quoted attribute value.
      let quote = 0;
      for (; i < xml.length; i++) {
        const d = xml.charCodeAt(i);
        if (quote !== 0) {
          if (d === quote) quote = 0;
        } else if (d === 0x22 || d === 0x27) quote = d;
        else if (d === 0x3e) break;
      }
      if (i >= xml.length) throw new WordError(WORD_FAILURES.tagNotClosed);
      this.start = lt;
      this.end = i + 1;
      this.kind = closing ? 'close' : xml.charCodeAt(i - 1) === 0x2f ? 'empty' : 'open';
      this.#at = i + 1;
      return true;
    }
  }

  /** Continues after `offset` (an element's end, to step over its content). */
  seek(offset: number): void {
    this.#at = offset;
  }

  /** An attribute of the current tag, decoded, or null. */
  attr(name: string): string | null {
    return attributeOf(this.xml, this.start, this.end, name);
  }

  /**
   * Steps over the content of the current open tag to just after its matching close tag (same
   * name, counting nesting); returns that end offset.
   */
  skipElement(): number {
    if (this.kind !== 'open') return this.end;
    const name = this.name;
    let depth = 1;
    while (this.next()) {
      if (this.name !== name) continue;
      if (this.kind === 'open') depth++;
      else if (this.kind === 'close' && --depth === 0) return this.end;
    }
    throw new WordError(fill(WORD_FAILURES.elementNotClosed, { name }));
  }
}

function after(xml: string, marker: string, from: number): number {
  const i = xml.indexOf(marker, from);
  if (i < 0) throw new WordError(WORD_FAILURES.notWellFormed);
  return i + marker.length;
}

/** The value of attribute `name` in the tag xml[start, end), decoded; null when absent. */
function attributeOf(xml: string, start: number, end: number, name: string): string | null {
  let from = start;
  for (;;) {
    const i = xml.indexOf(name, from);
    if (i < 0 || i >= end) return null;
    from = i + name.length;
    const before = xml.charCodeAt(i - 1);
    if (before !== 0x20 && before !== 0x09 && before !== 0x0a && before !== 0x0d) continue;
    let j = i + name.length;
    while (xml.charCodeAt(j) === 0x20) j++;
    if (xml.charCodeAt(j) !== 0x3d /* = */) continue;
    j++;
    while (xml.charCodeAt(j) === 0x20) j++;
    const quote = xml[j];
    if (quote !== '"' && quote !== "'") return null;
    const close = xml.indexOf(quote, j + 1);
    if (close < 0 || close >= end) return null;
    return unescapeXml(xml.slice(j + 1, close));
  }
}

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** Character data to text: the five named entities and numeric references. */
export function unescapeXml(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-z]{2,4});/g, (whole, ref: string) => {
    if (ref.charCodeAt(0) === 0x23) {
      const code = ref[1] === 'x' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref] ?? whole;
  });
}

/** Text to character data (and to an attribute value: quotes too). */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * The prefix bound to WordprocessingML's main namespace on the root element (w, as Word and
 * WPS write it; another prefix or none is as valid), with the colon: `w:` or ``.
 */
export function wordPrefix(xml: string): string {
  const m = /xmlns(?::([A-Za-z_][\w.-]*))?\s*=\s*["'](?:http:\/\/schemas\.openxmlformats\.org\/wordprocessingml\/2006\/main|http:\/\/purl\.oclc\.org\/ooxml\/wordprocessingml\/main)["']/.exec(
    xml.slice(0, 8192),
  );
  if (!m) return 'w:';
  return m[1] ? `${m[1]}:` : '';
}
