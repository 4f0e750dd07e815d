export { lintReport, type LintInput, type LintOutcome } from './lint.js';
export { Config, RuleEntry, SeverityLevel } from './config.js';
export { mergeConfigs } from './merge-config.js';
export { resolveSettings, parseRuleFlag, ConfigError, type RuleSetting, type RuleSettings } from './settings.js';
export { applyEdits, fixUntilStable, type TextEdit } from './fix.js';
export { parseDisables } from './disable.js';
