/**
 * Text encoded as UTF-8 piece by piece into buffers, each handed on when full. A long output built
 * as one string first (a 10 MB report's 44,000 rows are 25 MB of JSON Lines) is a rope of pieces
 * that must be flattened and then encoded whole: that cost twice the rows' own JSON.stringify, and
 * the rope lived through every garbage collection of the run.
 */

/** Where encoded bytes go, a buffer at a time. */
export type ByteOut = (bytes: Uint8Array) => void;

/** Bytes gathered before they go out: few writes, and memory that stays flat. */
const BUFFER = 1 << 18;

export class Utf8Sink {
  readonly #out: ByteOut;
  readonly #keep: boolean;
  readonly #encoder = new TextEncoder();
  #buffer: Uint8Array;
  #used = 0;

  /**
   * With `keep`, each buffer handed out is the receiver's to keep and a new one is taken; without,
   * one buffer is reused, so the receiver copies what it keeps before it returns.
   */
  constructor(out: ByteOut, { keep = false, size = BUFFER }: { keep?: boolean; size?: number } = {}) {
    this.#out = out;
    this.#keep = keep;
    this.#buffer = new Uint8Array(size);
  }

  write(text: string): void {
    // A UTF-16 unit is at most 3 bytes of UTF-8: room for that, or the buffer goes out first.
    if (this.#used + text.length * 3 > this.#buffer.length) {
      this.#flush();
      if (text.length * 3 > this.#buffer.length) {
        this.#out(this.#encoder.encode(text));
        return;
      }
    }
    this.#used += this.#encoder.encodeInto(text, this.#buffer.subarray(this.#used)).written;
  }

  /** `text` and a line feed, without building their concatenation. */
  line(text: string): void {
    this.write(text);
    if (this.#used === this.#buffer.length) this.#flush();
    this.#buffer[this.#used++] = 0x0a;
  }

  /** Sends what is left: the end of the output. */
  end(): void {
    if (this.#used === 0) return;
    // A kept buffer mostly empty (a short report's rows) is cut to size rather than held whole.
    const used = this.#buffer.subarray(0, this.#used);
    this.#out(this.#keep && this.#used < this.#buffer.length / 2 ? used.slice() : used);
    this.#used = 0;
  }

  #flush(): void {
    if (this.#used === 0) return;
    this.#out(this.#buffer.subarray(0, this.#used));
    if (this.#keep) this.#buffer = new Uint8Array(this.#buffer.length);
    this.#used = 0;
  }
}

/** The UTF-8 of text written through a sink, as the buffers it filled (kept, not reused). */
export function utf8Buffers(write: (sink: Utf8Sink) => void): Uint8Array[] {
  const buffers: Uint8Array[] = [];
  const sink = new Utf8Sink((bytes) => buffers.push(bytes), { keep: true, size: 1 << 16 });
  write(sink);
  sink.end();
  return buffers;
}
