import { HTML_WORDS } from '../i18n/html-words.js';
import type { Lang } from '../i18n/text.js';
import { escapeHtml } from './html-escape.js';
import { htmlScript } from './html-script.js';
import { HTML_STYLE } from './html-style.js';

/**
 * A whole HTML file around a body: one file, its style and script inline, nothing fetched (the
 * Content-Security-Policy says so to the browser, too: no request leaves the page).
 */
export function htmlDocument(title: string, body: string, lang: Lang): string {
  return `<!doctype html>
<html lang="${lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(title)}</title>
<style>${HTML_STYLE}</style>
</head>
<body>
<header class="top"><h1>${escapeHtml(title)}</h1></header>
<main>
${body}
</main>
<footer>${HTML_WORDS.generated[lang]}</footer>
<script>${htmlScript()}</script>
</body>
</html>
`;
}
