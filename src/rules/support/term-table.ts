import type { LocalizedText } from '../../i18n/text.js';
import type { RuleContext } from '../rule.js';

/** The message of a wrong word, shared by the rules that read a table of them. */
export const TERM_MESSAGES = {
  term: {
    zh: '“{found}”应为“{replacement}”：{why}。',
    en: '“{found}” should be “{replacement}”: {why}.',
  },
} as const;

/** A wrong word and the right one: a row of outdated-term's or miswriting's table. */
export interface Term {
  pattern: RegExp;
  replacement: string;
  /** Safe to replace without reading the sentence: the same meaning, the right word. */
  fix: boolean;
  /** Wrong only in reports about years after this (an institution renamed by a reform). */
  after?: number;
  why: LocalizedText;
}

/**
 * Reports every term of `terms` in force for the report's year, in one pass over the text:
 * each pattern is a literal alternation without capturing groups, joined as a group each.
 */
export function reportTerms(ctx: RuleContext<Record<string, never>, 'term'>, terms: readonly Term[]): void {
  const inForce = terms.filter((t) => t.after === undefined || (ctx.year !== null && ctx.year > t.after));
  if (inForce.length === 0) return;
  const any = new RegExp(inForce.map((t) => `(${t.pattern.source})`).join('|'), 'g');
  for (let m = any.exec(ctx.text); m; m = any.exec(ctx.text)) {
    const term = inForce[m.findIndex((g, i) => i > 0 && g !== undefined) - 1] as Term;
    const start = m.index;
    const end = start + m[0].length;
    ctx.report({
      start,
      end,
      messageId: 'term',
      data: { found: m[0], replacement: term.replacement, why: term.why },
      ...(term.fix ? { fix: { start, end, text: term.replacement } } : {}),
    });
  }
}
