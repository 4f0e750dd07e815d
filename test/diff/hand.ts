import { parseOutline } from '../../src/outline/index.js';
import { createSectionLocator } from '../../src/outline/locate.js';
import type { DiffInput } from '../../src/diff/index.js';
import type { Indicator, UnitKind } from '../../src/schema/indicator.js';
import { createLocator } from '../../src/text/location.js';

/**
 * Hand-built indicators for the diff's unit tests, independent of the real extractor: every
 * `<label><number><unit>` in the text, with the label running back to the previous punctuation.
 * A `[key]` written just before the label gives the indicator a catalogue key.
 */
const UNITS: Record<string, { kind: UnitKind; base: string; factor: number }> = {
  件: { kind: 'count', base: '件', factor: 1 },
  次: { kind: 'count', base: '次', factor: 1 },
  人: { kind: 'count', base: '人', factor: 1 },
  万元: { kind: 'money', base: '元', factor: 1e4 },
  亿元: { kind: 'money', base: '元', factor: 1e8 },
  '%': { kind: 'percent', base: '%', factor: 1 },
};
const FIGURE = /(?:\[([a-z_.]+)\])?([^，。；、\n\d[\]]*?)(\d+(?:\.\d+)?)(余)?(万元|亿元|件|次|人|%)/g;

export function report(source: string): DiffInput {
  // Keys are markup of the test, not text of the report: strip them, remembering where they were.
  const keys = new Map<number, string>();
  let text = '';
  let last = 0;
  for (const m of source.matchAll(/\[([a-z_.]+)\]/g)) {
    text += source.slice(last, m.index);
    keys.set(text.length, m[1] as string);
    last = (m.index as number) + m[0].length;
  }
  text += source.slice(last);
  const outline = parseOutline(text);
  const locate = createLocator(text);
  const place = createSectionLocator(outline);
  const indicators: Indicator[] = [];
  for (const m of text.matchAll(FIGURE)) {
    const label = (m[2] as string).replace(/^[一二三四五六七八九十]是/, '');
    const start = (m.index as number) + (m[2] as string).length;
    const end = (m.index as number) + m[0].length;
    const unit = m[5] as string;
    const def = UNITS[unit]!;
    const value = Number(m[3]);
    const headings = place(start).headings;
    const key = keys.get(m.index as number);
    indicators.push({
      kind: 'quantity',
      status: 'result',
      period: null,
      aggregate: 'level',
      text: text.slice(start, end),
      value,
      unit,
      unitKind: def.kind,
      base: { value: value * def.factor, unit: def.base },
      approx: m[4] ?? null,
      label,
      ...(key ? { key } : {}),
      sectionPath: headings.map((h) => h.marker + h.title),
      sectionId: headings.at(-1)?.id ?? null,
      item: null,
      span: locate.span(start, end),
    });
  }
  return { text, outline, indicators };
}
