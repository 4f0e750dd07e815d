import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LANGS, type Lang } from '../i18n/text.js';
import { configFileIn } from './config.js';

const isLang = (value: unknown): value is Lang => LANGS.includes(value as Lang);

/**
 * The `lang` of a config file: of the one named, else of the one that applies to `cwd`. Read
 * leniently, for the language of messages only: a config that cannot be used is the business of
 * the command that uses it (lint says what is wrong with it), not a reason to fail a diff.
 */
export function configuredLang(cwd: string, named?: string): Lang | null {
  const path = named ? resolve(cwd, named) : nearestConfig(resolve(cwd));
  if (!path) return null;
  try {
    const lang = (JSON.parse(readFileSync(path, 'utf8').replace(/^\ufeff/, '')) as { lang?: unknown } | null)?.lang;
    return isLang(lang) ? lang : null;
  } catch {
    return null;
  }
}

function nearestConfig(dir: string): string | null {
  for (;;) {
    const path = configFileIn(dir);
    if (path) return path;
    const parent = dirname(dir);
    if (parent === dir) return null;
    dir = parent;
  }
}

/** The value of an option in raw arguments (`--lang en`, `--lang=en`), up to `--`. */
function optionValue(args: readonly string[], names: readonly string[]): string | undefined {
  let value: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] as string;
    if (arg === '--') break;
    for (const name of names) {
      if (arg === name) value = args[i + 1];
      else if (arg.startsWith(`${name}=`)) value = arg.slice(name.length + 1);
    }
  }
  return value;
}

/**
 * The run's language before commander has parsed anything (a usage error is said in it): the
 * command line's --lang, else the config's, else Chinese.
 */
export function langOfArgs(args: readonly string[], cwd: string): Lang {
  const given = optionValue(args, ['--lang']);
  if (isLang(given)) return given;
  return configuredLang(cwd, optionValue(args, ['--config', '-c'])) ?? 'zh';
}

/** The language of a command's output: its --lang, else the config's, else Chinese. */
export function commandLang(given: Lang | undefined, cwd: string): Lang {
  return given ?? configuredLang(cwd) ?? 'zh';
}
