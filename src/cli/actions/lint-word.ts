import { basename, join, resolve } from 'node:path';
import { statSync } from 'node:fs';
import type { TextEdit } from '../../document/compose.js';
import { FAILURES } from '../../i18n/failures.js';
import { fill, type Lang } from '../../i18n/text.js';
import { severityName, wordFixesLeft } from '../../i18n/ui.js';
import type { ReportDocument } from '../../read/document.js';
import { InputError } from '../../read/error.js';
import { readWordReport } from '../../read/word.js';
import type { Diagnostic } from '../../schema/diagnostic.js';
import type { Io } from '../io.js';
import { writeWordFile } from '../write-word.js';
import { revisionDate } from '../../document/revision-date.js';

/**
 * Writes the fixes of every pass into the Word file, as tracked changes (or directly), and
 * reads the file written: its text is what the findings are then of. Fixes that cannot be
 * written are said on stderr and stay findings. Null when nothing could be written.
 */
export async function writeWordFixes(
  doc: ReportDocument,
  texts: readonly string[],
  passes: readonly (readonly TextEdit[])[],
  mode: 'tracked' | 'direct',
  io: Io,
  lang: Lang,
): Promise<ReportDocument | null> {
  const word = doc.word;
  if (!word) return null;
  const [{ composeEdits }, { fixWord }] = await Promise.all([import('../../document/compose.js'), import('../../document/fix.js')]);
  const result = fixWord(word.document, composeEdits(texts, passes), { mode, date: revisionDate() });
  if (result.left.length > 0) {
    const reasons = [...new Set(result.left.map((l) => l.why))];
    io.stderr(`report-lint: ${doc.path}: ${wordFixesLeft(result.left.length, reasons, lang)}\n`);
  }
  if (!result.bytes) return null;
  // Read back before it replaces the file: a package report-lint cannot read is never written.
  const reread = await readWordReport(doc.path, result.bytes);
  await writeWordFile(doc.path, result.bytes, { read: word.bytes });
  return reread;
}

/**
 * Writes a copy of a Word report with each finding as a comment (批注) at its place. `target` is
 * a file, or a folder to write the copy into under the report's name.
 */
export async function writeAnnotated(doc: ReportDocument, diagnostics: readonly Diagnostic[], target: string, written: Set<string>, lang: Lang): Promise<void> {
  const word = doc.word;
  const isDirectory = statSync(target, { throwIfNoEntry: false })?.isDirectory() ?? false;
  // A folder of reports annotated into a folder: the text files among them have no comments.
  if (!word && isDirectory) return;
  if (!word) throw new InputError(doc.path, FAILURES.annotateText);
  const out = resolve(isDirectory ? join(target, basename(doc.path)) : target);
  if (out === resolve(doc.path)) throw new InputError(doc.path, FAILURES.annotateSelf);
  if (written.has(out)) throw new InputError(doc.path, fill(FAILURES.annotateTwice, { target }));
  const { annotateWord } = await import('../../document/annotate.js');
  const comments = diagnostics.map((d) => ({
    start: d.span.start.offset,
    end: d.span.end.offset,
    text: `${severityName(d.severity, lang)}：${d.message}（${d.ruleId}）`,
  }));
  const bytes = annotateWord(word.document, comments, { date: revisionDate() });
  await readWordReport(out, bytes);
  await writeWordFile(out, bytes);
  written.add(out);
}
