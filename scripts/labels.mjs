// Measures label quality over the shared corpus (issue 11): how many labels are two characters or
// fewer, and how many are cut mid-word — end in a character that starts a common two-character
// word whose second character follows in the text (…内部审查机|制), or start with the second
// character of one whose first precedes (…|查机制). "Common two-character word": a two-character
// segment that Intl.Segmenter's dictionary (ICU, in every Node build) gives at least twice over
// the corpus. Where a label sits in the text is found from the label itself: its last characters
// after the figure (the counted noun), else right before it, else the nearest before it (carried).
//
//   node scripts/labels.mjs            counts per file and in total
//   node scripts/labels.mjs --list     also every short and every cut label
import { loadLibrary } from './library.mjs';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const corpusDir = resolve(root, process.env.REPORT_LINT_CORPUS ?? '../shared/corpus');
const list = process.argv.includes('--list');
if (!existsSync(corpusDir)) {
  console.log(`labels: no corpus at ${corpusDir} (set REPORT_LINT_CORPUS); nothing to measure.`);
  process.exit(0);
}
const lib = await loadLibrary();
const files = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort();
const texts = files.map((f) => lib.decode(readFileSync(join(corpusDir, f))).text);

const CJK = /^[\u4e00-\u9fff]{2}$/;
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' });
const seen = new Map();
for (const text of texts) for (const { segment } of segmenter.segment(text)) if (CJK.test(segment)) seen.set(segment, (seen.get(segment) ?? 0) + 1);
const words = new Set([...seen].filter(([, n]) => n >= 2).map(([w]) => w));

/** [start, end) of the label in the text, or null when it is not a phrase found near the figure. */
function place(text, f) {
  const label = f.label;
  if (!label) return null;
  const start = f.span.start.offset;
  const end = f.span.end.offset;
  const tail = label.slice(-Math.min(4, label.length));
  const before = text.lastIndexOf(tail, start);
  // Right before the figure, past a qualifier at most (约, 超过, 达到): the label ends at the figure.
  if (before >= 0 && start - (before + tail.length) <= 4) return [before + tail.length - label.length, before + tail.length];
  const after = text.indexOf(tail, end);
  if (after >= 0 && after - end <= 16) return [after + tail.length - label.length, after + tail.length];
  if (before >= 0 && start - before <= 200) return [before + tail.length - label.length, before + tail.length];
  return null;
}

const total = { labels: 0, short: 0, cutEnd: 0, cutStart: 0, empty: 0 };
const shown = [];
files.forEach((file, k) => {
  const text = texts[k];
  const found = lib.extractIndicators(text, lib.parseOutline(text));
  const s = { labels: found.length, short: 0, cutEnd: 0, cutStart: 0, empty: 0 };
  for (const f of found) {
    const at = `${file}@${f.span.start.line}:${f.span.start.column} ${f.text}`;
    if (f.label.length === 0) s.empty++;
    if (f.label.length <= 2) {
      s.short++;
      if (list) shown.push(`short  ${at}  “${f.label}”`);
    }
    const where = place(text, f);
    if (!where) continue;
    const [a, b] = where;
    const last = f.label.slice(-1) + (text[b] ?? '');
    const first = (text[a - 1] ?? '') + f.label[0];
    if (f.label.length >= 1 && words.has(last)) {
      s.cutEnd++;
      if (list) shown.push(`cut|   ${at}  “${f.label}”|${text[b]}`);
    }
    if (f.label.length >= 1 && a > 0 && words.has(first)) {
      s.cutStart++;
      if (list) shown.push(`|cut   ${at}  ${text[a - 1]}|“${f.label}”`);
    }
  }
  for (const key of Object.keys(total)) total[key] += s[key];
  console.log(`${file.padEnd(44)} ${String(s.labels).padStart(4)} labels  ≤2 chars ${String(s.short).padStart(3)} (empty ${s.empty})  cut at end ${String(s.cutEnd).padStart(3)}  at start ${String(s.cutStart).padStart(3)}`);
});
const pc = (n) => `${((100 * n) / total.labels).toFixed(1)} %`;
console.log(`\nTOTAL ${total.labels} labels: ≤2 chars ${total.short} (${pc(total.short)}; empty ${total.empty}), cut mid-word at the end ${total.cutEnd} (${pc(total.cutEnd)}), at the start ${total.cutStart} (${pc(total.cutStart)})`);
if (list) console.log('\n' + shown.join('\n'));
