// The offline page in Chromium: open and lint the seed, from the file's bytes to the findings on
// screen, measured in the browser by the page itself (body[data-ms]). Cold is the first report
// opened in a freshly loaded page (what a person sees); warm, the median of reports opened after.
// Also the page's weight. Needs Chromium (apt-get install chromium, or CHROMIUM=path) and a build.
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { median, fmt } from './measure.mjs';

const root = fileURLToPath(new URL('../..', import.meta.url));
const PAGE = `${root}dist/report-lint.html`;
const SEED = `${root}fixtures/2025-chengzhong-fazhi.txt`;
const TARGET_MS = 300;

function chromiumPath() {
  return [process.env.CHROMIUM, '/usr/bin/chromium', '/usr/bin/chromium-browser'].find((p) => p && existsSync(p)) ?? null;
}

export default async function web({ loads = 7, warmRuns = 15 } = {}) {
  const executablePath = chromiumPath();
  if (!executablePath) {
    console.log('web: no Chromium (apt-get install chromium, or set CHROMIUM); not measured');
    return null;
  }
  const { chromium } = await import('playwright-core');
  const bytes = readFileSync(PAGE);
  const weight = { bytes: bytes.length, gzip: gzipSync(bytes).length };
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox'] });
  const cold = [];
  const warm = [];
  const start = [];
  try {
    for (let n = 0; n < loads; n++) {
      const page = await browser.newPage();
      const t0 = Date.now();
      await page.goto(pathToFileURL(PAGE).href);
      await page.waitForSelector('#choose');
      start.push(Date.now() - t0);
      const open = async () => {
        await page.evaluate(() => document.body.removeAttribute('data-ms'));
        await page.setInputFiles('#file', SEED);
        await page.waitForSelector('body[data-ms]');
        return Number(await page.getAttribute('body', 'data-ms'));
      };
      cold.push(await open());
      if (n === 0) for (let i = 0; i < warmRuns; i++) warm.push(await open());
      await page.close();
    }
  } finally {
    await browser.close();
  }
  const result = { weight, loadMs: median(start), coldMs: median(cold), warmMs: median(warm) };
  console.log(`web page: ${fmt(weight.bytes / 1024)} KB (${fmt(weight.gzip / 1024)} KB gzipped)`);
  console.log(`  load the page (file://)         ${fmt(result.loadMs)} ms  (median of ${loads})`);
  console.log(`  open + lint the seed, cold      ${fmt(result.coldMs)} ms  (median of ${loads} fresh pages)  ${result.coldMs < TARGET_MS ? 'PASS' : 'OVER TARGET'} < ${TARGET_MS} ms`);
  console.log(`  open + lint the seed, warm      ${fmt(result.warmMs)} ms  (median of ${warmRuns})  ${result.warmMs < TARGET_MS ? 'PASS' : 'OVER TARGET'} < ${TARGET_MS} ms`);
  return result;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await web();
