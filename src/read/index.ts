export { InputError } from './error.js';
export { collectPaths, REPORT_EXTENSIONS, STDIN } from './collect.js';
export { readReport } from './file.js';
export { decode, encode, encodeAsync, DecodeError } from './decode.js';
export { markdownStructure } from './markdown.js';
export type { ReportDocument, DocumentFormat } from './document.js';
