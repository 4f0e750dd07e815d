// The CLI bundle as ASCII only, so that the launcher reads it as one byte a character: a
// 740 KB bundle read as UTF-8 with four thousand Chinese characters in it is decoded into a
// string of two bytes a character, several milliseconds of every run. esbuild escapes strings and
// templates (charset ascii) but writes regular expression literals as they are; here each
// non-ASCII character of a literal becomes its \u escape, which a pattern reads as the character.
import ts from 'typescript';

const NON_ASCII = /[^\x00-\x7f]/;

/** `js` with every regular expression literal's non-ASCII characters escaped; throws if any other is left. */
export function asciiBundle(js, name) {
  if (!NON_ASCII.test(js)) return js;
  const file = ts.createSourceFile(name, js, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = (node) => {
    if (ts.isRegularExpressionLiteral(node)) {
      const text = node.getText(file);
      if (NON_ASCII.test(text)) edits.push({ start: node.getStart(file), end: node.end, text: escapePattern(text) });
      return;
    }
    node.forEachChild(visit);
  };
  visit(file);
  let out = '';
  let at = 0;
  for (const e of edits) {
    out += js.slice(at, e.start) + e.text;
    at = e.end;
  }
  out += js.slice(at);
  const left = NON_ASCII.exec(out);
  if (left) throw new Error(`build: ${name} keeps a non-ASCII character outside a string or pattern: …${out.slice(Math.max(0, left.index - 60), left.index + 20)}…`);
  return out;
}

/**
 * A regular expression literal (/body/flags) with its body's non-ASCII characters as escapes:
 * \uXXXX for each UTF-16 unit, or \u{…} for a character beyond the BMP in a u or v pattern (where
 * a pair of unit escapes also reads as one character, but the code point is plainer). A non-ASCII
 * character escaped by a backslash (an identity escape, allowed without u) is the character itself.
 */
function escapePattern(literal) {
  const close = literal.lastIndexOf('/');
  const body = literal.slice(1, close);
  const unicode = /[uv]/.test(literal.slice(close + 1));
  let out = '';
  for (let i = 0; i < body.length; ) {
    let code = body.codePointAt(i);
    if (code === 0x5c /* \ */) {
      const next = body.codePointAt(i + 1);
      if (next === undefined || next <= 0x7f) {
        out += body.slice(i, i + 2); // an escape of ASCII, as it is
        i += 2;
        continue;
      }
      i++; // an identity escape: the character alone
      code = next;
    }
    out += code <= 0x7f ? body[i] : escapeChar(code, unicode);
    i += code > 0xffff ? 2 : 1;
  }
  return `/${out}${literal.slice(close)}`;
}

function escapeChar(code, unicode) {
  if (code > 0xffff && unicode) return `\\u{${code.toString(16)}}`;
  const ch = String.fromCodePoint(code);
  let out = '';
  for (let k = 0; k < ch.length; k++) out += `\\u${ch.charCodeAt(k).toString(16).padStart(4, '0')}`;
  return out;
}
