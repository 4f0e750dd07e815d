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
/** Characters of a piece short enough to copy by hand when it is ASCII. */
const SHORT = 16;

export class Utf8Sink {
  readonly #out: ByteOut;
  readonly #encoder = new TextEncoder();
  readonly #buffer: Uint8Array;
  #used = 0;

  /** The buffer handed to `out` is reused once `out` returns: the receiver copies what it keeps. */
  constructor(out: ByteOut, buffer: Uint8Array = new Uint8Array(BUFFER)) {
    this.#out = out;
    this.#buffer = buffer;
  }

  write(text: string): void {
    const length = text.length;
    // A UTF-16 unit is at most 3 bytes of UTF-8: room for that, or the buffer goes out first.
    if (this.#used + length * 3 > this.#buffer.length) {
      this.end();
      if (length * 3 > this.#buffer.length) {
        this.#out(this.#encoder.encode(text));
        return;
      }
    }
    // A short piece of ASCII (a separator, a bracket) is copied by hand: a call to encodeInto
    // costs more than the loop. Any other character leaves the rest to the encoder.
    if (length <= SHORT) {
      const buffer = this.#buffer;
      let at = this.#used;
      let i = 0;
      for (; i < length; i++) {
        const code = text.charCodeAt(i);
        if (code >= 0x80) break;
        buffer[at++] = code;
      }
      if (i === length) {
        this.#used = at;
        return;
      }
    }
    this.#used += this.#encoder.encodeInto(text, this.#buffer.subarray(this.#used)).written;
  }

  /** Bytes already encoded: a piece said on many lines, encoded once (see Utf8Pieces). */
  bytes(bytes: Uint8Array): void {
    if (this.#used + bytes.length > this.#buffer.length) {
      this.end();
      if (bytes.length > this.#buffer.length) {
        this.#out(bytes);
        return;
      }
    }
    this.#buffer.set(bytes, this.#used);
    this.#used += bytes.length;
  }

  /**
   * A non-negative integer in decimal, then spaces to `width` bytes: a line:column place is
   * written without a string made for it.
   */
  decimal(n: number, width = 0): void {
    const digits = decimalDigits(n);
    const size = Math.max(digits, width);
    if (this.#used + size > this.#buffer.length) this.end();
    const buffer = this.#buffer;
    let at = this.#used + digits;
    for (let rest = n; at > this.#used; rest = Math.floor(rest / 10)) buffer[--at] = 0x30 + (rest % 10);
    buffer.fill(0x20, this.#used + digits, this.#used + size);
    this.#used += size;
  }

  /** `text` and a line feed, without building their concatenation. */
  line(text: string): void {
    this.write(text);
    if (this.#used === this.#buffer.length) this.end();
    this.#buffer[this.#used++] = 0x0a;
  }

  /** Sends what is gathered: when the buffer is full, and at the end of the output. */
  end(): void {
    if (this.#used === 0) return;
    this.#out(this.#buffer.subarray(0, this.#used));
    this.#used = 0;
  }
}

// The buffer utf8Buffers and utf8Rows encode into, made on first use and shared by their calls
// (a call made inside another takes one of its own). utf8Buffers copies each call's bytes out at
// their size: a batch of hundreds of short reports allocates no buffer per report to fill a part of.
let scratch: Uint8Array | null = null;
let scratchInUse = false;

/**
 * Short strings said again and again (a listing's messages and rule names), each encoded once
 * when it comes a second time: copying its bytes costs less than encoding it on every line, and
 * a string said once (a message quoting its text) costs no buffer of its own. Up to `limit`
 * strings are remembered; past that, the rest are encoded as they come.
 */
export class Utf8Pieces {
  readonly #encoder = new TextEncoder();
  /** A string's bytes, or null while it has been seen once. */
  readonly #known = new Map<string, Uint8Array | null>();
  readonly #limit: number;

  constructor(limit = 1 << 14) {
    this.#limit = limit;
  }

  /** The bytes of a piece said on every line (a rule's name), encoded now and remembered. */
  encoded(text: string): Uint8Array {
    let known = this.#known.get(text);
    if (!known) {
      known = this.#encoder.encode(text);
      this.#known.set(text, known);
    }
    return known;
  }

  write(sink: Utf8Sink, text: string): void {
    const known = this.#known.get(text);
    if (known !== undefined) sink.bytes(known ?? this.encoded(text));
    else {
      if (this.#known.size < this.#limit) this.#known.set(text, null);
      sink.write(text);
    }
  }
}

/** Decimal digits of a non-negative integer. */
export function decimalDigits(n: number): number {
  let count = 1;
  for (let rest = n; rest >= 10; rest = Math.floor(rest / 10)) count++;
  return count;
}

/** Writes through a sink over the shared buffer to `out`, and sends what is left at the end. */
export function throughScratch(out: ByteOut, write: (sink: Utf8Sink) => void): void {
  const shared = !scratchInUse;
  const buffer = shared ? (scratch ??= new Uint8Array(BUFFER)) : new Uint8Array(BUFFER);
  scratchInUse = true;
  try {
    const sink = new Utf8Sink(out, buffer);
    write(sink);
    sink.end();
  } finally {
    if (shared) scratchInUse = false;
  }
}

/** The UTF-8 of text written through a sink, as buffers of its own. */
export function utf8Buffers(write: (sink: Utf8Sink) => void): Uint8Array[] {
  const buffers: Uint8Array[] = [];
  throughScratch((bytes) => buffers.push(bytes.slice()), write);
  return buffers;
}

/**
 * Rows written straight to `out` when given (through the shared buffer: none is made or copied per
 * row or per report), else gathered as utf8Buffers gathers them. Straight out, a 10 MB report's
 * 25 MB of JSON Lines cost no copy into buffers of their own: each new buffer's memory was first
 * touched there, 71 ms of a 1.1 s extract in its CPU profile.
 */
export function utf8Rows(out: ByteOut | undefined, write: (sink: Utf8Sink) => void): Uint8Array[] {
  if (!out) return utf8Buffers(write);
  throughScratch(out, write);
  return [];
}

/** The text a writer sends to `out`, as one string (an output small enough to be one). */
export function utf8Text(write: (out: ByteOut) => void): string {
  const decoder = new TextDecoder();
  const pieces: string[] = [];
  write((bytes) => pieces.push(decoder.decode(bytes, { stream: true })));
  pieces.push(decoder.decode());
  return pieces.join('');
}
