import type { BigramWeight, Bigrams } from './similarity.js';

/**
 * Inverse document frequency of bigrams over the labels of both reports. In a 政府工作报告 half
 * the labels say 增长 or 经济; sharing those says little, sharing 消费 or 棚户 says much. Weighting
 * by rarity keeps two labels that share only the common words from being paired.
 */
export function rarityWeights(labels: Iterable<Bigrams>): BigramWeight {
  const df = new Map<string, number>();
  let n = 0;
  for (const grams of labels) {
    n++;
    for (const g of grams.keys()) df.set(g, (df.get(g) ?? 0) + 1);
  }
  const weights = new Map<string, number>();
  for (const [g, d] of df) weights.set(g, Math.log((1 + n) / (1 + d)) + 1);
  const rarest = Math.log(1 + n) + 1;
  return (g) => weights.get(g) ?? rarest;
}
