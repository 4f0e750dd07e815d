import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unzipSync } from 'fflate';
import { readWord } from '../../src/document/read.js';
import { cli } from '../support/cli.js';
import { para, wordFile } from '../support/word.js';
import { findChromium, SKIP_BROWSER } from '../support/browser.js';
import { announceSkip, corpusFiles, ROOT, SEED } from '../support/paths.js';

const CHROMIUM = findChromium();
if (!CHROMIUM) {
  if (process.env.CI) throw new Error('CI: Chromium is missing (.ci/run installs it); the browser tests must run here');
  console.warn(SKIP_BROWSER);
}
const PAGE_FILE = join(ROOT, 'dist/report-lint.html');
const PAGE_URL = pathToFileURL(PAGE_FILE).href;
const OLD = join(ROOT, 'fixtures/diff/2024-chengzhong-fazhi.txt');

interface CliDiagnostic {
  ruleId: string;
  severity: string;
  message: string;
  span: { start: { line: number; column: number } };
}
interface CliReport {
  file: string;
  diagnostics: CliDiagnostic[];
}

function cliLint(file: string): CliReport {
  const r = cli([file, '--format', 'json']);
  return JSON.parse(r.stdout).reports[0] as CliReport;
}

/** axe-core's WCAG 2 A and AA checks of the page as it is; that colour contrast was among those checked. */
async function axeCheck(page: Page): Promise<{ violations: string[]; contrastChecked: boolean }> {
  const axe = createRequire(import.meta.url)('axe-core') as { source: string };
  await page.evaluate(axe.source);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: unknown[] }[]; passes: { id: string }[] };
    const run = (window as unknown as { axe: { run: (c: unknown, o: unknown) => Promise<Result> } }).axe.run;
    const result = await run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa'] } });
    return { violations: result.violations.map((v) => `${v.id} (${v.nodes.length})`), contrastChecked: result.passes.some((p) => p.id === 'color-contrast') };
  });
}

describe.skipIf(!CHROMIUM)('the offline page in Chromium', () => {
  let browser: Browser;
  let page: Page;
  // Every request the page makes: it must make none but for itself.
  const requests: string[] = [];

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM as string, args: ['--no-sandbox'] });
    const context = await browser.newContext({ acceptDownloads: true, viewport: { width: 1280, height: 900 } });
    context.on('request', (request) => requests.push(request.url()));
    // Anything but the page itself is refused, and recorded by the listener above.
    await context.route('**/*', (route) => (route.request().url() === PAGE_URL ? route.continue() : route.abort()));
    page = await context.newPage();
    await page.goto(PAGE_URL);
  }, 60000);

  afterAll(async () => {
    await browser?.close();
  });

  async function open(...files: string[]): Promise<void> {
    await page.evaluate(() => document.body.removeAttribute('data-ms'));
    await page.setInputFiles('#file', files);
    await page.waitForSelector('body[data-ms]');
  }

  it('says on screen that it runs here and uploads nothing', async () => {
    expect(await page.textContent('#local')).toBe('本页面在本机运行，文件不会上传');
  });

  it('finds in the seed what the CLI finds, in the same order and words', async () => {
    const expected = cliLint(SEED);
    await open(SEED);
    const items = await page.$$eval('.findings li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toHaveLength(expected!.diagnostics.length);
    for (const n of [0, 1, 5, expected!.diagnostics.length - 1]) {
      const d = expected!.diagnostics[n]!;
      expect(items[n]).toContain(d.message);
      expect(items[n]).toContain(d.ruleId);
      expect(items[n]).toContain(`第${d.span.start.line}行第${d.span.start.column}列`);
    }
    const marks = await page.$$eval('.text mark', (ms) => ms.length);
    expect(marks).toBeGreaterThan(0);
  });

  it('finds in every corpus report as many findings of each severity as the CLI', async () => {
    const files = corpusFiles();
    if (files.length === 0) return announceSkip();
    for (const file of files) {
      const want = cliLint(file);
      await open(file);
      const got = await page.$$eval('.findings li', (lis) => lis.map((li) => li.className));
      const count = (list: readonly string[], s: string) => list.filter((x) => x === s).length;
      const wanted = want?.diagnostics.map((d) => d.severity) ?? [];
      expect({ file: basename(file), errors: count(got, 'error'), warnings: count(got, 'warning'), infos: count(got, 'info') }).toEqual({
        file: basename(file),
        errors: count(wanted, 'error'),
        warnings: count(wanted, 'warning'),
        infos: count(wanted, 'info'),
      });
    }
  }, 120000);

  it('applies one fix, then all, and downloads what --fix writes', async () => {
    await open(SEED);
    const before = await page.$$eval('.findings li', (lis) => lis.length);
    await page.click('.findings button[data-fix]');
    const after = await page.$$eval('.findings li', (lis) => lis.length);
    expect(after).toBe(before - 1);
    expect(await page.textContent('.actions')).toContain('已修复 1 处');
    await page.click('#fix-all-0');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-0')]);
    expect(download.suggestedFilename()).toBe(basename(SEED));
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-web-'));
    try {
      const got = join(dir, 'page.txt');
      await download.saveAs(got);
      const copy = join(dir, basename(SEED));
      copyFileSync(SEED, copy);
      cli([copy, '--fix']);
      expect(readFileSync(got, 'utf8')).toBe(readFileSync(copy, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens a Word file, fixes it and downloads it with tracked changes, as --fix writes them', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-web-'));
    try {
      const path = join(dir, '东湖县报告.docx');
      writeFileSync(path, await wordFile([para('东湖县2025年法治政府建设年度报告'), para('全年办理行政复议案件135件,同比增长12%;调解成功率达到80%。'), para('组织培训3次,覆盖全部执法人员。')]));
      const expected = cliLint(path);
      await open(path);
      const items = await page.$$eval('.findings li', (lis) => lis.map((li) => li.textContent ?? ''));
      expect(items).toHaveLength(expected.diagnostics.length);
      expect(items.join('\n')).toMatch(/第2段第\d+字/);
      await page.click('#fix-all-0');
      const [download] = await Promise.all([page.waitForEvent('download'), page.click('#download-0')]);
      const got = join(dir, 'page.docx');
      await download.saveAs(got);
      cli([path, '--fix']);
      const mine = new Uint8Array(readFileSync(got));
      const theirs = new Uint8Array(readFileSync(path));
      expect(readWord(mine).text).toBe(readWord(theirs).text);
      expect(readWord(mine, { changes: 'original' }).text).toBe(readWord(theirs, { changes: 'original' }).text);
      const xml = new TextDecoder().decode(unzipSync(mine)['word/document.xml']);
      expect(xml).toMatch(/<w:del w:id="\d+" w:author="report-lint"/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('opens a file dropped on it', async () => {
    await page.evaluate(() => document.body.removeAttribute('data-ms'));
    const text = readFileSync(OLD, 'utf8');
    await page.evaluate((content) => {
      const data = new DataTransfer();
      data.items.add(new File([content], '2024.txt', { type: 'text/plain' }));
      document.querySelector('#drop')?.dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
    }, text);
    await page.waitForSelector('body[data-ms]');
    expect(await page.$$eval('.findings li', (lis) => lis.length)).toBe(cliLint(OLD).diagnostics.length);
  });

  it('--format html filters findings by severity and rule in the browser, and passes axe', async () => {
    const report = cli([SEED, '--format', 'html']).stdout;
    const dir = mkdtempSync(join(tmpdir(), 'report-lint-web-'));
    try {
      const path = join(dir, 'report.html');
      writeFileSync(path, report);
      const context = await browser.newContext();
      const seen: string[] = [];
      context.on('request', (request) => seen.push(request.url()));
      const other = await context.newPage();
      await other.goto(pathToFileURL(path).href);
      const visible = () => other.$$eval('.findings li', (lis) => lis.filter((li) => !(li as HTMLElement).hidden).length);
      const all = await visible();
      const warnings = cliLint(SEED).diagnostics.filter((d) => d.severity === 'warning').length;
      await other.uncheck('input[data-sev="error"]');
      expect(await visible()).toBe(warnings);
      expect(await other.$$eval('mark.error:not(.off)', (ms) => ms.length)).toBe(0);
      await other.check('input[data-sev="error"]');
      await other.selectOption('select[data-rule]', 'title-missing');
      expect(await visible()).toBe(1);
      await other.selectOption('select[data-rule]', '');
      expect(await visible()).toBe(all);
      expect(await axeCheck(other)).toEqual({ violations: [], contrastChecked: true });
      // Printed: no filters, every finding listed, the text whole.
      await other.uncheck('input[data-sev="error"]');
      await other.emulateMedia({ media: 'print' });
      expect(await other.isVisible('.filters')).toBe(false);
      expect(await other.$$eval('.findings li', (lis) => lis.filter((li) => getComputedStyle(li).display !== 'none').length)).toBe(all);
      expect(await other.$eval('.text', (t) => getComputedStyle(t).overflow)).toBe('visible');
      expect(seen).toEqual([pathToFileURL(path).href]);
      await context.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('compares two years: the diff view charts what the CLI finds changed', async () => {
    const diff = JSON.parse(cli(['diff', OLD, SEED, '--format', 'json']).stdout).diff;
    // Chosen newest first: the page puts the earlier year on the left all the same.
    await open(SEED, OLD);
    expect(await page.getAttribute('#tab-diff', 'aria-selected')).toBe('true');
    const bars = await page.$$eval('.chart .bar-row', (rows) => rows.length);
    expect(bars).toBe(diff.indicators.changed.filter((p: { change: { relative: number | null } | null }) => p.change?.relative != null).length);
    const marked = await page.$$eval('.pair mark.changed', (ms) => ms.length);
    expect(marked).toBeGreaterThanOrEqual(2 * diff.indicators.changed.length);
    expect(await page.textContent('.pair')).toContain(basename(OLD));
    expect(await axeCheck(page)).toEqual({ violations: [], contrastChecked: true });
    // Both reports' findings, each fixed on its own.
    await page.click('#tab-lint');
    expect(await page.$$eval('[data-file]', (xs) => xs.length)).toBe(2);
    await page.click('[data-file="1"] button[data-fix]');
    expect(await page.textContent('[data-file="1"] .actions')).toContain('已修复 1 处');
    expect(await page.textContent('[data-file="0"] .actions')).toContain('尚未修复');
  });

  it('lints as the kind of report chosen, as --profile does', async () => {
    await open(SEED);
    await page.selectOption('#profile', 'gzbg');
    const expected = JSON.parse(cli([SEED, '--profile', 'gzbg', '--format', 'json']).stdout).reports[0] as CliReport;
    const items = await page.$$eval('.findings li', (lis) => lis.map((li) => li.textContent ?? ''));
    expect(items).toHaveLength(expected.diagnostics.length);
    expect(items.map((t, n) => t.includes(expected.diagnostics[n]!.message))).not.toContain(false);
    expect(await page.textContent('.report .meta')).toContain('政府工作报告');
    await page.selectOption('#profile', '');
  });

  it('speaks English after the switch, messages included', async () => {
    await open(SEED);
    await page.click('#lang');
    expect(await page.textContent('#local')).toBe('This page runs on your computer; your files are never uploaded');
    expect(await page.textContent('.findings li')).toContain('has no title');
    await page.click('#lang');
    expect(await page.textContent('#local')).toBe('本页面在本机运行，文件不会上传');
  });

  it('reaches every control by keyboard, with labels, and passes axe (WCAG 2 AA, colour contrast included)', async () => {
    await open(SEED);
    const reached = new Set<string>();
    // From the top of the page, as a person arriving with the keyboard.
    await page.focus('#profile');
    reached.add('profile');
    for (let i = 0; i < 14; i++) {
      await page.keyboard.press('Tab');
      reached.add(await page.evaluate(() => {
        const a = document.activeElement as HTMLElement | null;
        return a ? a.id || a.getAttribute('data-tab') || a.tagName.toLowerCase() : '';
      }));
    }
    expect([...reached]).toEqual(expect.arrayContaining(['profile', 'lang', 'choose', 'tab-lint', 'fix-all-0']));
    // The tabs go by arrow keys, as WAI-ARIA's tabs pattern has it.
    await page.focus('#tab-lint');
    await page.keyboard.press('ArrowRight');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('tab-extract');
    await page.keyboard.press('Enter');

    for (const tab of ['lint', 'extract', 'rules']) {
      await page.click(`#tab-${tab}`);
      expect({ tab, ...(await axeCheck(page)) }).toEqual({ tab, violations: [], contrastChecked: true });
    }
  }, 60000);

  it('made no request but for the page itself', () => {
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => url !== PAGE_URL && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
  });
});
