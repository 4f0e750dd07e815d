import { readFileSync } from 'node:fs';
import { describeFsError, STDIN } from './collect.js';
import { decode, DecodeError } from './decode.js';
import { formatOf, type ReportDocument } from './document.js';
import { InputError } from './error.js';

/** Reads and decodes one report file, or standard input for `-`. */
export async function readReport(path: string, stdin: () => Promise<Uint8Array> = readStdin): Promise<ReportDocument> {
  let bytes: Uint8Array;
  try {
    bytes = path === STDIN ? await stdin() : readFileSync(path);
  } catch (error) {
    throw new InputError(path, describeFsError(error as NodeJS.ErrnoException));
  }
  try {
    const { text, encoding } = decode(bytes);
    return { path: path === STDIN ? '<stdin>' : path, text, encoding, format: formatOf(path) };
  } catch (error) {
    if (error instanceof DecodeError) throw new InputError(path === STDIN ? '<stdin>' : path, error.message);
    throw error;
  }
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
