import { LocalizedError } from '../i18n/localized-error.js';
import { safeParse } from 'zod/mini';
import type { AnyRule } from '../rules/rule.js';
import { FAILURES } from '../i18n/failures.js';
import { fill } from '../i18n/text.js';
import { issueText } from './issue.js';
import type { Severity } from '../schema/diagnostic.js';
import type { Config, SeverityLevel } from './config.js';

export interface RuleSetting {
  severity: Severity | 'off';
  options: unknown;
}
export type RuleSettings = ReadonlyMap<string, RuleSetting>;

/** A configuration that cannot be used: an unknown rule, bad options. Exit code 2. */
export class ConfigError extends LocalizedError {}

const LEVELS: Record<string, Severity | 'off'> = {
  off: 'off', 0: 'off', info: 'info', warn: 'warning', warning: 'warning', 1: 'warning', error: 'error', 2: 'error',
};

function severityOf(level: SeverityLevel): Severity | 'off' {
  return LEVELS[String(level)] as Severity | 'off';
}

/** Every rule's severity and options under a configuration, with options validated by the rule. */
export function resolveSettings(rules: readonly AnyRule[], config: Config = {}): RuleSettings {
  const byId = new Map(rules.map((r) => [r.id, r]));
  for (const id of Object.keys(config.rules ?? {})) {
    if (!byId.has(id)) throw new ConfigError(fill(FAILURES.unknownRule, { id }));
  }
  const out = new Map<string, RuleSetting>();
  for (const rule of rules) {
    const entry = config.rules?.[rule.id];
    const level = entry === undefined ? rule.severity : Array.isArray(entry) ? severityOf(entry[0]) : severityOf(entry);
    const given = Array.isArray(entry) ? (entry[1] ?? {}) : {};
    out.set(rule.id, { severity: level, options: parseOptions(rule, given) });
  }
  return out;
}

function parseOptions(rule: AnyRule, given: unknown): unknown {
  if (!rule.options) {
    if (given && typeof given === 'object' && Object.keys(given).length > 0) {
      throw new ConfigError(fill(FAILURES.noOptions, { id: rule.id }));
    }
    return {};
  }
  const parsed = safeParse(rule.options, given);
  if (parsed.success) {
    // The schema drops keys it does not know: a misspelt option would pass without a word.
    const known = parsed.data as Record<string, unknown>;
    const unknown = given && typeof given === 'object' ? Object.keys(given).find((k) => !(k in known)) : undefined;
    if (unknown !== undefined) throw new ConfigError(fill(FAILURES.unknownOption, { id: rule.id, option: unknown }));
    return parsed.data;
  }
  const issue = parsed.error.issues[0];
  throw new ConfigError(fill(FAILURES.badOptions, { id: rule.id, issue: issue ? issueText(issue) : FAILURES.invalidOptions }));
}

/** `--rule id=warn` → [id, level]. */
export function parseRuleFlag(flag: string): [string, SeverityLevel] {
  // Any id: one that is not a rule's is reported as unknown, not as a malformed flag.
  const m = /^([^=\s]+)=(off|info|warn|warning|error|[012])$/.exec(flag.trim());
  if (!m) throw new ConfigError(fill(FAILURES.badRuleFlag, { flag }));
  const level = /^[012]$/.test(m[2] as string) ? (Number(m[2]) as 0 | 1 | 2) : (m[2] as SeverityLevel);
  return [m[1] as string, level];
}
