import type { MarkerStyle, Section } from '../schema/outline.js';
import { defineRule } from './rule.js';
import { LADDER, markerFor } from './support/numbering.js';
import { markerRange } from './support/siblings.js';

type ParentStyle = MarkerStyle | 'top';

export const headingLadder = defineRule({
  id: 'heading-ladder',
  description: {
    zh: '标题层级序号混用（一、→（一）→1.→（1））',
    en: 'Heading levels mixed up (一、 → （一） → 1. → （1）)',
  },
  severity: 'warning',
  tags: ['structure'],
  fixable: false,
  messages: {
    inverted: {
      zh: '“{found}”不应出现在“{parent}”之下：标题层级依次为“一、”“（一）”“1.”“（1）”，请调整序号。',
      en: '“{found}” cannot sit under “{parent}”: heading levels go “一、”, “（一）”, “1.”, “（1）”; fix the numbering.',
    },
    mixed: {
      zh: '此处“{parent}”下用了“{found}”，而同级其他标题下用“{expected}”：请统一使用“{expected}”。',
      en: 'Under “{parent}” this uses “{found}” where the other headings of that level use “{expected}”: use “{expected}” throughout.',
    },
  },
  docs: {
    rationale: {
      zh: '按照GB/T 9704，公文结构层次序数依次为“一、”“（一）”“1.”“（1）”。下级标题的层次不能高于上级；同一层级的标题下，下一级应使用同一种序号，不应此处用“（一）”、彼处直接用“1.”。',
      en: 'Under GB/T 9704 the levels of a document are numbered “一、”, “（一）”, “1.”, “（1）”. A sub-heading is never of a higher level than its parent, and the sub-headings under headings of one level use one style: not “（一）” under one and “1.” under another.',
    },
    bad: ['一、工作进展\n（一）完善制度\n二、存在问题\n1.责任落实不到位'],
    good: ['一、工作进展\n（一）完善制度\n二、存在问题\n（一）责任落实不到位'],
  },
  check(ctx) {
    const rank = (style: ParentStyle) => (style === 'top' ? -1 : LADDER.indexOf(style));
    // For each style of parent, the styles its numbered sub-headings use, and where.
    const usage = new Map<ParentStyle, Map<MarkerStyle, Array<{ parent: Section | null; child: Section }>>>();
    const note = (parent: Section | null, children: readonly Section[]) => {
      const parentStyle: ParentStyle = parent ? parent.style : 'top';
      if (parentStyle === 'markdown' || parentStyle === 'item-shi' || parentStyle === 'item-di') return;
      for (const child of children) {
        if (child.kind !== 'heading' || rank(child.style) < 0) continue;
        if (parent && rank(child.style) <= rank(parent.style)) {
          ctx.report({ ...markerRange(child), messageId: 'inverted', data: { found: child.marker, parent: parent.marker } });
          continue;
        }
        const styles = usage.get(parentStyle) ?? new Map();
        usage.set(parentStyle, styles);
        const uses = styles.get(child.style) ?? [];
        styles.set(child.style, uses);
        // One vote per parent: eight （一）…（八） under one 一、 are one choice, not eight. A
        // parent's children are noted together, so its vote, if any, is the last one.
        if (uses.at(-1)?.parent !== parent) uses.push({ parent, child });
      }
    };
    note(null, ctx.outline.sections);
    for (const s of ctx.sections) if (s.kind === 'heading') note(s, s.children);

    for (const [parentStyle, styles] of usage) {
      if (styles.size < 2) continue;
      const expected = expectedStyle(parentStyle, styles, rank);
      for (const [style, uses] of styles) {
        if (style === expected) continue;
        for (const { parent, child } of uses) {
          ctx.report({
            ...markerRange(child),
            messageId: 'mixed',
            data: {
              found: child.marker,
              // A part without a number is named by its title (2024年工作回顾).
              parent: parent ? parent.marker || parent.title : '—',
              expected: markerFor(expected, child.ordinal ?? 1),
            },
          });
        }
      }
    }
  },
});

/** The style the ladder puts next, if the document uses it there; else the most used. */
function expectedStyle(
  parent: ParentStyle,
  styles: ReadonlyMap<MarkerStyle, readonly unknown[]>,
  rank: (s: ParentStyle) => number,
): MarkerStyle {
  const next = LADDER[rank(parent) + 1];
  if (next && styles.has(next)) return next;
  let best: MarkerStyle | null = null;
  let most = -1;
  for (const [style, uses] of styles) {
    if (uses.length > most) {
      best = style;
      most = uses.length;
    }
  }
  return best as MarkerStyle;
}
