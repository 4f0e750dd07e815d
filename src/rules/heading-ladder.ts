import type { MarkerStyle, Section } from '../schema/outline.js';
import { defineRule } from './rule.js';
import { LADDER } from './support/numbering.js';
import { markerRange } from './support/siblings.js';

export const headingLadder = defineRule({
  id: 'heading-ladder',
  description: {
    zh: '标题层级序号倒置（一、→（一）→1.→（1））',
    en: 'Heading levels inverted (一、 → （一） → 1. → （1）)',
  },
  severity: 'warning',
  tags: ['structure'],
  fixable: false,
  messages: {
    inverted: {
      zh: '“{found}”不应出现在“{parent}”之下：标题层级依次为“一、”“（一）”“1.”“（1）”，请调整序号。',
      en: '“{found}” cannot sit under “{parent}”: heading levels go “一、”, “（一）”, “1.”, “（1）”; fix the numbering.',
    },
  },
  docs: {
    rationale: {
      zh: '按照GB/T 9704，公文结构层次序数依次为“一、”“（一）”“1.”“（1）”。层次序数可以越级使用（如“一、”下直接用“1.”，工作安排常这样列举），但不能倒置：下级标题的层次不能高于或等于上级。',
      en: 'Under GB/T 9704 the levels of a document are numbered “一、”, “（一）”, “1.”, “（1）”. Levels may be skipped (“1.” straight under “一、”, as plans often list their tasks) but never inverted: a sub-heading is never of the level of its parent or above.',
    },
    bad: ['（一）完善制度\n一、工作进展'],
    good: ['一、工作进展\n（一）完善制度\n二、存在问题\n1.责任落实不到位'],
  },
  check(ctx) {
    const rank = (style: MarkerStyle) => LADDER.indexOf(style);
    const visit = (parent: Section) => {
      if (parent.style === 'markdown' || parent.style === 'item-shi' || parent.style === 'item-di') return;
      for (const child of parent.children) {
        if (child.kind !== 'heading' || rank(child.style) < 0) continue;
        if (rank(child.style) <= rank(parent.style)) {
          ctx.report({ ...markerRange(child), messageId: 'inverted', data: { found: child.marker, parent: parent.marker } });
        }
      }
    };
    for (const s of ctx.sections) if (s.kind === 'heading') visit(s);
  },
});
