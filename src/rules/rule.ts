import type { $ZodType } from 'zod/v4/core';
import type { LocalizedText, MessageData } from '../i18n/text.js';
import type { SectionPlace } from '../outline/locate.js';
import type { ProfileFinding } from '../profiles/findings.js';
import type { Profile, ProfileId } from '../profiles/profile.js';
import type { Severity } from '../schema/diagnostic.js';
import type { Indicator } from '../schema/indicator.js';
import type { Outline, Section } from '../schema/outline.js';
import type { Span } from '../schema/position.js';
import type { Locator } from '../text/location.js';
import type { TextFacts } from '../text/facts.js';

export type RuleTag = 'structure' | 'completeness' | 'indicators' | 'punctuation' | 'wording';

/** Where a diagnostic points: a span, or offsets into the text. */
export type Place = { span: Span } | { start: number; end: number };

/** A replacement of a range of the text; `text: ''` deletes it. */
export type FixReport = Place & { text: string };

/**
 * What a finding says: a key of the rule's `messages` (checked at compile time: a misspelt id
 * does not compile), or, for a rule whose wording is data (a table of terms), a message of its
 * own. Never both.
 */
export type ReportMessage<MessageId extends string> = { messageId: MessageId; message?: never } | { message: LocalizedText; messageId?: never };

export type RuleReport<MessageId extends string = string> = Place &
  ReportMessage<MessageId> & {
    data?: MessageData;
    fix?: FixReport;
    related?: Array<Place & { message: LocalizedText; data?: MessageData }>;
  };

export interface RuleContext<Options, MessageId extends string = string> {
  readonly text: string;
  readonly outline: Outline;
  readonly indicators: readonly Indicator[];
  /** Every section and item of the outline, depth first, in text order. */
  readonly sections: readonly Section[];
  readonly profile: Profile;
  /** The year the report is about, if known. */
  readonly year: number | null;
  readonly options: Options;
  /**
   * Lines, sentences and clauses of the text, and the opaque ranges (URLs, comments, code). A
   * finding that starts in an opaque range is dropped by the checker: a rule need not test for
   * them, except to keep what it reads there out of its state (an open bracket in a URL).
   */
  readonly facts: TextFacts;
  /** Offsets to line/column positions. */
  readonly locate: Locator;
  sectionAt(offset: number): SectionPlace;
  /**
   * The issues of the profile's contents schema, each naming its rule (computed once per report,
   * shared by required-parts and shortcoming-causes).
   */
  profileFindings(): readonly ProfileFinding[];
  /** Reports a finding. */
  report(report: RuleReport<MessageId>): void;
}

export interface RuleDocs {
  /** Why the rule exists, what it accepts: a paragraph in each language. */
  rationale: LocalizedText;
  /** Text that the rule reports, and the same text corrected. */
  bad: readonly string[];
  good: readonly string[];
}

/**
 * One check, in the style of an ESLint rule or markdownlint's lib/mdNNN: metadata, messages and a
 * `check` that reports through its context. Rules never see the configuration's severities,
 * disables or the output language; the checker applies those.
 */
export interface Rule<Options = Record<string, never>, MessageId extends string = string> {
  id: string;
  description: LocalizedText;
  severity: Severity;
  tags: readonly RuleTag[];
  fixable: boolean;
  /**
   * `document`: the rule's findings are about the report as a whole (a part or its title is
   * missing), and their place only shows where to look; a web page's line there does not hide them.
   */
  scope?: 'document';
  /**
   * The rule speaks of a report with no text (report-empty). Every other rule is skipped on one:
   * an empty file, the wrong one picked or a save that failed, is one finding, not one per part
   * the profile requires and another for the missing title.
   */
  blank?: true;
  /** The kinds of report the rule applies to; all when absent. */
  profiles?: readonly ProfileId[];
  /** Options with their defaults (a zod schema): parsing `{}` gives the defaults. */
  options?: $ZodType<Options>;
  /** The rule's messages by id: `report({ messageId })` accepts only these ids. */
  messages: Readonly<Record<MessageId, LocalizedText>>;
  docs: RuleDocs;
  check(context: RuleContext<Options, MessageId>): void;
}

/** A rule of any options, as the registry holds them (each rule is checked against its own type). */
export type AnyRule = Rule<any, string>;

/**
 * Declares a rule with its option type and message ids inferred from `options` and `messages`
 * (an identity function, for type checking).
 */
export function defineRule<Options = Record<string, never>, const MessageId extends string = never>(rule: Rule<Options, MessageId>): Rule<Options, MessageId> {
  return rule;
}
