import type { Config, RuleEntry } from './config.js';

/**
 * Layers of configuration, later ones winning: defaults, the config file, the command line. A
 * rule set by severity alone keeps the options an earlier layer gave it (as in ESLint).
 */
export function mergeConfigs(...layers: readonly Config[]): Config {
  const out: Config = {};
  for (const layer of layers) {
    if (layer.profile !== undefined) out.profile = layer.profile;
    if (layer.lang !== undefined) out.lang = layer.lang;
    for (const [id, entry] of Object.entries(layer.rules ?? {})) {
      const previous = out.rules?.[id];
      const options = Array.isArray(previous) ? previous[1] : undefined;
      const merged: RuleEntry = Array.isArray(entry) ? entry : options ? [entry, options] : entry;
      out.rules = { ...out.rules, [id]: merged };
    }
  }
  return out;
}
