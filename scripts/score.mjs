// Scores the indicator extractor against the hand-checked gold files: per file and in total,
// precision, recall and F1 on exact spans; then, for matched spans, disagreements in value, unit
// and approx; every miss, every false hit and every notIndicators entry that was extracted.
//
//   npm run score                 gold from $REPORT_LINT_GOLD, else ../shared/gold
//   npm run score -- --verbose    also matched indicators whose label or section differ
//
// It bundles src/extract (and src/outline, for section paths) with esbuild into a temporary
// directory, so it needs neither dist/ nor a TypeScript loader.
import { loadLibrary } from './library.mjs';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const verbose = process.argv.includes('--verbose');

const goldDir = resolve(root, process.env.REPORT_LINT_GOLD ?? '../shared/gold');
if (!existsSync(goldDir)) {
  console.log(`score: no gold directory at ${goldDir} (set REPORT_LINT_GOLD); nothing to score.`);
  process.exit(0);
}
const corpusDir = resolve(root, process.env.REPORT_LINT_CORPUS ?? join(goldDir, '..', 'corpus'));
const goldFiles = readdirSync(goldDir).filter((f) => f.endsWith('.json')).sort();
if (goldFiles.length === 0) {
  console.log(`score: no gold files in ${goldDir}; nothing to score.`);
  process.exit(0);
}

const lib = await loadLibrary();

function findText(name) {
  const stem = name.replace(/\.txt$/, '');
  const candidates = [join(corpusDir, name), join(root, 'fixtures', name)];
  if (existsSync(corpusDir)) {
    for (const f of readdirSync(corpusDir)) if (f.startsWith(stem + '.')) candidates.push(join(corpusDir, f));
  }
  return candidates.find((p) => existsSync(p)) ?? null;
}

/** Character-bigram Dice similarity: labels are free text, so they are compared loosely. */
function similarity(a, b) {
  const grams = (s) => {
    const m = new Map();
    for (let i = 0; i + 1 < s.length; i++) m.set(s.slice(i, i + 2), (m.get(s.slice(i, i + 2)) ?? 0) + 1);
    return m;
  };
  const x = grams(a);
  const y = grams(b);
  let both = 0;
  for (const [g, n] of x) both += Math.min(n, y.get(g) ?? 0);
  const total = Math.max(0, a.length - 1) + Math.max(0, b.length - 1);
  return total === 0 ? (a === b ? 1 : 0) : (2 * both) / total;
}

const fold = (s) => (s ?? '').replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
const pct = (x) => (Number.isFinite(x) ? (100 * x).toFixed(1).padStart(5) + '%' : '    –');
const f1 = (p, r) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));
const where = (text, start) => {
  const before = text.slice(0, start);
  const line = before.split('\n').length;
  return `${line}:${start - before.lastIndexOf('\n')}`;
};

const total = { gold: 0, found: 0, tp: 0, value: 0, unit: 0, approx: 0, not: 0, labelSum: 0, section: 0, item: 0 };
for (const goldName of goldFiles) {
  const gold = JSON.parse(readFileSync(join(goldDir, goldName), 'utf8'));
  const path = findText(gold.file ?? goldName.replace(/\.json$/, '.txt'));
  if (!path) {
    console.log(`\n${goldName}: text ${gold.file} not found in ${corpusDir} or fixtures/; skipped.`);
    continue;
  }
  const { text } = lib.decode(readFileSync(path));
  const outline = lib.parseOutline ? lib.parseOutline(text) : null;
  const found = outline ? lib.extractIndicators(text, outline) : lib.scanIndicators(text);
  const byStart = new Map(found.map((f) => [`${f.span.start.offset}:${f.span.end.offset}`, f]));
  const goldSpans = new Set();
  const s = { gold: gold.indicators.length, found: found.length, tp: 0, value: 0, unit: 0, approx: 0, not: 0, labelSum: 0, section: 0, item: 0 };
  const misses = [];
  const disagreements = [];
  const softs = [];
  for (const g of gold.indicators) {
    const k = `${g.start}:${g.end}`;
    goldSpans.add(k);
    const f = byStart.get(k);
    if (!f) {
      misses.push(g);
      continue;
    }
    s.tp++;
    const problems = [];
    if (Math.abs(f.value - g.value) > 1e-9 * Math.max(1, Math.abs(g.value))) {
      s.value++;
      problems.push(`value ${f.value} ≠ ${g.value}`);
    }
    if (fold(f.unit) !== fold(g.unit)) {
      s.unit++;
      problems.push(`unit ${f.unit} ≠ ${g.unit}`);
    }
    if ((f.approx ?? null) !== (g.approx ?? null)) {
      s.approx++;
      problems.push(`approx ${f.approx} ≠ ${g.approx}`);
    }
    if (problems.length) disagreements.push(`  ${g.text} @${g.line}:${g.column}: ${problems.join(', ')}`);
    const sim = similarity(f.label, g.label ?? '');
    s.labelSum += sim;
    const sectionOk = JSON.stringify(f.sectionPath) === JSON.stringify(g.section ?? []);
    const itemOk = (f.item ?? null) === (g.item ?? null);
    if (sectionOk) s.section++;
    if (itemOk) s.item++;
    if (verbose && (sim < 0.5 || !sectionOk || !itemOk)) {
      softs.push(`  ${g.text} @${g.line}:${g.column}: label “${f.label}” vs “${g.label}” (${sim.toFixed(2)})` +
        (sectionOk ? '' : `; section ${JSON.stringify(f.sectionPath)} vs ${JSON.stringify(g.section)}`) +
        (itemOk ? '' : `; item ${f.item} vs ${g.item}`));
    }
  }
  const falseHits = found.filter((f) => !goldSpans.has(`${f.span.start.offset}:${f.span.end.offset}`));
  const notHits = [];
  for (const n of gold.notIndicators ?? []) {
    const a = n.start;
    const b = n.start + n.text.length;
    for (const f of found) if (f.span.start.offset < b && f.span.end.offset > a) notHits.push({ n, f });
  }
  s.not = notHits.length;
  for (const key of Object.keys(total)) total[key] += s[key];

  const p = s.tp / s.found;
  const r = s.tp / s.gold;
  console.log(`\n${basename(path)}  (gold ${goldName})`);
  console.log(`  gold ${s.gold}  extracted ${s.found}  matched ${s.tp}   P ${pct(p)}  R ${pct(r)}  F1 ${pct(f1(p, r))}`);
  console.log(`  on matched spans: value ≠ ${s.value}, unit ≠ ${s.unit}, approx ≠ ${s.approx};` +
    ` label similarity ${s.tp ? (s.labelSum / s.tp).toFixed(2) : '–'}; section = ${s.section}/${s.tp}, item = ${s.item}/${s.tp}`);
  console.log(`  notIndicators extracted: ${s.not}`);
  if (misses.length) console.log(`  misses (${misses.length}):\n` + misses.map((g) => `  ${g.text} @${g.line}:${g.column} [${g.start},${g.end})  ${g.label ?? ''}`).join('\n'));
  if (falseHits.length) console.log(`  false hits (${falseHits.length}):\n` + falseHits.map((f) => `  ${f.text} @${f.span.start.line}:${f.span.start.column} [${f.span.start.offset},${f.span.end.offset})  ${f.label}`).join('\n'));
  if (disagreements.length) console.log(`  disagreements (${disagreements.length}):\n` + disagreements.join('\n'));
  if (notHits.length) console.log(`  notIndicators hit (${notHits.length}):\n` + notHits.map(({ n, f }) => `  “${n.text}” @${n.start} by ${f.text} @${where(text, f.span.start.offset)}`).join('\n'));
  if (softs.length) console.log(`  soft differences (${softs.length}):\n` + softs.join('\n'));
}

// Corpus files without gold: not scored, but counted, so that a change in behaviour shows.
const scored = new Set(goldFiles.map((g) => JSON.parse(readFileSync(join(goldDir, g), 'utf8')).file));
if (existsSync(corpusDir)) {
  const others = readdirSync(corpusDir).filter((f) => f.endsWith('.txt') && !scored.has(f)).sort();
  if (others.length) console.log(`\ncorpus files without gold (not scored):`);
  for (const f of others) {
    const { text } = lib.decode(readFileSync(join(corpusDir, f)));
    const found = lib.parseOutline ? lib.extractIndicators(text, lib.parseOutline(text)) : lib.scanIndicators(text);
    const kinds = {};
    for (const x of found) kinds[x.kind] = (kinds[x.kind] ?? 0) + 1;
    const keyed = found.filter((x) => x.key).length;
    console.log(`  ${f.padEnd(34)} ${String(found.length).padStart(4)} indicators, ${String(keyed).padStart(3)} keyed  ` +
      Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', '));
  }
}

const P = total.tp / total.found;
const R = total.tp / total.gold;
console.log(`\nTOTAL  gold ${total.gold}  extracted ${total.found}  matched ${total.tp}   P ${pct(P)}  R ${pct(R)}  F1 ${pct(f1(P, R))}`);
console.log(`  on matched spans: value ≠ ${total.value}, unit ≠ ${total.unit}, approx ≠ ${total.approx}; notIndicators extracted: ${total.not}`);
