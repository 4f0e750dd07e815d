import { mkdtempSync, openSync, closeSync, ftruncateSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DecodeError } from '../../src/read/decode.js';
import { InputError } from '../../src/read/error.js';
import { gather, MAX_REPORT_BYTES, readReport } from '../../src/read/file.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'report-lint-file-'));

/** An endless source that counts what was taken from it. */
function endless(chunk: Uint8Array) {
  const source = {
    taken: 0,
    async *[Symbol.asyncIterator]() {
      for (;;) {
        source.taken++;
        yield chunk;
      }
    },
  };
  return source;
}

async function* chunksOf(...chunks: number[][]) {
  for (const c of chunks) yield Uint8Array.from(c);
}

describe('gather', () => {
  it('stops at the first chunk with a NUL byte: an endless binary source is refused at once', async () => {
    const zeros = endless(new Uint8Array(65536));
    await expect(gather(zeros)).rejects.toThrow(new DecodeError('binary file (contains NUL bytes), not a text report'));
    expect(zeros.taken).toBe(1);
  });

  it('stops once past the cap: an endless text source is refused without holding more than the cap', async () => {
    const text = endless(Buffer.from('一二三\n'.repeat(1000)));
    await expect(gather(text, 100_000)).rejects.toThrow(/^too large \(over 0 MB\)$/);
    expect(text.taken).toBe(Math.ceil(100_001 / Buffer.byteLength('一二三\n'.repeat(1000))));
    const big = endless(Buffer.alloc(1 << 20, 0x61));
    await expect(gather(big)).rejects.toThrow('too large (over 256 MB)');
    expect(big.taken).toBe(MAX_REPORT_BYTES / (1 << 20) + 1);
  });

  it('input of exactly the cap is read', async () => {
    expect((await gather(chunksOf([0x61, 0x62], [0x63]), 3)).length).toBe(3);
  });

  it('UTF-16 (a byte order mark, then NUL bytes) is left to decode, even when the mark is split across chunks', async () => {
    expect(Buffer.from(await gather(chunksOf([0xff, 0xfe, 0x61, 0], [0x62, 0])))).toEqual(Buffer.from([0xff, 0xfe, 0x61, 0, 0x62, 0]));
    expect((await gather(chunksOf([0xfe], [0xff, 0, 0x61]))).length).toBe(4);
    await expect(gather(chunksOf([0x61], [0xfe, 0]))).rejects.toThrow(/binary/);
    await expect(gather(chunksOf([0]))).rejects.toThrow(/binary/);
  });
});

describe('readReport', () => {
  it('a regular file over the cap is refused by its size, before reading', async () => {
    const path = join(tmp(), 'huge.txt');
    const fd = openSync(path, 'w');
    ftruncateSync(fd, MAX_REPORT_BYTES + 1); // sparse: no disk, no memory
    closeSync(fd);
    await expect(readReport(path)).rejects.toThrow(new InputError(path, 'too large (over 256 MB)'));
  });

  it.skipIf(!existsSync('/dev/zero'))('/dev/zero is binary, found in the first chunk', async () => {
    await expect(readReport('/dev/zero')).rejects.toThrow(new InputError('/dev/zero', 'binary file (contains NUL bytes), not a text report'));
  });

  it('standard input is <stdin> in every message: a read error, binary input, bad text', async () => {
    const failing = () => Promise.reject(Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' }));
    await expect(readReport('-', failing)).rejects.toThrow(new InputError('<stdin>', 'i/o error, read'));
    const binary = () => gather(endless(new Uint8Array(8)));
    await expect(readReport('-', binary)).rejects.toThrow(new InputError('<stdin>', 'binary file (contains NUL bytes), not a text report'));
    await expect(readReport('-', async () => Uint8Array.from([0xff, 0xfe, 0x00, 0xd8]))).rejects.toMatchObject({ path: '<stdin>' });
    expect((await readReport('-', async () => Buffer.from('一、甲\n'))).path).toBe('<stdin>');
  });

  it('reads an ordinary file as before', async () => {
    const path = join(tmp(), 'a.md');
    writeFileSync(path, '\ufeff# 一、甲\n');
    expect(await readReport(path)).toEqual({ path, text: '# 一、甲\n', encoding: 'utf-8-bom', format: 'markdown' });
  });
});
