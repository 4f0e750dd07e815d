import { readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { commandLang } from '../lang.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit.js';
import type { Io } from '../io.js';
import type { Lang } from '../../i18n/text.js';

// The build writes the page beside the CLI bundle (dist/report-lint.html).
const PAGE = 'report-lint.html';

export async function runWeb(out: string, options: { lang?: Lang }, io: Io): Promise<number> {
  const lang = commandLang(options.lang, io.cwd);
  let page: Buffer;
  try {
    page = readFileSync(join(__dirname, PAGE));
  } catch {
    io.stderr(`report-lint: ${lang === 'zh' ? `找不到 ${PAGE}：请先运行 npm run build` : `${PAGE} is missing: run npm run build first`}\n`);
    return EXIT_FAILURE;
  }
  if (out === '-') {
    io.stdout(page.toString('utf8'));
    return EXIT_OK;
  }
  try {
    writeFileSync(resolve(io.cwd, out), page);
  } catch (error) {
    const why = (error as NodeJS.ErrnoException).code ?? String(error);
    io.stderr(`report-lint: ${lang === 'zh' ? `无法写入 ${out}（${why}）：请换一个文件名或目录` : `cannot write ${out} (${why}): name another file or folder`}\n`);
    return EXIT_FAILURE;
  }
  const size = Math.round(page.length / 1024);
  io.stderr(lang === 'zh' ? `已写出 ${out}（${size} KB）：用浏览器打开即可，本页面在本机运行，文件不会上传\n` : `wrote ${out} (${size} KB): open it in a browser; it runs on this computer and uploads nothing\n`);
  return EXIT_OK;
}
