// Screenshots of every view of the offline page and of the --format html reports, at desktop
// (1280 px) and phone (375 px) width, for a person to look at: node scripts/web-screenshots.mjs [dir]
// (default /tmp/report-lint-screens). Needs a build and Chromium (or CHROMIUM=path).
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = process.argv[2] ?? '/tmp/report-lint-screens';
const SEED = `${root}fixtures/2025-chengzhong-fazhi.txt`;
const OLD = `${root}fixtures/diff/2024-chengzhong-fazhi.txt`;
const executablePath = [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p));
if (!executablePath) throw new Error('no Chromium: apt-get install chromium, or set CHROMIUM');
mkdirSync(out, { recursive: true });

const cli = (...args) => execFileSync(process.execPath, [`${root}bin/report-lint.js`, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 }).toString();
const run = (...args) => {
  try {
    return cli(...args);
  } catch (error) {
    return error.stdout; // lint exits 1 when it finds errors
  }
};
const reports = {
  'report-lint': run(SEED, '--format', 'html'),
  'report-extract': run('extract', SEED, '--format', 'html'),
  'report-diff': run('diff', OLD, SEED, '--format', 'html'),
};
for (const [name, html] of Object.entries(reports)) writeFileSync(join(out, `${name}.html`), html);

const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
const shots = [];
for (const width of [1280, 375]) {
  const page = await browser.newPage({ viewport: { width, height: 900 } });
  const shot = async (name) => {
    const path = join(out, `${name}-${width}.png`);
    await page.screenshot({ path });
    shots.push(path);
  };
  await page.goto(pathToFileURL(`${root}dist/report-lint.html`).href);
  await shot('page-start');
  await page.setInputFiles('#file', SEED);
  await page.waitForSelector('body[data-ms]');
  await shot('page-lint');
  await page.click('.findings button[data-fix]');
  await page.click('.findings li:nth-child(3) a.where');
  await shot('page-lint-one-fixed');
  await page.click('#tab-extract');
  await shot('page-extract');
  await page.click('#tab-rules');
  await shot('page-rules');
  await page.evaluate(() => document.body.removeAttribute('data-ms'));
  await page.setInputFiles('#file', [OLD, SEED]);
  await page.waitForSelector('body[data-ms]');
  await shot('page-diff');
  await page.click('#lang');
  await shot('page-diff-en');
  await page.click('#tab-lint');
  await shot('page-lint-en');
  for (const name of Object.keys(reports)) {
    await page.goto(pathToFileURL(join(out, `${name}.html`)).href);
    await shot(name);
  }
  await page.close();
}
await browser.close();
console.log(shots.join('\n'));
