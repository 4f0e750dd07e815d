import type { BigramWeights, Bigrams } from './similarity.js';

/**
 * Inverse document frequency of bigrams over the labels of both reports. In a 政府工作报告 half
 * the labels say 增长 or 经济; sharing those says little, sharing 消费 or 棚户 says much. Weighting
 * by rarity keeps two labels that share only the common words from being paired.
 */
export function rarityWeights(labels: readonly Bigrams[], vocabularySize: number): BigramWeights {
  const df = new Int32Array(vocabularySize);
  for (const grams of labels) for (const id of grams.ids) df[id] = (df[id] as number) + 1;
  const n = labels.length;
  const weights = new Float64Array(vocabularySize);
  for (let id = 0; id < vocabularySize; id++) weights[id] = Math.log((1 + n) / (1 + (df[id] as number))) + 1;
  return weights;
}
