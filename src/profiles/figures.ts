import * as z from 'zod/mini';
import type { LocalizedText } from '../i18n/text.js';
import type { Figure } from './facts.js';
import { lowerBound, upperBound } from './bounds.js';
import { isBoundedRateLabel } from './bounded-rates.js';
import { isRate } from './rate.js';
import { spanSchema, type FindingParams } from './require.js';
import { sameTimeFrame } from './time-frame.js';

/** A part that cannot exceed its whole, by catalogue key: 审结 ≤ 受理. */
export interface KeyRelation {
  part: string;
  whole: string;
}

const OUT_OF_RANGE: LocalizedText = {
  zh: '“{label}”为{text}，比率应在0%～100%之间：请核对数据。',
  en: '“{label}” is {text}, but a rate lies between 0% and 100%: check the figure.',
};
const EXCEEDS: LocalizedText = {
  zh: '“{part}”（{partText}）多于“{whole}”（{wholeText}）：部分不能大于整体，请核对数据或写明二者口径不同。',
  en: '“{part}” ({partText}) is more than “{whole}” ({wholeText}): a part cannot exceed its whole; check the figures or say how they differ.',
};

// The list is checked as a whole rather than element by element: a long report has tens of
// thousands of figures, and only rates and keyed figures concern these checks.
const Figures = z.custom<Figure[]>((value) => Array.isArray(value));

/** A share lies in 0–100 (a completion rate against a plan may pass 100: bounded-rates.ts). */
function checkRanges(indicators: readonly Figure[], ctx: z.core.$RefinementCtx<Figure[]>): void {
  indicators.forEach(({ indicator }, i) => {
    if (indicator.unitKind !== 'percent' || (indicator.value >= 0 && indicator.value <= 100) || !isRate(indicator) || !isBoundedRateLabel(indicator.label)) return;
    const params: FindingParams = {
      kind: 'out-of-range',
      message: OUT_OF_RANGE,
      data: { label: indicator.label, text: indicator.text },
    };
    ctx.addIssue({ code: 'custom', path: [i, 'value'], message: OUT_OF_RANGE.en, params, input: indicator.value });
  });
}

/**
 * The figures schema of a profile: every rate in range, and each keyed part no larger than its
 * whole when both are reported in the same sentence.
 */
export function figuresSchema(relations: readonly KeyRelation[]) {
  return z.object({
    span: spanSchema(),
    indicators: Figures.check(z.superRefine((indicators, ctx) => {
      checkRanges(indicators, ctx);
      if (relations.length === 0) return;
      // One pass groups the keyed figures: each whole's first figure per sentence, so that a part
      // finds its whole at once, and each part key's figures, so that a relation visits only its
      // own parts instead of every figure of the report.
      // A part is held to a whole of the same sentence (受理90件，审结70件): in another sentence
      // the same key may count something else (诉前委派调解案件 beside 排查纠纷).
      const wholes = new Set(relations.map((r) => r.whole));
      const parts = new Set(relations.map((r) => r.part));
      const firstOf = new Map<string, Map<number, number>>(); // key → sentence → index
      const partsOf = new Map<string, number[]>(); // key → indexes
      indicators.forEach((x, i) => {
        const key = x.indicator.key;
        if (!key) return;
        if (wholes.has(key)) {
          let bySentence = firstOf.get(key);
          if (!bySentence) firstOf.set(key, (bySentence = new Map<number, number>()));
          if (!bySentence.has(x.sentence)) bySentence.set(x.sentence, i);
        }
        if (parts.has(key)) {
          const list = partsOf.get(key);
          if (list) list.push(i);
          else partsOf.set(key, [i]);
        }
      });
      for (const { part, whole } of relations) {
        for (const i of partsOf.get(part) ?? []) {
          const figure = indicators[i] as Figure;
          if (figure.carryOver) continue;
          const p = figure.indicator;
          const index = firstOf.get(whole)?.get(figure.sentence);
          const w = index === undefined ? undefined : indicators[index]?.indicator;
          // Of another unit, or another time (受理 of the year, 审结 of its first half): not its whole.
          if (w && (w.unitKind !== p.unitKind || !sameTimeFrame(w, p))) continue;
          if (!w || lowerBound(p) <= upperBound(w)) continue;
          const params: FindingParams = {
            kind: 'exceeds-whole',
            message: EXCEEDS,
            data: { part: p.label, partText: p.text, whole: w.label, wholeText: w.text },
            related: { path: ['indicators', index as number], message: { zh: '整体', en: 'the whole' } },
          };
          ctx.addIssue({ code: 'custom', path: [i], message: EXCEEDS.en, params, input: p });
        }
      }
    })),
  });
}
