import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Utf8Pieces, Utf8Sink, utf8Buffers, utf8Rows, utf8Text } from '../../src/format/utf8-sink.js';

const decode = (buffers: Uint8Array[]) => Buffer.concat(buffers).toString('utf8');
// Chinese, ASCII, an astral character (two UTF-16 units, four bytes) and line breaks.
const piece = fc.array(fc.constantFrom('法', '治', 'a', '1', '𠀀', '\n', '，', ' '), { maxLength: 40 }).map((units) => units.join(''));

describe('Utf8Sink', () => {
  it('sends the UTF-8 of what was written, in order, whatever the buffer size', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(piece, fc.boolean()), { maxLength: 30 }), fc.integer({ min: 4, max: 64 }), (writes, size) => {
        const sent: Uint8Array[] = [];
        // The buffer is reused: the receiver copies, as a writer to a file does.
        const sink = new Utf8Sink((bytes) => sent.push(bytes.slice()), new Uint8Array(size));
        for (const [text, asLine] of writes) (asLine ? sink.line(text) : sink.write(text));
        sink.end();
        expect(decode(sent)).toBe(writes.map(([text, asLine]) => (asLine ? `${text}\n` : text)).join(''));
        for (const bytes of sent) expect(bytes.length).toBeGreaterThan(0);
      }),
    );
  });

  it('writes pieces already encoded, numbers in decimal, and strings through Utf8Pieces as it writes text', () => {
    type Op = { kind: 'text' | 'line' | 'bytes' | 'piece' | 'encoded'; text: string } | { kind: 'decimal'; n: number; width: number };
    const op: fc.Arbitrary<Op> = fc.oneof(
      fc.record({ kind: fc.constantFrom('text' as const, 'line' as const, 'bytes' as const, 'piece' as const, 'encoded' as const), text: piece }),
      fc.record({ kind: fc.constant('decimal' as const), n: fc.oneof(fc.nat(99), fc.nat()), width: fc.nat(12) }),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 40 }), fc.integer({ min: 16, max: 64 }), fc.integer({ min: 0, max: 3 }), (ops, size, limit) => {
        const sent: Uint8Array[] = [];
        const sink = new Utf8Sink((bytes) => sent.push(bytes.slice()), new Uint8Array(size));
        // A small limit: strings past it are written as text.
        const pieces = new Utf8Pieces(limit);
        let expected = '';
        for (const o of ops) {
          if (o.kind === 'decimal') {
            sink.decimal(o.n, o.width);
            expected += String(o.n).padEnd(o.width);
          } else {
            if (o.kind === 'text') sink.write(o.text);
            else if (o.kind === 'line') sink.line(o.text);
            else if (o.kind === 'bytes') sink.bytes(new TextEncoder().encode(o.text));
            else if (o.kind === 'encoded') sink.bytes(pieces.encoded(o.text));
            else pieces.write(sink, o.text);
            expected += o.kind === 'line' ? `${o.text}\n` : o.text;
          }
        }
        sink.end();
        expect(decode(sent)).toBe(expected);
      }),
    );
  });

  it('gives the text a writer sends as one string, characters cut between buffers made whole', () => {
    const text = '法治𠀀政府'.repeat(1000);
    expect(utf8Text((out) => {
      const bytes = Buffer.from(text);
      for (let at = 0; at < bytes.length; at += 7) out(bytes.subarray(at, at + 7));
    })).toBe(text);
  });

  it('fills a buffer before it sends it, and sends a text longer than a buffer on its own', () => {
    const sent: number[] = [];
    const sink = new Utf8Sink((bytes) => sent.push(bytes.length), new Uint8Array(12));
    sink.write('法治'); // 6 bytes
    sink.write('ab');
    sink.write('法治'); // room for 4 bytes, not for the 6 two units may take: the 8 go out first
    sink.write('法治政府建设'); // up to 18 bytes, more than a buffer holds: the 6 go out, then these alone
    sink.end();
    expect(sent).toEqual([8, 6, 18]);
  });

  it('gives each call buffers of its own, cut to size, also for a call made inside another', () => {
    const rows = (n: number) => utf8Buffers((sink) => {
      for (let k = 0; k < n; k++) sink.line(`{"label":"行政复议案件","value":${k}}`);
    });
    const big = rows(10_000);
    const text = decode(big);
    expect(text.split('\n')).toHaveLength(10_001);
    expect(text.startsWith('{"label":"行政复议案件","value":0}\n')).toBe(true);
    expect(text.endsWith('"value":9999}\n')).toBe(true);
    // Not views of one shared buffer: a later call leaves them as they were.
    for (const bytes of big) expect(bytes.buffer.byteLength).toBe(bytes.length);
    rows(3);
    expect(decode(big)).toBe(text);
    let inner: Uint8Array[] = [];
    const outer = utf8Buffers((sink) => {
      sink.line('外');
      inner = utf8Buffers((s) => s.line('内'));
      sink.line('外');
    });
    expect([decode(outer), decode(inner)]).toEqual(['外\n外\n', '内\n']);
  });

  it('sends nothing for nothing written', () => {
    expect(utf8Buffers(() => {})).toEqual([]);
  });
});

describe('utf8Rows', () => {
  it('sends rows straight to a writer, as utf8Buffers would have gathered them, and keeps none', () => {
    const write = (sink: Utf8Sink) => {
      for (let i = 0; i < 20_000; i++) sink.line(`{"label":"受理行政复议案件","value":${i}}`);
    };
    const sent: Uint8Array[] = [];
    expect(utf8Rows((bytes) => sent.push(bytes.slice()), write)).toEqual([]);
    expect(sent.length).toBeGreaterThan(1);
    expect(decode(sent)).toBe(decode(utf8Buffers(write)));
    expect(decode(utf8Rows(undefined, write))).toBe(decode(sent));
  });
});
