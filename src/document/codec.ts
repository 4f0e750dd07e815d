/**
 * Raw DEFLATE, as ZIP stores parts. The reader takes it as a parameter: in Node the CLI passes
 * zlib's (native, and already loaded), a browser the fflate one (src/document/fflate-codec.ts).
 */
export interface Codec {
  /** Inflates `raw`; throws InflateLimit when the output would pass `max` bytes. */
  inflate(raw: Uint8Array, max: number): Uint8Array;
  deflate(data: Uint8Array): Uint8Array;
}

/** The output of an inflate passed the limit it was given. */
export class InflateLimit extends Error {}
