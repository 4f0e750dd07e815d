import { localize, type Lang, type LocalizedText, type MessageData } from '../i18n/text.js';
import { createSectionLocator } from '../outline/locate.js';
import { detectProfile, PROFILES, validateProfile, type ProfileFinding, type ProfileId } from '../profiles/index.js';
import { RULES } from '../rules/registry.js';
import type { AnyRule, Place, RuleContext, RuleReport } from '../rules/rule.js';
import { walkSections } from '../outline/walk.js';
import { createTextFacts } from '../text/facts.js';
import type { Severity } from '../schema/diagnostic.js';
import type { Indicator } from '../schema/indicator.js';
import type { Outline, Section } from '../schema/outline.js';
import type { Span } from '../schema/position.js';
import { createLocator, type Locator } from '../text/location.js';
import { LintDiagnostic, type FixRange } from './diagnostic.js';
import { parseDisables } from './disable.js';
import { asWritten, simplifiedOutline, toSimplified } from '../text/traditional.js';
import { inParagraphs, paragraphData } from './paragraph-wording.js';
import { resolveSettings, type RuleSettings } from './settings.js';

export interface LintInput {
  text: string;
  outline: Outline;
  indicators: readonly Indicator[];
  locator?: Locator;
  /** The kind of report; detected from the text when absent. */
  profile?: ProfileId;
  /** Severities and options per rule; the rules' defaults when absent. */
  settings?: RuleSettings;
  lang?: Lang;
  rules?: readonly AnyRule[];
  /** Called with each rule's id and the milliseconds its check took (TIMING=1 in the CLI). */
  timing?: (ruleId: string, ms: number) => void;
}

export interface LintOutcome {
  profile: ProfileId;
  /** In text order; each a `Diagnostic` whose positions are worked out when first read. */
  diagnostics: LintDiagnostic[];
}

/**
 * The fix as offsets, its replacement in the characters the report is written in; `folded` is
 * null when folding changed nothing. (Two distinct strings of one length compare character by
 * character: asked per fix of a long folded report, `written === folded` was most of lint.)
 */
function fixRangeOf(fix: Place & { text: string }, written: string, folded: string | null): FixRange {
  const range = 'span' in fix ? { start: fix.span.start.offset, end: fix.span.end.offset, text: fix.text } : fix;
  if (folded === null) return range;
  return { ...range, text: asWritten(range.text, written.slice(range.start, range.end), folded.slice(range.start, range.end)) };
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** A figure as the rules read it in the folded text: itself where folding left its text alone. */
function foldedIndicator(i: Indicator, text: string): Indicator {
  const folded = text.slice(i.span.start.offset, i.span.end.offset);
  return folded === i.text ? i : { ...i, text: folded };
}

/** Runs every enabled rule of the profile over one report; diagnostics in text order. */
export function lintReport(input: LintInput): LintOutcome {
  // A report in traditional characters is checked as its simplified twin: the profiles' part
  // words, the heading words and the rule tables are simplified (52餘件 is 52余件 to them).
  // Offsets are the report's.
  const written = input.text;
  const text = toSimplified(written);
  const folded = text === written ? null : text;
  const outline = text === written ? input.outline : simplifiedOutline(input.outline);
  // The rules read figures in the folded text; one is copied only where folding changed it.
  const indicators = text === written ? input.indicators : input.indicators.map((i) => foldedIndicator(i, text));
  const rules = input.rules ?? RULES;
  const settings = input.settings ?? resolveSettings(rules);
  const lang = input.lang ?? 'zh';
  const locate = input.locator ?? createLocator(text);
  const profileId = input.profile ?? detectProfile(text, outline);
  const profile = PROFILES[profileId];
  const facts = createTextFacts(text);
  const sectionAt = createSectionLocator(outline);
  let findings: ProfileFinding[] | undefined;
  let sections: Section[] | undefined;
  const allSections = () => (sections ??= walkSections(outline.sections));
  // The profile's parts are looked for among the sections the rules walk: the outline is walked once.
  const profileFindings = () => (findings ??= validateProfile(profile, { text, outline, locate, sections: allSections() }));

  const spanOf = (place: Place): Span => ('span' in place ? place.span : locate.span(place.start, place.end));

  const diagnostics: LintDiagnostic[] = [];
  for (const rule of rules) {
    const setting = settings.get(rule.id);
    const severity = setting?.severity ?? rule.severity;
    if (severity === 'off') continue;
    if (rule.profiles && !rule.profiles.includes(profileId)) continue;
    if (!rule.blank && facts.blank) continue;
    const message = messageFormatter(rule, lang, locate, input.text);
    const context: RuleContext<unknown> = {
      text,
      outline,
      indicators,
      get sections() {
        return allSections();
      },
      profile,
      year: outline.year,
      options: setting?.options ?? {},
      facts,
      locate,
      sectionAt,
      profileFindings,
      report(r) {
        let start: number;
        let end: number;
        let span: Span | null = null;
        if ('span' in r) {
          span = r.span;
          start = span.start.offset;
          end = span.end.offset;
        } else {
          start = r.start;
          end = r.end;
        }
        // Nothing is reported inside a URL, an HTML comment, code or a web page's line: one test
        // here, not one per rule. A finding about the whole report is only shown there.
        if (rule.scope !== 'document' && facts.isOpaque(start)) return;
        if (start === end && end < text.length) {
          // Shown on at least one character (SARIF and GitHub want a non-empty region).
          end++;
          span = null;
        }
        const diagnostic = new LintDiagnostic(rule.id, severity, message(r), start, end, span, r.fix ? fixRangeOf(r.fix, written, folded) : null, locate, r.messageId);
        if (r.related) {
          diagnostic.related = r.related.map((x) => ({ span: spanOf(x), message: localize(x.message, lang, x.data as MessageData) }));
        }
        diagnostics.push(diagnostic);
      },
    };
    const started = input.timing ? performance.now() : 0;
    try {
      rule.check(context);
    } catch (error) {
      throw new Error(`rule ${rule.id} failed: ${error instanceof Error ? error.message : String(error)}`, { cause: error });
    }
    input.timing?.(rule.id, performance.now() - started);
  }

  return { profile: profileId, diagnostics: enabledInTextOrder(diagnostics, text, locate) };
}

/**
 * The message of a rule's report in the run's language. A rule that reports many findings with
 * one frozen data object (a constant per punctuation mark) gets each message formatted once, not
 * once per finding; fresh objects are not cached. The cache lives for one rule of one report, so a
 * Map (cheaper to probe than a WeakMap) holds nothing long.
 */
function messageFormatter(rule: AnyRule, lang: Lang, locate: Locator, written: string): (r: RuleReport) => string {
  const formatted = new Map<string, Map<MessageData, string>>();
  // The last frozen data's message: findings come in runs of one kind (a hundred thousand
  // half-width commas), answered without the two lookups.
  let lastData: MessageData | undefined;
  let lastId: string | undefined;
  let lastOut = '';
  return (r) => {
    if (r.data !== undefined && r.data === lastData && r.messageId === lastId && r.message === undefined) return lastOut;
    const text: LocalizedText | undefined = r.message ?? (r.messageId ? rule.messages[r.messageId] : undefined);
    if (!text) throw new Error(`rule ${rule.id} reported an unknown message “${r.messageId ?? ''}”`);
    // A Word document is found by paragraph: a message that points at another line says its paragraph.
    if (locate.place && r.data && ('line' in r.data || 'column' in r.data)) return localize(inParagraphs(text), lang, paragraphData(r.data, written, locate));
    if (r.message || !r.data || !Object.isFrozen(r.data)) return localize(text, lang, r.data);
    let byData = formatted.get(r.messageId as string);
    if (!byData) formatted.set(r.messageId as string, (byData = new Map()));
    let out = byData.get(r.data);
    if (out === undefined) byData.set(r.data, (out = localize(text, lang, r.data)));
    lastData = r.data;
    lastId = r.messageId;
    lastOut = out;
    return out;
  };
}

/** The diagnostics the report's disable comments leave, by place, then severity, then rule. */
function enabledInTextOrder(diagnostics: LintDiagnostic[], text: string, locate: Locator): LintDiagnostic[] {
  const enabled = parseDisables(text, locate);
  const kept = enabled ? diagnostics.filter((d) => enabled(d.ruleId, locate.point(d.start).line)) : diagnostics;
  kept.sort(
    (a, b) =>
      a.start - b.start ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
  return kept;
}
