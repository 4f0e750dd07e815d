import { applyEdits, type TextEdit } from '../../src/check/fix.js';
import { lintReport } from '../../src/check/lint.js';
import { diffReports } from '../../src/diff/index.js';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import { decode, DecodeError } from '../../src/read/decode.js';
import { markdownStructure } from '../../src/read/markdown.js';
import { Diagnostic } from '../../src/schema/diagnostic.js';
import { ReportDiff } from '../../src/schema/diff.js';
import { Indicator } from '../../src/schema/indicator.js';
import { Outline, type Section } from '../../src/schema/outline.js';
import type { Span } from '../../src/schema/position.js';
import { createLocator, type Locator } from '../../src/text/location.js';
import type { FuzzCase } from './reports.js';

/** A property of the pipeline that a case broke, with what the fuzzer needs to report it. */
export class PropertyFailure extends Error {}

const MAX_FIX_PASSES = 10;

interface Analysed {
  text: string;
  outline: Outline;
  indicators: Indicator[];
  locator: Locator;
}

/**
 * Runs one case through the whole pipeline (outline → extract → lint → fix → diff) and checks
 * what must hold of any input: nothing throws, every span lies inside the text and says the
 * line and column of its offset, every output passes its schema, fixing twice changes nothing
 * the first fixing left, and a report diffed with itself has no change. Throws PropertyFailure
 * (or the pipeline's own error) when one does not hold.
 */
export function checkCase({ text, markdown }: FuzzCase): void {
  const first = analyse(text, markdown);
  const lint = (a: Analysed) => lintReport({ text: a.text, outline: a.outline, indicators: a.indicators, locator: a.locator });
  const outcome = lint(first);
  for (const d of outcome.diagnostics) {
    const plain = d.toJSON();
    valid(Diagnostic, plain, 'diagnostic');
    checkSpan(first, plain.span, `diagnostic ${d.ruleId}`);
    if (plain.fix) checkSpan(first, plain.fix.span, `fix of ${d.ruleId}`);
    for (const r of plain.related ?? []) checkSpan(first, r.span, `related place of ${d.ruleId}`);
  }

  // Fixes: as --fix applies them, pass after pass until none is left; then one more pass must
  // find nothing to change (a second --fix is a no-op).
  const fixesOf = (a: Analysed): TextEdit[] => lint(a).diagnostics.flatMap((d) => (d.fixRange ? [d.fixRange] : []));
  let current = first;
  let edits = fixesOf(first);
  for (let pass = 1; ; pass++) {
    const { text: fixed, applied } = applyEdits(current.text, edits);
    if (applied.length === 0) break;
    if (pass === MAX_FIX_PASSES) {
      const rules = lint(current).diagnostics.filter((d) => d.fixRange && applied.includes(d.fixRange)).map((d) => d.ruleId);
      throw new PropertyFailure(`fixes never settle: pass ${pass} still changes the text (${[...new Set(rules)].join(', ')})`);
    }
    current = analyse(fixed, markdown);
    edits = fixesOf(current);
  }

  // A report against itself, and against its fixed version.
  for (const other of [first, current]) {
    const diff = diffReports(first, other);
    valid(ReportDiff, diff, 'diff');
    if (other === first) {
      // Against itself nothing may be paired with a different value or title. (Figures with no
      // words around them, and headings with no words, are never aligned, by design of
      // src/diff: they are added and removed alike.)
      const { changed, added, removed } = diff.indicators;
      const { renamed } = diff.sections;
      if (changed.length > 0 || renamed.length > 0 || added.length !== removed.length || diff.sections.added.length !== diff.sections.removed.length) {
        throw new PropertyFailure(
          `a report diffed with itself has changes: indicators ${changed.length} changed, ${added.length} added, ${removed.length} removed; ` +
            `sections ${renamed.length} renamed, ${diff.sections.added.length} added, ${diff.sections.removed.length} removed`,
        );
      }
    }
  }
}

/** Bytes as a file holds them: decoded (refusing them is fine), then checked as a case. */
export function checkBytes(bytes: Uint8Array, markdown: boolean): void {
  let text: string;
  try {
    text = decode(bytes).text;
  } catch (error) {
    if (error instanceof DecodeError) return;
    throw error;
  }
  checkCase({ text, markdown });
}

function analyse(text: string, markdown: boolean): Analysed {
  const locator = createLocator(text);
  const structure = markdown ? markdownStructure(text) : undefined;
  if (structure) {
    for (const h of structure.headings) {
      if (!(h.start <= h.contentStart && h.contentStart <= h.contentEnd && h.contentEnd <= text.length)) {
        throw new PropertyFailure(`Markdown heading out of order or outside the text: ${JSON.stringify(h)}`);
      }
    }
  }
  const outline = parseOutline(text, structure ? { markdown: structure, locator } : { locator });
  const indicators = extractIndicators(text, outline, locator);
  const a: Analysed = { text, outline, indicators, locator };
  valid(Outline, outline, 'outline');
  if (outline.title) checkSpan(a, outline.title.span, 'title');
  if (outline.preamble) checkSpan(a, outline.preamble, 'preamble');
  const visit = (sections: readonly Section[]) => {
    for (const s of sections) {
      checkSpan(a, s.span, `section ${s.id}`);
      checkSpan(a, s.titleSpan, `title of section ${s.id}`);
      visit(s.children);
    }
  };
  visit(outline.sections);
  for (const indicator of indicators) {
    valid(Indicator, indicator, 'indicator');
    checkSpan(a, indicator.span, `indicator “${indicator.text}”`);
  }
  return a;
}

function checkSpan(a: Analysed, span: Span, what: string): void {
  const { start, end } = span;
  if (!(start.offset >= 0 && start.offset <= end.offset && end.offset <= a.text.length)) {
    throw new PropertyFailure(`${what}: span ${start.offset}–${end.offset} is not inside the text (length ${a.text.length})`);
  }
  for (const p of [start, end]) {
    const expected = a.locator.point(p.offset);
    if (expected.line !== p.line || expected.column !== p.column) {
      throw new PropertyFailure(`${what}: offset ${p.offset} is at ${expected.line}:${expected.column}, not ${p.line}:${p.column}`);
    }
  }
}

function valid(schema: { safeParse(value: unknown): { success: boolean; error?: { message: string } } }, value: unknown, what: string): void {
  const result = schema.safeParse(value);
  if (!result.success) throw new PropertyFailure(`${what} fails its schema: ${result.error?.message ?? ''}`);
}
