import { readFileSync } from 'node:fs';
import type { DiffInput } from '../../src/diff/index.js';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';

/** A report as the diff takes it: text, outline and the real extractor's indicators. */
export function loadReport(path: string): DiffInput {
  const text = readFileSync(path, 'utf8');
  const outline = parseOutline(text);
  return { text, outline, indicators: extractIndicators(text, outline) };
}

export interface Place {
  context: string;
  text: string;
}

/** Offset where the planted indicator starts: its context occurs once, its text inside it. */
export function offsetOf(text: string, place: Place): number {
  const at = text.indexOf(place.context);
  if (at < 0 || text.indexOf(place.context, at + 1) >= 0) throw new Error(`context not unique: ${place.context}`);
  const inner = place.context.indexOf(place.text);
  if (inner < 0) throw new Error(`${place.text} not in ${place.context}`);
  return at + inner;
}
