/** The languages of messages: Chinese (the default, for drafters) and English. */
export const LANGS = ['zh', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/** A message in both languages. `{name}` placeholders are filled from the data of a report. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** Values for placeholders: the same in both languages, or one per language (a part's name). */
export type MessageData = Readonly<Record<string, string | number | LocalizedText>>;

const PLACEHOLDER = /\{(\w+)\}/g;

// A message is formatted once per diagnostic, thousands of times per report: each template is
// split into literal parts and placeholder names once.
const compiled = new Map<string, string[]>();

function partsOf(template: string): string[] {
  let parts = compiled.get(template);
  if (!parts) {
    parts = template.split(PLACEHOLDER); // odd indexes are placeholder names
    compiled.set(template, parts);
  }
  return parts;
}

/** The text in `lang`, with its placeholders filled; an unknown placeholder stays as written. */
export function localize(text: LocalizedText, lang: Lang, data: MessageData = {}): string {
  const parts = partsOf(text[lang]);
  if (parts.length === 1) return parts[0] as string;
  let out = '';
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] as string;
    if (i % 2 === 0) {
      out += part;
      continue;
    }
    const value = data[part];
    out += value === undefined ? `{${part}}` : typeof value === 'object' ? value[lang] : String(value);
  }
  return out;
}

/**
 * The text with its placeholders filled in both languages: a failure is worded where it happens
 * (the reader, the fixer) and said later in the run's language.
 */
export function fill(text: LocalizedText, data: MessageData): LocalizedText {
  return { zh: localize(text, 'zh', data), en: localize(text, 'en', data) };
}

/** A string that reads the same in both languages (a path, a system's own message). */
export function same(text: string): LocalizedText {
  return { zh: text, en: text };
}
