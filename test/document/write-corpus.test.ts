import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lintReport } from '../../src/check/lint.js';
import { readWord } from '../../src/document/read.js';
import { fflateCodec } from '../../src/document/fflate-codec.js';
import { readEntry, inflateBudget, readZip } from '../../src/document/zip.js';
import { extractIndicators } from '../../src/extract/index.js';
import { parseOutline } from '../../src/outline/index.js';
import { RULES } from '../../src/rules/registry.js';
import { announceSkip, BIN, SHARED } from '../support/paths.js';

/** The CLI, with room for the JSON of fourteen reports (spawnSync keeps 1 MB by default). */
function cli(args: string[]) {
  const r = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

announceSkip();

const DOCX = SHARED ? join(SHARED, 'docx') : null;
const files = DOCX && existsSync(DOCX) ? readdirSync(DOCX).filter((f) => f.endsWith('.docx')).sort() : [];
const PUNCTUATION = new Set(RULES.filter((r) => r.tags.includes('punctuation')).map((r) => r.id));

/** Each part's raw record and inflated bytes, by name. */
function parts(bytes: Uint8Array): Map<string, { raw: Buffer; data: Buffer }> {
  const zip = readZip(bytes, fflateCodec);
  const budget = inflateBudget(1 << 30);
  return new Map(
    zip.entries.map((e) => [e.name, { raw: Buffer.from(bytes.subarray(e.recordStart, e.recordEnd)), data: Buffer.from(readEntry(zip, e, budget)) }]),
  );
}

function changedParts(before: Uint8Array, after: Uint8Array): string[] {
  const a = parts(before);
  const b = parts(after);
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => !a.get(n)?.raw.equals(b.get(n)?.raw ?? Buffer.alloc(0)) && !a.get(n)?.data.equals(b.get(n)?.data ?? Buffer.alloc(0))).sort();
}

function findings(text: string) {
  const outline = parseOutline(text);
  return lintReport({ text, outline, indicators: extractIndicators(text, outline), lang: 'zh' }).diagnostics;
}

/** Text without any whitespace: how two readers' texts are compared (they lay out breaks apart). */
const squeeze = (s: string) => s.replace(/\s+/g, '');

describe.skipIf(files.length === 0)('--fix and --annotate on the shared .docx reports', () => {
  let dir = '';
  const original = new Map<string, Uint8Array>();
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'report-lint-docx-'));
    mkdirSync(join(dir, 'fixed'));
    mkdirSync(join(dir, 'annotated'));
    for (const f of files) {
      copyFileSync(join(DOCX as string, f), join(dir, 'fixed', f));
      original.set(f, new Uint8Array(readFileSync(join(DOCX as string, f))));
    }
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('fixes all of them as tracked changes, and a second --fix changes nothing', () => {
    const first = cli([join(dir, 'fixed'), '--fix']);
    expect(first.stderr).toBe('');
    expect([0, 1]).toContain(first.code);
    const once = files.map((f) => readFileSync(join(dir, 'fixed', f)));
    const second = cli([join(dir, 'fixed'), '--fix']);
    expect(second.stderr).toBe('');
    files.forEach((f, i) => expect(readFileSync(join(dir, 'fixed', f)).equals(once[i] as Buffer), f).toBe(true));
  });

  it.each(files)('%s: fixed, only document.xml changed, it re-reads (ours and mammoth) and lints clean of punctuation', async (f) => {
    const before = original.get(f) as Uint8Array;
    const after = new Uint8Array(readFileSync(join(dir, 'fixed', f)));
    const fixable = findings(readWord(before).text).filter((d) => d.fixRange && PUNCTUATION.has(d.ruleId));
    expect(changedParts(before, after)).toEqual(fixable.length > 0 ? ['word/document.xml'] : []);
    const text = readWord(after).text;
    expect(findings(text).filter((d) => PUNCTUATION.has(d.ruleId)).map((d) => d.ruleId)).toEqual([]);
    // The original text is still there, under the tracked changes.
    expect(readWord(after, { changes: 'original' }).text).toBe(readWord(before).text);
    const { value, messages } = await mammoth.extractRawText({ buffer: Buffer.from(after) });
    expect(messages.filter((m) => m.type === 'error')).toEqual([]);
    expect(squeeze(value)).toBe(squeeze(text));
  });

  it('annotates all of them: a copy with every finding as a comment, text unchanged', async () => {
    const run = cli([DOCX as string, '--annotate', join(dir, 'annotated'), '--format', 'json']);
    expect(run.stderr).toBe('');
    const output = JSON.parse(run.stdout) as { reports: { file: string; diagnostics: { ruleId: string }[] }[] };
    for (const f of files) {
      const before = original.get(f) as Uint8Array;
      const after = new Uint8Array(readFileSync(join(dir, 'annotated', f)));
      const changed = changedParts(before, after);
      const report = output.reports.find((r) => r.file.endsWith(f));
      expect(report, f).toBeDefined();
      if (report!.diagnostics.length === 0) continue;
      expect(changed.filter((n) => !/^word\/(?:document\.xml|comments\.xml|_rels\/document\.xml\.rels)$|^\[Content_Types\]\.xml$/.test(n)), f).toEqual([]);
      expect(readWord(after).text, f).toBe(readWord(before).text);
      const comments = new TextDecoder().decode(parts(after).get('word/comments.xml')!.data);
      expect(comments.match(/<w:comment /g)?.length, f).toBe(report!.diagnostics.length);
      expect(comments).toContain(report!.diagnostics[0]!.ruleId);
      const { value } = await mammoth.extractRawText({ buffer: Buffer.from(after) });
      expect(squeeze(value), f).toBe(squeeze(readWord(before).text));
    }
  });

  const soffice = ['/usr/bin/soffice', '/usr/bin/libreoffice'].find((p) => existsSync(p));
  it.skipIf(!soffice)('LibreOffice opens what --fix and --annotate wrote', () => {
    const out = join(dir, 'lo');
    const targets = [...files.slice(0, 3).map((f) => join(dir, 'fixed', f)), ...files.slice(0, 3).map((f) => join(dir, 'annotated', f))];
    const r = spawnSync(soffice as string, ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'txt:Text', '--outdir', out, ...targets.slice(0, 3)], { encoding: 'utf8', timeout: 120000 });
    expect(r.status).toBe(0);
    for (const f of files.slice(0, 3)) {
      const text = readFileSync(join(out, f.replace(/\.docx$/, '.txt')), 'utf8');
      expect(squeeze(text).length).toBeGreaterThan(1000);
      expect(squeeze(text)).toContain(squeeze(readWord(new Uint8Array(readFileSync(join(dir, 'fixed', f)))).text).slice(0, 200));
    }
    const a = spawnSync(soffice as string, ['--headless', `-env:UserInstallation=file://${join(dir, 'lo-profile')}`, '--convert-to', 'odt', '--outdir', join(dir, 'lo-a'), ...targets.slice(3)], { encoding: 'utf8', timeout: 120000 });
    expect(a.status).toBe(0);
    for (const f of files.slice(0, 3)) expect(existsSync(join(dir, 'lo-a', f.replace(/\.docx$/, '.odt')))).toBe(true);
  }, 240000);
  if (!soffice) console.warn('SKIPPED: LibreOffice (soffice) is not installed; the Word files written were not opened with it');
});
