import type { Io } from './io.js';

/** Writes pieces of output in blocks of about a megabyte: a write per piece would be millions. */
export function writeChunks(chunks: Iterable<string>, io: Pick<Io, 'stdout'>): void {
  let block: string[] = [];
  let size = 0;
  for (const chunk of chunks) {
    block.push(chunk);
    size += chunk.length;
    if (size >= 1 << 20) {
      io.stdout(block.join(''));
      block = [];
      size = 0;
    }
  }
  if (size > 0) io.stdout(block.join(''));
}
