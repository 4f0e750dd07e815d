import type { DiffIndicator, DiffSection } from '../schema/diff.js';
import type { Indicator } from '../schema/indicator.js';
import type { Section } from '../schema/outline.js';

/** The parts of an indicator and a heading that the diff output carries. */
export function diffIndicator(x: Indicator): DiffIndicator {
  const out: DiffIndicator = {
    kind: x.kind,
    status: x.status,
    period: x.period,
    aggregate: x.aggregate,
    text: x.text,
    value: x.value,
    unit: x.unit,
    unitKind: x.unitKind,
    base: { value: x.base.value, unit: x.base.unit },
    approx: x.approx,
    label: x.label,
    sectionPath: x.sectionPath,
    sectionId: x.sectionId,
    span: x.span,
  };
  if (x.key !== undefined) out.key = x.key;
  return out;
}

export function diffSection(s: Section): DiffSection {
  return { id: s.id, level: s.level, marker: s.marker, title: s.title, titleSpan: s.titleSpan, span: s.span };
}
