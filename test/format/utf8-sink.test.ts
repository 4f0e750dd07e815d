import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Sink, utf8Buffers } from '../../src/format/utf8-sink.js';

const decode = (buffers: Uint8Array[]) => Buffer.concat(buffers).toString('utf8');
// Chinese, ASCII, an astral character (two UTF-16 units, four bytes) and line breaks.
const piece = fc.array(fc.constantFrom('法', '治', 'a', '1', '𠀀', '\n', '，', ' '), { maxLength: 40 }).map((units) => units.join(''));

describe('Utf8Sink', () => {
  it('sends the UTF-8 of what was written, in order, whatever the buffer size', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.boolean()), { maxLength: 30 }), fc.integer({ min: 4, max: 64 }), fc.boolean(), (writes, size, keep) => {
        const sent: Uint8Array[] = [];
        // Without `keep` the buffer is reused: the receiver copies, as a writer to a file does.
        const sink = new Utf8Sink((bytes) => sent.push(keep ? bytes : bytes.slice()), { keep, size });
        for (const [text, asLine] of writes) (asLine ? sink.line(text) : sink.write(text));
        sink.end();
        expect(decode(sent)).toBe(writes.map(([text, asLine]) => (asLine ? `${text}\n` : text)).join(''));
        for (const bytes of sent) expect(bytes.length).toBeGreaterThan(0);
      }),
    );
  });

  it('fills a buffer before it sends it, and sends a text longer than a buffer on its own', () => {
    const sent: number[] = [];
    const sink = new Utf8Sink((bytes) => sent.push(bytes.length), { size: 12 });
    sink.write('法治'); // 6 bytes
    sink.write('ab');
    sink.write('法治'); // room for 4 bytes, not for the 6 two units may take: the 8 go out first
    sink.write('法治政府建设'); // up to 18 bytes, more than a buffer holds: the 6 go out, then these alone
    sink.end();
    expect(sent).toEqual([8, 6, 18]);
  });

  it('keeps each buffer it hands out when asked to, and cuts a mostly empty last one to size', () => {
    const buffers = utf8Buffers((sink) => {
      for (let k = 0; k < 10_000; k++) sink.line(`{"label":"行政复议案件","value":${k}}`);
    });
    const text = decode(buffers);
    expect(text.split('\n')).toHaveLength(10_001);
    expect(text.startsWith('{"label":"行政复议案件","value":0}\n')).toBe(true);
    expect(text.endsWith('"value":9999}\n')).toBe(true);
    // Every buffer but the last is its own, not a view of one shared buffer.
    expect(new Set(buffers.slice(0, -1).map((b) => b.buffer)).size).toBe(buffers.length - 1);
    // A short report's rows are not held in a buffer of 64 KB.
    const [short] = utf8Buffers((sink) => sink.line('{"label":"行政复议案件","value":12}'));
    expect(short?.buffer.byteLength).toBe(short?.length);
  });

  it('sends nothing for nothing written', () => {
    expect(utf8Buffers(() => {})).toEqual([]);
  });
});
