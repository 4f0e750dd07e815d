import type { IndicatorRow } from '../schema/extract.js';
import type { Indicator } from '../schema/indicator.js';

/**
 * The columns of a row, in order. Written out rather than read from the zod schema so that
 * extracting never loads zod; a test holds it equal to the schema's keys.
 */
export const INDICATOR_COLUMNS = [
  'file', 'year', 'section', 'item', 'kind', 'status', 'period', 'aggregate', 'key', 'label', 'value', 'unit', 'approx', 'baseValue', 'baseUnit',
  'unitKind', 'direction', 'reference', 'low', 'high', 'bound', 'text', 'line', 'column', 'start', 'end',
  'paragraph', 'character', 'page', 'pageLine',
] as const satisfies ReadonlyArray<keyof IndicatorRow>;

/** An indicator flattened into one table row (jsonl, csv). */
export function toIndicatorRow(file: string, year: number | null, i: Indicator): IndicatorRow {
  return {
    file,
    year,
    section: i.sectionPath.join(' > '),
    item: i.item,
    kind: i.kind,
    status: i.status,
    period: i.period,
    aggregate: i.aggregate,
    key: i.key ?? null,
    label: i.label,
    value: i.value,
    unit: i.unit,
    approx: i.approx,
    baseValue: i.base.value,
    baseUnit: i.base.unit,
    unitKind: i.unitKind,
    direction: i.change?.direction ?? null,
    reference: i.change?.reference ?? null,
    low: i.range?.low ?? null,
    high: i.range?.high ?? null,
    bound: i.target?.bound ?? null,
    text: i.text,
    line: i.span.start.line,
    column: i.span.start.column,
    start: i.span.start.offset,
    end: i.span.end.offset,
    paragraph: i.place?.paragraph ?? null,
    character: i.place?.character ?? null,
    page: i.place?.page ?? null,
    pageLine: i.place?.line ?? null,
  };
}
