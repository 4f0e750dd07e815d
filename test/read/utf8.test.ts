import { describe, expect, it } from 'vitest';
import { decode } from '../../src/read/decode.js';
import { nodeUtf8 } from '../../src/read/utf8.js';

const strict = (bytes: Uint8Array) => {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
};

describe('nodeUtf8', () => {
  it.each([
    ['a report line', Buffer.from('一、2025年全区地区生产总值增长5.2%，高于预期。\r\n', 'utf8')],
    ['a BOM kept as a character', Buffer.from('\ufeff标题', 'utf8')],
    ['astral and noncharacters', Buffer.from('𠀀𝄞\ufffe\uffff', 'utf8')],
    ['nothing', Buffer.alloc(0)],
    ['a plain Uint8Array', new Uint8Array(Buffer.from('第一季度', 'utf8'))],
    ['an encoded surrogate', Buffer.from([0xe4, 0xb8, 0x80, 0xed, 0xa0, 0x80])],
    ['an overlong NUL', Buffer.from([0xc0, 0x80])],
    ['a cut character', Buffer.from('一二', 'utf8').subarray(0, 5)],
    ['GBK bytes', Buffer.from([0xd2, 0xbb, 0xd0, 0xa9])],
  ])('reads %s as TextDecoder does, null where it is not UTF-8', (_, bytes) => {
    expect(nodeUtf8(bytes)).toBe(strict(bytes));
  });

  it('gives decode the same result as its default decoder', () => {
    for (const bytes of [Buffer.from('\ufeff报告\n', 'utf8'), Buffer.from('报告\u0001\n', 'utf8'), Buffer.from([0xd2, 0xbb, 0xd0, 0xa9, 0xcd, 0xac, 0xd1, 0xa7])]) {
      expect(decode(bytes, undefined, nodeUtf8)).toEqual(decode(bytes));
    }
  });
});
