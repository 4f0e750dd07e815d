import type { ForcedEncoding } from '../read/decode.js';

/**
 * What each command is given: the shapes its declaration (commands/) parses and its
 * implementation (actions/) takes. Both import them from here, so neither imports the other's
 * file back (a command only loads its action, lazily, when it runs).
 */

export const LINT_FORMATS = ['stylish', 'json', 'sarif', 'github', 'markdown', 'html'] as const;
export type LintFormat = (typeof LINT_FORMATS)[number];

export interface LintCommandOptions {
  format: LintFormat;
  profile?: 'fazhi' | 'gzbg' | 'generic';
  lang?: 'zh' | 'en';
  config?: string;
  rule: string[];
  maxWarnings?: number;
  quiet?: boolean;
  fix?: boolean;
  fixDryRun?: boolean;
  encoding?: ForcedEncoding;
  /** How --fix writes into a Word file: as tracked changes (修订) or directly. */
  fixMode?: 'tracked' | 'direct';
  /** Write a copy of each Word file with every finding as a comment (批注). */
  annotate?: string;
  changes?: 'accepted' | 'original';
  /** Reports processed at once (--jobs); default: one per core. */
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
}

/** What extract is given. */
export interface ExtractCommandOptions {
  format: ExtractFormat;
  encoding?: ForcedEncoding;
  changes?: 'accepted' | 'original';
  lang?: 'zh' | 'en';
  jobs?: number;
  cache?: boolean;
  cacheLocation?: string;
}

export type ExtractFormat = 'text' | 'json' | 'jsonl' | 'csv' | 'html';
export type DiffFormat = 'stylish' | 'json' | 'markdown' | 'html';
export type ReviewFormat = 'stylish' | 'json' | 'markdown';

export interface RulesCommandOptions {
  format: 'text' | 'markdown' | 'json';
  lang: 'zh' | 'en';
}

export const SCHEMA_NAMES = ['outline', 'extract', 'row', 'lint', 'diff', 'review'] as const;
export type SchemaName = (typeof SCHEMA_NAMES)[number];
