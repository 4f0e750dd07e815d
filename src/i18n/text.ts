/** The languages of messages: Chinese (the default, for drafters) and English. */
export type Lang = 'zh' | 'en';
export const LANGS: readonly Lang[] = ['zh', 'en'];

/** A message in both languages. `{name}` placeholders are filled from the data of a report. */
export interface LocalizedText {
  zh: string;
  en: string;
}

/** Values for placeholders: the same in both languages, or one per language (a part's name). */
export type MessageData = Readonly<Record<string, string | number | LocalizedText>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The text in `lang`, with its placeholders filled; an unknown placeholder stays as written. */
export function localize(text: LocalizedText, lang: Lang, data: MessageData = {}): string {
  return text[lang].replace(PLACEHOLDER, (whole, name: string) => {
    const value = data[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? value[lang] : String(value);
  });
}
