import type { WordPackage } from './package.js';
import { writeZip } from './zip.js';

/** Parts to write into a package: the main document's new XML, and other parts by name. */
export interface PackageChanges {
  document?: string;
  /** Parts replaced or added, by ZIP name, as XML text. */
  parts?: ReadonlyMap<string, string>;
}

/**
 * The package with the parts given replaced (or added) and every other part's record copied byte
 * for byte. XML is written as UTF-8, with a byte order mark where the document had one.
 */
export function writePackage(pkg: WordPackage, changes: PackageChanges): Uint8Array {
  const encoder = new TextEncoder();
  const encode = (xml: string, bom: boolean) => {
    const body = encoder.encode(xml);
    if (!bom) return body;
    const out = new Uint8Array(body.length + 3);
    out.set([0xef, 0xbb, 0xbf]);
    out.set(body, 3);
    return out;
  };
  const replace = new Map<string, Uint8Array>();
  const add = new Map<string, Uint8Array>();
  if (changes.document !== undefined) replace.set(pkg.main, encode(changes.document, pkg.bom));
  for (const [name, xml] of changes.parts ?? []) (pkg.zip.byName.has(name) ? replace : add).set(name, encode(xml, false));
  return writeZip(pkg.zip, replace, add);
}
