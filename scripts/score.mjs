// Scores the indicator extractor against the hand-checked gold files: per file and in total,
// precision, recall and F1 on exact spans; then, for matched spans, disagreements in value, unit
// and approx; every miss, every false hit and every notIndicators entry that was extracted.
// A gold file with `ranges` annotates only those ranges: extracted figures outside them are
// neither hits nor false hits. fixtures/gold/holdout/ holds gold of reports the extractor was never
// tuned on: its files are listed after the others, with a total of their own, so that the tuned
// score is never read as the score on unseen reports. fixtures/gold/timeframe.json is scored
// apart: the status, period and aggregate of the figures it lists, matched to the extracted ones
// by overlapping spans.
//
//   npm run score                 gold from $REPORT_LINT_GOLD, else ../shared/gold; fixtures/gold; fixtures/gold/holdout
//   npm run score -- --verbose    also matched indicators whose label or section differ
//
// It bundles the library from source with esbuild into a temporary directory, so it needs
// neither dist/ nor a TypeScript loader.
import { loadLibrary } from './library.mjs';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const verbose = process.argv.includes('--verbose');

const sharedGold = resolve(root, process.env.REPORT_LINT_GOLD ?? '../shared/gold');
const projectGold = join(root, 'fixtures', 'gold');
const corpusDir = resolve(root, process.env.REPORT_LINT_CORPUS ?? join(sharedGold, '..', 'corpus'));
const jsonIn = (dir) => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.json')).sort().map((f) => join(dir, f)) : []);
const heldOutGold = join(projectGold, 'holdout');
const read = (heldOut) => (path) => ({ path, heldOut, gold: JSON.parse(readFileSync(path, 'utf8')) });
const allGold = [...[...jsonIn(sharedGold), ...jsonIn(projectGold)].map(read(false)), ...jsonIn(heldOutGold).map(read(true))];
const extractionGold = allGold.filter((g) => Array.isArray(g.gold.indicators));
const timeframeGold = allGold.filter((g) => Array.isArray(g.gold.entries));
if (allGold.length === 0) {
  console.log(`score: no gold files in ${sharedGold} or ${projectGold} (set REPORT_LINT_GOLD); nothing to score.`);
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

const counts = () => ({ gold: 0, found: 0, tp: 0, value: 0, unit: 0, approx: 0, not: 0, labelSum: 0, section: 0, item: 0 });
const total = counts();
const heldOutTotal = counts();
const inRanges = (ranges, start) => !ranges || ranges.some((r) => start >= r.start && start < r.end);
const extracted = new Map();
/** The text and extracted indicators of a report, once per run; null when the text is absent. */
function reportOf(name) {
  if (!extracted.has(name)) {
    const path = findText(name);
    if (!path) extracted.set(name, null);
    else {
      const { text } = lib.decode(readFileSync(path));
      extracted.set(name, { path, text, found: lib.extractIndicators(text, lib.parseOutline(text)) });
    }
  }
  return extracted.get(name);
}

let heldOutHeader = false;
for (const { path: goldPath, heldOut, gold } of extractionGold) {
  const goldName = basename(goldPath);
  if (heldOut && !heldOutHeader) {
    console.log(`\nHELD-OUT gold (fixtures/gold/holdout: reports the extractor was not tuned on)`);
    heldOutHeader = true;
  }
  const report = reportOf(gold.file ?? goldName.replace(/\.json$/, '.txt'));
  if (!report) {
    console.log(`\n${goldName}: text ${gold.file} not found in ${corpusDir} or fixtures/; skipped.`);
    continue;
  }
  const { path, text } = report;
  const found = report.found.filter((f) => inRanges(gold.ranges, f.span.start.offset));
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
    // Gold written for ranges annotates figures, not the outline: no section, no item to check.
    const sectionOk = !('section' in g) || JSON.stringify(f.sectionPath) === JSON.stringify(g.section ?? []);
    const itemOk = !('item' in g) || (f.item ?? null) === (g.item ?? null);
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
  for (const key of Object.keys(total)) (heldOut ? heldOutTotal : total)[key] += s[key];

  const p = s.tp / s.found;
  const r = s.tp / s.gold;
  const extent = gold.ranges ? `; ${gold.ranges.reduce((n, r) => n + r.end - r.start, 0)} characters in ${gold.ranges.length} range(s)` : '';
  console.log(`\n${basename(path)}  (gold ${goldName}${extent})`);
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
const scored = new Set(extractionGold.map((g) => g.gold.file));
if (existsSync(corpusDir)) {
  const others = readdirSync(corpusDir).filter((f) => f.endsWith('.txt') && !scored.has(f)).sort();
  if (others.length) console.log(`\ncorpus files without gold (not scored):`);
  for (const f of others) {
    const { found } = reportOf(f);
    const kinds = {};
    for (const x of found) kinds[x.kind] = (kinds[x.kind] ?? 0) + 1;
    const keyed = found.filter((x) => x.key).length;
    console.log(`  ${f.padEnd(34)} ${String(found.length).padStart(4)} indicators, ${String(keyed).padStart(3)} keyed  ` +
      Object.entries(kinds).map(([k, n]) => `${k} ${n}`).join(', '));
  }
}

function printTotal(name, t) {
  const P = t.tp / t.found;
  const R = t.tp / t.gold;
  console.log(`\n${name}  gold ${t.gold}  extracted ${t.found}  matched ${t.tp}   P ${pct(P)}  R ${pct(R)}  F1 ${pct(f1(P, R))}`);
  console.log(`  on matched spans: value ≠ ${t.value}, unit ≠ ${t.unit}, approx ≠ ${t.approx}; notIndicators extracted: ${t.not}`);
}
printTotal('TOTAL', total);
if (heldOutHeader) printTotal('HELD-OUT TOTAL', heldOutTotal);

// Time frames: each gold entry is matched to the extracted indicator whose span overlaps it most.
for (const { path: goldPath, gold } of timeframeGold) {
  const fields = ['status', 'period', 'aggregate'];
  const right = Object.fromEntries(fields.map((k) => [k, 0]));
  const given = Object.fromEntries(fields.map((k) => [k, 0]));
  const wrong = Object.fromEntries(fields.map((k) => [k, []]));
  const unmatched = [];
  const badSpans = [];
  let matched = 0;
  for (const e of gold.entries) {
    const report = reportOf(e.file);
    if (!report) {
      unmatched.push(`  ${e.file}: text not found`);
      continue;
    }
    if (report.text.slice(e.start, e.end) !== e.text) badSpans.push(`  ${e.file} [${e.start},${e.end}) is not “${e.text}”`);
    let best = null;
    let bestOverlap = 0;
    for (const f of report.found) {
      const overlap = Math.min(e.end, f.span.end.offset) - Math.max(e.start, f.span.start.offset);
      if (overlap > bestOverlap) [best, bestOverlap] = [f, overlap];
    }
    if (!best) {
      unmatched.push(`  ${e.text} ${e.file} @${where(report.text, e.start)}`);
      continue;
    }
    matched++;
    // The fields on the indicator itself, or grouped under `timeframe` if they land that way.
    const frame = best.timeframe ?? best;
    for (const k of fields) {
      if (!(k in frame)) continue;
      given[k]++;
      if ((frame[k] ?? null) === (e[k] ?? null)) right[k]++;
      else wrong[k].push(`  ${e.text} ${e.file} @${where(report.text, e.start)}: ${k} ${JSON.stringify(frame[k])}, gold ${JSON.stringify(e[k])}`);
    }
  }
  const files = new Set(gold.entries.map((e) => e.file)).size;
  console.log(`\ntime frames (gold ${basename(goldPath)}): ${gold.entries.length} figures from ${files} reports, ${matched} matched by an extracted indicator`);
  for (const k of fields) {
    if (given[k] === 0) console.log(`  ${k.padEnd(9)} not scored: the extractor gives no ${k}`);
    else console.log(`  ${k.padEnd(9)} ${pct(right[k] / given[k])} right (${right[k]}/${given[k]})`);
  }
  if (badSpans.length) console.log(`  gold spans that do not match their text (${badSpans.length}):\n` + badSpans.join('\n'));
  if (unmatched.length) console.log(`  not extracted (${unmatched.length}):\n` + unmatched.join('\n'));
  for (const k of fields) if (wrong[k].length && (verbose || wrong[k].length <= 30)) console.log(`  wrong ${k} (${wrong[k].length}):\n` + wrong[k].join('\n'));
}
