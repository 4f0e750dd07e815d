import { parse } from 'zod/mini';
import { outputHeader } from '../../schema/version.js';
import { styleFor } from '../../format/style.js';
import { PROFILES } from '../../profiles/index.js';
import { RULES } from '../../rules/registry.js';
import type { RulesCommandOptions } from '../options.js';
import { EXIT_OK } from '../exit.js';
import type { Io } from '../io.js';

export async function runRules(options: RulesCommandOptions, io: Io): Promise<number> {
  switch (options.format) {
    case 'text': {
      const { formatRulesText } = await import('../../format/rules-text.js');
      io.stdout(formatRulesText(RULES, options.lang, await styleFor(io.color)));
      break;
    }
    case 'markdown': {
      const { formatRulesMarkdown } = await import('../../format/rules-markdown.js');
      const rules = RULES.map((r) => ({ ...r, ...(r.options ? { defaults: parse(r.options, {}) as Record<string, unknown> } : {}) }));
      io.stdout(formatRulesMarkdown(rules, options.lang, PROFILES));
      break;
    }
    case 'json': {
      const rules = RULES.map(({ check: _check, options: schema, ...meta }) => ({
        ...meta,
        ...(schema ? { defaults: parse(schema, {}) } : {}),
      }));
      io.stdout(`${JSON.stringify({ ...outputHeader('rules'), rules }, null, 2)}\n`);
      break;
    }
  }
  return EXIT_OK;
}
