import { partText } from './package.js';
import type { WordDocument } from './reader.js';
import { largestId, pieceAt, Surgery } from './surgery.js';
import { writePackage } from './write.js';
import { escapeXml, wordPrefix } from './xml.js';

/** A comment to anchor at text[start, end) of the document's text as read. */
export interface WordComment {
  start: number;
  end: number;
  text: string;
}

export interface AnnotateOptions {
  author?: string;
  initials?: string;
  date: string;
}

const MAIN_NS = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const COMMENTS_TYPE = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments';
const COMMENTS_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml';

/**
 * A copy of the document with each comment (批注) anchored at its place: w:commentRangeStart
 * before its first character, w:commentRangeEnd and the reference after its last. The comments
 * go into the comments part, made (and registered) when the document has none.
 */
export function annotateWord(doc: WordDocument, comments: readonly WordComment[], options: AnnotateOptions): Uint8Array {
  const { pkg } = doc;
  const p = doc.prefix;
  const surgery = new Surgery(pkg.documentXml, doc);
  const commentsPart = pkg.related.get('comments');
  const existing = partText(pkg, commentsPart);
  let id = Math.max(largestId(pkg.documentXml, p), existing === null ? 0 : largestId(existing, wordPrefix(existing)));
  const author = escapeXml(options.author ?? 'report-lint');
  const initials = escapeXml(options.initials ?? 'RL');
  const entries: string[] = [];
  const sorted = [...comments].sort((a, b) => a.start - b.start || a.end - b.end);
  for (const comment of sorted) {
    const n = ++id;
    at(comment.start, 'start', `<${p}commentRangeStart ${p}id="${n}"/>`);
    at(Math.max(comment.start, comment.end), 'end', `<${p}commentRangeEnd ${p}id="${n}"/><${p}r><${p}commentReference ${p}id="${n}"/></${p}r>`);
    entries.push(
      `<w:comment w:id="${n}" w:author="${author}" w:date="${options.date}" w:initials="${initials}"><w:p><w:r><w:t xml:space="preserve">${escapeXml(comment.text)}</w:t></w:r></w:p></w:comment>`,
    );
  }
  const parts = new Map<string, string>();
  if (existing !== null && commentsPart) {
    const cp = wordPrefix(existing);
    const close = existing.lastIndexOf(`</${cp}comments>`);
    // The part's own prefix for WordprocessingML, so that the new comments are in its namespace.
    const own = entries.map((e) => (cp === 'w:' ? e : e.replace(/<(\/?)w:/g, `<$1${cp}`).replace(/ w:/g, ` ${cp}`)));
    parts.set(commentsPart, close < 0 ? existing : existing.slice(0, close) + own.join('') + existing.slice(close));
  } else {
    const dir = pkg.main.includes('/') ? pkg.main.slice(0, pkg.main.lastIndexOf('/') + 1) : '';
    const name = `${dir}comments.xml`;
    parts.set(name, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${MAIN_NS}">${entries.join('')}</w:comments>`);
    const rels = partText(pkg, pkg.mainRels) ?? `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"></Relationships>`;
    let rid = 1;
    while (rels.includes(`Id="rId${rid}"`)) rid++;
    parts.set(pkg.mainRels, insertBefore(rels, '</Relationships>', `<Relationship Id="rId${rid}" Type="${COMMENTS_TYPE}" Target="comments.xml"/>`));
    const types = partText(pkg, '[Content_Types].xml');
    if (types !== null && !types.includes(`PartName="/${name}"`)) {
      parts.set('[Content_Types].xml', insertBefore(types, '</Types>', `<Override PartName="/${name}" ContentType="${COMMENTS_CONTENT_TYPE}"/>`));
    }
  }
  return writePackage(pkg, { document: surgery.render(), parts });

  /** Puts markup before the character at `offset` (side start) or after the one before it (end). */
  function at(offset: number, side: 'start' | 'end', xml: string): void {
    const char = side === 'start' ? offset : offset - 1;
    const piece = char >= 0 ? pieceAt(doc.pieces, char) : null;
    if (piece?.kind === 'text') {
      surgery.insertInText(piece, side === 'start' ? char - piece.start : char + 1 - piece.start, xml);
      return;
    }
    if (piece?.kind === 'mark') {
      surgery.insertAt(side === 'start' ? piece.run.start : piece.run.end, xml);
      return;
    }
    const paragraph = paragraphAt(side === 'start' ? offset : Math.max(0, offset - 1));
    if (!paragraph) return;
    const index = paragraph.number - 1;
    if (paragraph.selfClosing) surgery.insertInEmptyParagraph(index, xml);
    // An automatic number: at the start of the paragraph's content. A break: at its end.
    else if (piece?.kind === 'label' && side === 'start') surgery.insertAt(paragraph.xmlContentStart, xml);
    else if (piece?.kind === 'label') surgery.insertAt(paragraph.xmlContentStart, xml);
    else surgery.insertAt(paragraph.xmlClose, xml);
  }

  function paragraphAt(offset: number) {
    let found = doc.paragraphs[0];
    for (const paragraph of doc.paragraphs) {
      if (paragraph.start > offset) break;
      if (paragraph.end > paragraph.start || paragraph.start === offset) found = paragraph;
    }
    return found;
  }
}

function insertBefore(xml: string, marker: string, insert: string): string {
  const i = xml.lastIndexOf(marker);
  return i < 0 ? xml : xml.slice(0, i) + insert + xml.slice(i);
}
