import { dirname } from 'node:path';
import type { Config } from '../../check/config.js';
import { mergeConfigs } from '../../check/merge-config.js';
import { ConfigError, parseRuleFlag, resolveSettings, type RuleSettings } from '../../check/settings.js';
import { FAILURES } from '../../i18n/failures.js';
import { fill, type Lang } from '../../i18n/text.js';
import { InputError } from '../../read/error.js';
import { RULES } from '../../rules/registry.js';
import { createConfigFinder, loadConfigFile, type FoundConfig } from '../config.js';
import type { Io } from '../io.js';
import { configuredLang } from '../lang.js';
import { describeFailure } from '../io.js';
import type { LintCommandOptions } from '../options.js';

/** What a report is linted with: its merged config and the rule settings resolved from it. */
export interface ReportConfig {
  config: Config;
  settings: RuleSettings;
  /** The config file it came from ('' for none): names it in the cache key and in failures. */
  source: string;
}

/** The run's configuration: its language, and the config of each report found on demand. */
export interface LintConfigs {
  lang: Lang;
  /** The config of a report at this path; null when its config file was already said to be unusable. */
  forReport(path: string): Promise<ReportConfig | null>;
}

/**
 * Reads the command line's --rule, --profile and --config and decides the run's language. A
 * problem is said on stderr and gives null: the run ends before any report is read.
 */
export async function lintConfigs(options: LintCommandOptions, io: Io): Promise<LintConfigs | null> {
  const findConfig = createConfigFinder();
  let cliLayer: Config;
  let explicit: FoundConfig | null = null;
  let lang: Lang;
  try {
    cliLayer = commandLineConfig(options);
    if (options.config) explicit = await loadConfigFile(options.config);
    // One language for the whole output: the command line's, else the config's (the one named,
    // or the one that applies to the working directory).
    lang = options.lang ?? (explicit ?? (await findConfig(io.cwd)))?.config.lang ?? 'zh';
  } catch (error) {
    if (!(error instanceof InputError || error instanceof ConfigError)) throw error;
    // The config that would say the language may be the one that failed: read leniently.
    io.stderr(`${describeFailure(error, options.lang ?? configuredLang(io.cwd, options.config) ?? 'zh')}\n`);
    return null;
  }
  const settingsCache = new Map<string, RuleSettings>();
  const badConfigs = new Set<string>();
  return {
    lang,
    async forReport(path) {
      const found = explicit ?? (await findConfig(path === '<stdin>' ? io.cwd : dirname(path)));
      const config = mergeConfigs(found?.config ?? {}, cliLayer);
      const key = found?.path ?? '';
      // A config file that cannot be used is said once, not once per report under it.
      if (badConfigs.has(key)) return null;
      let settings = settingsCache.get(key);
      if (!settings) {
        try {
          settings = resolveSettingsOf(config, found);
        } catch (error) {
          badConfigs.add(key);
          throw error;
        }
        settingsCache.set(key, settings);
      }
      return { config, settings, source: key };
    },
  };
}

function commandLineConfig(options: LintCommandOptions): Config {
  const rules: NonNullable<Config['rules']> = {};
  for (const flag of options.rule) {
    const [id, level] = parseRuleFlag(flag);
    rules[id] = level;
  }
  // An unknown rule on the command line fails before any file is read.
  try {
    resolveSettings(RULES, { rules });
  } catch (error) {
    throw error instanceof ConfigError ? new ConfigError(fill(FAILURES.ruleFlag, { problem: error.problem })) : error;
  }
  return { ...(options.profile ? { profile: options.profile } : {}), ...(options.lang ? { lang: options.lang } : {}), rules };
}

/**
 * The rule settings of a merged configuration. A setting that cannot be used is named by the
 * config file it was written in, not by the report it was for (--rule was checked up front).
 */
function resolveSettingsOf(config: Config, found: FoundConfig | null): RuleSettings {
  try {
    return resolveSettings(RULES, config);
  } catch (error) {
    if (!(error instanceof ConfigError)) throw error;
    throw new InputError(found?.path ?? '--rule', error.problem);
  }
}
