/**
 * The offline page as one HTML file around its bundled script (the build makes the script from
 * src/web/entry.ts). The Content-Security-Policy lets the page run its own inline script and
 * styles and nothing else: no request can leave it, and it works from file://.
 */
export function pageDocument(script: string): string {
  // A `</script` inside the bundle would end the element early.
  const safe = script.replace(/<\/script/gi, '<\\/script');
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data: blob:">
<title>report-lint</title>
</head>
<body>
<noscript>本页面需要启用 JavaScript。This page needs JavaScript.</noscript>
<script>${safe}</script>
</body>
</html>
`;
}
