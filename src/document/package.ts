import type { Codec } from './codec.js';
import { WordError } from './error.js';
import { XmlCursor } from './xml.js';
import { WORD_FAILURES } from '../i18n/word-failures.js';
import { fill } from '../i18n/text.js';
import { inflateBudget, readEntry, readZip, type InflateBudget, type Zip } from './zip.js';

/** At most this many bytes are inflated from one package, all parts together. */
const MAX_INFLATED_BYTES = 256 * 1024 * 1024;

/** A Word package opened: its archive and where its parts are. */
export interface WordPackage {
  zip: Zip;
  budget: InflateBudget;
  /** The main document part (word/document.xml as Word names it) and its relationships part. */
  main: string;
  mainRels: string;
  /** The main document part's XML, decoded. */
  documentXml: string;
  /** Whether document.xml began with a byte order mark (kept when it is written back). */
  bom: boolean;
  /** Parts the main document refers to, by relationship type (numbering, styles, comments …). */
  related: Map<string, string>;
}

const CFB = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const OFFICE_DOCUMENT = /\/officeDocument$/;

/** Whether bytes are an OLE compound file (.doc, .wps, or an encrypted .docx). */
function isCompoundFile(bytes: Uint8Array): boolean {
  return CFB.every((b, i) => bytes[i] === b);
}

/** Whether bytes start as a ZIP archive does. */
function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && (bytes[2] === 0x03 || bytes[2] === 0x05) && (bytes[3] === 0x04 || bytes[3] === 0x06);
}

export function openPackage(bytes: Uint8Array, codec: Codec, cap = MAX_INFLATED_BYTES): WordPackage {
  if (isCompoundFile(bytes)) {
    // An encrypted .docx is a compound file holding the package as a stream named EncryptedPackage.
    throw new WordError(
      hasUtf16(bytes, 'EncryptedPackage')
        ? WORD_FAILURES.encryptedFile
        : WORD_FAILURES.oldBinary,
    );
  }
  if (!isZip(bytes)) throw new WordError(WORD_FAILURES.notZip);
  const zip = readZip(bytes, codec);
  const declared = zip.entries.reduce((n, e) => n + e.size, 0);
  if (declared > cap) {
    throw new WordError(fill(WORD_FAILURES.tooLarge, { mb: Math.round(cap / (1024 * 1024)) }));
  }
  const budget = inflateBudget(cap);
  const text = (name: string): string | null => {
    const entry = zip.byName.get(name);
    return entry ? decodeXml(readEntry(zip, entry, budget)).text : null;
  };
  const notWord = () => new WordError(WORD_FAILURES.noMainPart);
  const rootRels = text('_rels/.rels');
  let main = 'word/document.xml';
  if (rootRels !== null) {
    const target = relationships(rootRels).find((r) => OFFICE_DOCUMENT.test(r.type))?.target;
    if (target) main = resolvePart('', target);
  }
  const entry = zip.byName.get(main);
  if (!entry) throw notWord();
  const decoded = decodeXml(readEntry(zip, entry, budget));
  if (!/<(?:[A-Za-z_][\w.-]*:)?document[\s>]/.test(decoded.text.slice(0, 4096))) throw notWord();
  const dir = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const mainRels = `${dir}_rels/${main.slice(dir.length)}.rels`;
  const related = new Map<string, string>();
  const rels = text(mainRels);
  if (rels !== null) {
    for (const r of relationships(rels)) {
      const kind = r.type.slice(r.type.lastIndexOf('/') + 1);
      if (r.external || related.has(kind)) continue;
      related.set(kind, resolvePart(dir, r.target));
    }
  }
  return { zip, budget, main, mainRels, documentXml: decoded.text, bom: decoded.bom, related };
}

/** A part's XML, decoded, or null when the package has no such part. */
export function partText(pkg: WordPackage, name: string | undefined): string | null {
  if (name === undefined) return null;
  const entry = pkg.zip.byName.get(name);
  return entry ? decodeXml(readEntry(pkg.zip, entry, pkg.budget)).text : null;
}

export interface Relationship {
  id: string;
  type: string;
  target: string;
  external: boolean;
}

function relationships(xml: string): Relationship[] {
  const out: Relationship[] = [];
  const cur = new XmlCursor(xml);
  while (cur.next()) {
    if (cur.kind === 'close' || !/(?:^|:)Relationship$/.test(cur.name)) continue;
    out.push({
      id: cur.attr('Id') ?? '',
      type: cur.attr('Type') ?? '',
      target: cur.attr('Target') ?? '',
      external: cur.attr('TargetMode') === 'External',
    });
  }
  return out;
}

/** A relationship target, relative to the source part's folder (or absolute), as a ZIP name. */
function resolvePart(dir: string, target: string): string {
  const parts = (target.startsWith('/') ? target.slice(1) : dir + target).split('/');
  const out: string[] = [];
  for (const p of parts) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return decodeURIComponent(out.join('/'));
}

/** XML bytes to text: UTF-8 (with or without BOM) or UTF-16 with BOM, as XML allows. */
function decodeXml(bytes: Uint8Array): { text: string; bom: boolean } {
  try {
    if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
      return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes.subarray(3)), bom: true };
    }
    if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le', { fatal: true }).decode(bytes.subarray(2)), bom: true };
    if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be', { fatal: true }).decode(bytes.subarray(2)), bom: true };
    return { text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes), bom: false };
  } catch {
    throw new WordError(WORD_FAILURES.badEncoding);
  }
}

function hasUtf16(bytes: Uint8Array, word: string): boolean {
  const needle = new Uint8Array(word.length * 2);
  for (let i = 0; i < word.length; i++) needle[2 * i] = word.charCodeAt(i);
  const limit = Math.min(bytes.length, 1 << 20) - needle.length;
  outer: for (let i = 0; i <= limit; i++) {
    for (let j = 0; j < needle.length; j++) if (bytes[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}
