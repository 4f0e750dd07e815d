/** Whether bytes (a page on standard input, or saved under another name) start as an HTML document. */
export function looksLikeHtml(bytes: Uint8Array): boolean {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && i < 512 && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i++;
  let head = '';
  for (let j = i; j < Math.min(bytes.length, i + 15); j++) head += String.fromCharCode(bytes[j] as number);
  return /^<(?:!doctype\s+html|html[\s>])/i.test(head);
}

/** Whether bytes are a PDF (`%PDF-`), whatever the file is called. */
export function looksLikePdf(bytes: Uint8Array): boolean {
  return bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46 && bytes[4] === 0x2d;
}
