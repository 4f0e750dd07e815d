import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { WordError } from '../../src/document/error.js';
import { readWord } from '../../src/document/read.js';
import { fflateCodec } from '../../src/document/fflate-codec.js';
import { readZip } from '../../src/document/zip.js';
import { para, wordFile } from '../support/word.js';

const failure = (f: () => unknown): string => {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(WordError);
    return (error as Error).message;
  }
  throw new Error('expected a WordError');
};

describe('what is not a Word document report-lint can read', () => {
  it('says an old binary .doc or .wps file is to be saved as .docx', () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(failure(() => readWord(cfb))).toMatch(/save it as \.docx/);
  });

  it('says a password-protected file is encrypted', () => {
    const cfb = new Uint8Array(4096);
    cfb.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const name = 'EncryptedPackage';
    for (let i = 0; i < name.length; i++) cfb[1024 + 2 * i] = name.charCodeAt(i);
    expect(failure(() => readWord(cfb))).toMatch(/^encrypted: .*password/);
  });

  it('says a truncated package is corrupt', async () => {
    const bytes = await wordFile([para('一段文字。')]);
    expect(failure(() => readWord(bytes.subarray(0, bytes.length - 100)))).toMatch(/^corrupt:/);
  });

  it('says a ZIP archive without a main document is not a Word document', () => {
    const zip = zipSync({ 'xl/workbook.xml': new TextEncoder().encode('<workbook/>') });
    expect(failure(() => readWord(zip))).toMatch(/^not a Word document/);
  });

  it('stops a part that inflates past the cap, whatever size the directory claims', async () => {
    const big = new Uint8Array(4 * 1024 * 1024); // zeros deflate to almost nothing
    const zip = zipSync({ '_rels/.rels': new TextEncoder().encode('<Relationships/>'), 'word/document.xml': big });
    // A bomb lies about its sizes: claim 100 bytes in the central directory.
    const entry = readZip(zip, fflateCodec).byName.get('word/document.xml')!;
    const at = entry.central.byteOffset - zip.byteOffset;
    new DataView(zip.buffer).setUint32(at + 24, 100, true);
    expect(failure(() => readWord(zip, { maxInflated: 1024 * 1024 }))).toMatch(/^too large: .*zip bomb/);
    // and the declared sizes alone refuse it before inflating anything
    const honest = zipSync({ 'word/document.xml': big });
    expect(failure(() => readWord(honest, { maxInflated: 1024 * 1024 }))).toMatch(/^too large/);
  });
});

describe('a damaged Word file', () => {
  it('is read or refused with a WordError, whatever bytes are damaged', async () => {
    const fc = (await import('fast-check')).default;
    const { numberedReport } = await import('../support/word.js');
    const { bytes } = await numberedReport();
    fc.assert(
      // Half the cases whole (the damage inside parts and directory), half cut short.
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), fc.oneof(fc.constant(bytes.length), fc.nat(bytes.length)), (flips, cut) => {
        const damaged = bytes.slice(0, Math.max(4, cut));
        for (const [at, value] of flips) if (at < damaged.length) damaged[at] = value;
        try {
          readWord(damaged);
        } catch (error) {
          expect(error).toBeInstanceOf(WordError);
        }
      }),
      { numRuns: 600 },
    );
  });
});
