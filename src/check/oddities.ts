import { localize, type Lang, type LocalizedText } from '../i18n/text.js';
import type { Locator } from '../text/location.js';
import { LintDiagnostic } from './diagnostic.js';

/**
 * Findings of the reading, not of a rule: a stray control character, a byte the encoding has no
 * character for (read as U+FFFD). Each is said at its place, so that one stray byte does not cost
 * the whole report; they are errors, as the text there is not what the drafter wrote.
 */
const ODDITY_IDS = { control: 'stray-control-character', invalid: 'invalid-byte' } as const;

const MESSAGES: Record<keyof typeof ODDITY_IDS, LocalizedText> = {
  control: {
    zh: '此处有一个不可见的控制字符（{code}），多为从其他系统复制时带入：请删除。',
    en: 'An invisible control character ({code}) is here, most often brought in by copying from another system: delete it.',
  },
  invalid: {
    zh: '此处有一个不符合 {encoding} 编码的字节，显示为“\ufffd”：这里的文字可能已损坏，请对照原稿改正。',
    en: 'A byte here is not valid {encoding} and is shown as “\ufffd”: the text here may be damaged; correct it from the original.',
  },
};

// As the reader judges them: tab, line feed, vertical tab, form feed and carriage return are text.
const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

/**
 * The oddities of a text: its control characters, and where the reader replaced invalid bytes
 * (`replaced`: it read leniently), its U+FFFD. Found in the text itself, so a text being fixed
 * has them at their current places.
 */
export function oddityDiagnostics(text: string, read: { replaced: boolean; encoding: string }, lang: Lang, locate: Locator): LintDiagnostic[] {
  const out: LintDiagnostic[] = [];
  const add = (kind: keyof typeof ODDITY_IDS, at: number, code: string) =>
    out.push(new LintDiagnostic(ODDITY_IDS[kind], 'error', localize(MESSAGES[kind], lang, { code, encoding: read.encoding.toUpperCase() }), at, at + 1, null, null, locate, kind));
  for (const m of text.matchAll(CONTROL)) add('control', m.index, `U+${m[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}`);
  if (read.replaced) for (let i = text.indexOf('\ufffd'); i !== -1; i = text.indexOf('\ufffd', i + 1)) add('invalid', i, '');
  return out.sort((a, b) => a.start - b.start);
}
