import { lintReport, type LintOutcome } from '../../src/check/lint.js';
import { resolveSettings } from '../../src/check/settings.js';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import type { ProfileId } from '../../src/profiles/profile.js';
import { RULES } from '../../src/rules/registry.js';
import type { AnyRule } from '../../src/rules/rule.js';
import type { Lang } from '../../src/i18n/text.js';

export interface LintOptions {
  rules?: readonly AnyRule[];
  profile?: ProfileId;
  options?: Record<string, unknown>;
  lang?: Lang;
}

/** Lints plain text as the CLI does (outline, real extraction, default settings). */
export function lintText(text: string, options: LintOptions = {}): LintOutcome {
  const outline = parseOutline(text);
  const rules = options.rules ?? RULES;
  const settings = resolveSettings(
    rules,
    options.options && rules.length === 1 ? { rules: { [(rules[0] as AnyRule).id]: [(rules[0] as AnyRule).severity === 'warning' ? 'warn' : (rules[0] as AnyRule).severity, options.options] } } : {},
  );
  return lintReport({
    text,
    outline,
    indicators: extractIndicators(text, outline),
    settings,
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.lang ? { lang: options.lang } : {}),
    rules,
  });
}
