import type { Section } from '../../schema/outline.js';

// After 第一、 comes another ordinal of the same noun (第一、第三产业, 第一、第二轮, 第二、三产业),
// never the content of an enumerated point.
const NEXT_ORDINAL = /^(?:第[一二三四五六七八九十]|[二三四五六七八九十](?:[、和]|产业|轮|批|类|期))/;

/** Whether an item read as 第一、… is two ordinals of one noun (第一、第三产业), not an enumerator. */
export function isOrdinalNoun(item: Section, text: string): boolean {
  if (item.style !== 'item-di' || !item.marker.endsWith('、')) return false;
  const after = item.span.start.offset + item.marker.length;
  return NEXT_ORDINAL.test(text.slice(after, after + 4));
}
