import type { IndicatorKind, UnitKind } from '../schema/indicator.js';
import { CATALOGUE, OTHER_SUBJECTS, SUBJECTS, type CatalogueEntry } from './entries.js';

export interface MatchInput {
  label: string;
  kind: IndicatorKind;
  unitKind: UnitKind;
  /** The unit as written (件, 卷, 万元). */
  unit: string;
  /** Value in the base unit (元, 人, %). */
  baseValue: number;
  /**
   * Text before the figure in the same item or paragraph, where an elided subject is named; a
   * function because it is rarely needed.
   */
  topic: () => string;
}

interface Bucket {
  entries: readonly CatalogueEntry[];
  /** One regex over the bucket's measures: most labels match none and are rejected in one test. */
  any: RegExp | null;
}

/**
 * A weaker pattern every match of `source` also matches: the part before a `.*` (排查.*纠纷 →
 * 排查). The prefilter needs only that, and without `.*` it runs in time linear in the label.
 */
function necessary(source: string): string {
  const alts: string[] = [];
  let depth = 0;
  let from = 0;
  let cut = -1; // first top-level `.*` of the current alternative
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (depth === 0 && c === '.' && source[i + 1] === '*' && cut < 0) cut = i;
    else if (depth === 0 && c === '|') {
      alts.push(source.slice(from, cut > from ? cut : i));
      from = i + 1;
      cut = -1;
    }
  }
  alts.push(source.slice(from, cut > from ? cut : source.length));
  return alts.join('|');
}

const buckets = new Map<UnitKind, Map<IndicatorKind, Bucket>>();

/** The entries that can apply to a unit kind and an indicator kind, built on first use. */
function bucket(unitKind: UnitKind, kind: IndicatorKind): Bucket {
  let byKind = buckets.get(unitKind);
  if (!byKind) buckets.set(unitKind, (byKind = new Map()));
  let b = byKind.get(kind);
  if (!b) {
    const entries = CATALOGUE.filter((e) => e.unitKinds.includes(unitKind) && e.kinds.includes(kind));
    b = { entries, any: entries.length ? new RegExp(entries.map((e) => necessary(e.measure.source)).join('|')) : null };
    byKind.set(kind, b);
  }
  return b;
}

let subjectBit: Map<RegExp, number> | null = null;

/**
 * Which catalogue subjects a text names, as a bit set: one test per subject. (One global regex
 * with a group per subject, read with exec, made a match array for every subject word of every
 * topic looked at: most of extraction's allocation after the indicators themselves.)
 */
function subjectsIn(text: string): number {
  let bits = 0;
  for (let i = 0; i < SUBJECTS.length; i++) if ((SUBJECTS[i] as RegExp).test(text)) bits |= 1 << i;
  return bits;
}

let subjectSearch: RegExp[] | null = null;

/**
 * The subject a text names last, nearest the figure after it, as a bit (0 when it names none).
 * An elided subject is the latest one: in 受理行政复议64件，审结64件。发生行政诉讼案件21件，审结19件
 * the second 审结 concludes lawsuits, and a catalogue with no entry for concluded lawsuits gives
 * it no key rather than the reconsideration's.
 */
function lastSubjectIn(text: string): number {
  // Most topics name one subject or none: tests alone settle them.
  const named = subjectsIn(text);
  if ((named & (named - 1)) === 0) return named;
  subjectSearch ??= SUBJECTS.map((r) => new RegExp(r.source, 'g'));
  let latest = -1;
  let bit = 0;
  for (let i = 0; i < subjectSearch.length; i++) {
    if (!(named & (1 << i))) continue;
    const r = subjectSearch[i] as RegExp;
    r.lastIndex = 0;
    let end = -1;
    for (let m = r.exec(text); m; m = r.exec(text)) end = m.index + m[0].length;
    if (end > latest) {
      latest = end;
      bit = 1 << i;
    }
  }
  return bit;
}

function bitOf(subject: RegExp): number {
  subjectBit ??= new Map(SUBJECTS.map((r, i) => [r, 1 << i]));
  return subjectBit.get(subject) ?? 0;
}

/** What a label alone decides: the entries whose measure it matches and exclusion it passes. */
interface LabelMatch {
  entries: readonly CatalogueEntry[];
  /** Subjects named in the label, as a bit set (0 when no candidate has a subject). */
  inLabel: number;
  /** The label names a thing outside the catalogue's subjects (办理公证事项): it borrows none. */
  namesOther: boolean;
}

const NO_MATCH: LabelMatch = { entries: [], inLabel: 0, namesOther: false };

/**
 * A label that lists things in turn (城镇、农村居民人均可支配收入分别达到46850元和23120元) names
 * several, and which figure is whose it does not say; a key names one. Things said to share the
 * figure (能耗、水耗均下降20%) each have it.
 */
function listsThings(label: string): boolean {
  const last = label.lastIndexOf('、');
  return last >= 0 && !SHARED.test(label.slice(last));
}

// 均 and 都 as adverbs, not in 人均, 平均 or 首都.
const SHARED = /(?<![人平])均|(?<!首)都/;

function matchLabel(b: Bucket, label: string): LabelMatch {
  if (!b.any || listsThings(label) || !b.any.test(label)) return NO_MATCH;
  const found = b.entries.filter((e) => e.measure.test(label) && !e.exclude?.test(label));
  if (found.length === 0) return NO_MATCH;
  const withSubject = found.some((e) => e.subject);
  return { entries: found, inLabel: withSubject ? subjectsIn(label) : 0, namesOther: withSubject && OTHER_SUBJECTS.test(label) };
}

/**
 * The catalogue key of a figure, or undefined when no entry — or more than one — matches with
 * the same confidence. A subject named in the label is more confident than one found in the
 * surrounding text; the text is consulted only when the label names no subject of its own.
 */
export function matchCatalogue(input: MatchInput): string | undefined {
  return decide(input, matchLabel(bucket(input.unitKind, input.kind), input.label));
}

/**
 * matchCatalogue with a memo of the label tests, for one scan: labels recur (the same wording
 * across a report's items and across concatenated reports), and the regex tests on a label are
 * most of the matcher's cost; the value range and the topic are still checked per figure. One
 * memo per scan, so nothing — not even a label sliced from the text — outlives the scan.
 */
export function createCatalogueMatcher(): (input: MatchInput) => string | undefined {
  const memo = new Map<Bucket, Map<string, LabelMatch>>();
  return (input) => {
    const b = bucket(input.unitKind, input.kind);
    let labels = memo.get(b);
    if (!labels) memo.set(b, (labels = new Map()));
    let m = labels.get(input.label);
    if (!m) labels.set(input.label, (m = matchLabel(b, input.label)));
    return decide(input, m);
  };
}

/** The key from the entries a label matched: value range, subject, ties. */
function decide(input: MatchInput, { entries, inLabel, namesOther }: LabelMatch): string | undefined {
  let best: CatalogueEntry | undefined;
  let bestScore = 0;
  let tie = false;
  let inTopic = -1; // subjects named in the topic, computed on first need
  for (const entry of entries) {
    if (input.baseValue < entry.range[0] || input.baseValue > entry.range[1]) continue;
    if (entry.units && !entry.units.test(input.unit)) continue;
    let score = 2;
    if (entry.subject) {
      const bit = bitOf(entry.subject);
      if (!(inLabel & bit)) {
        // The label names another subject, or none here: look around only in the second case,
        // and not when it names a thing outside the catalogue's subjects (办理公证事项).
        if (inLabel !== 0 || namesOther) continue;
        if (inTopic < 0) inTopic = lastSubjectIn(input.topic());
        if (!(inTopic & bit)) continue;
        score = 1;
      }
    }
    if (score > bestScore) {
      best = entry;
      bestScore = score;
      tie = false;
    } else if (score === bestScore && best && best.key !== entry.key) {
      tie = true;
    }
  }
  if (!best || tie) return undefined;
  return input.kind === 'target' ? `${best.key}.target` : best.key;
}

export function catalogueEntry(key: string): CatalogueEntry | undefined {
  const base = key.endsWith('.target') ? key.slice(0, -'.target'.length) : key;
  return CATALOGUE.find((e) => e.key === base);
}
