/**
 * What on a government web page is not the report: the elements and the class/id names of page
 * furniture, and those of an article's container. Declarative, so a site's new naming is a row.
 */

/** Never text of a report: code, media, forms, the document head. */
export const NEVER_TEXT = new Set([
  'head', 'script', 'style', 'noscript', 'template', 'iframe', 'frame', 'frameset', 'object', 'embed',
  'svg', 'math', 'canvas', 'video', 'audio', 'map', 'img', 'picture', 'form', 'button', 'select',
  'textarea', 'input', 'label', 'dialog',
]);

/** Page furniture by its element: navigation, sidebars, the page's footer. */
export const FURNITURE_ELEMENTS = new Set(['nav', 'aside', 'footer', 'menu']);

/**
 * Page furniture by class or id: navigation, breadcrumbs (当前位置), share bars, related links,
 * print/close buttons, font-size pickers, footers. Matched as a word of the name
 * (`bshare-custom`, `xgxx_list`, `main-nav`), so `content` never matches `con`.
 */
export const FURNITURE_NAMES: readonly string[] = [
  'nav', 'navbar', 'navigation', 'menu', 'submenu', 'footer', 'foot', 'bottom', 'copyright', 'banquan',
  'share', 'bshare', 'sharebar', 'jiathis', 'social', 'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs',
  'position', 'location', 'dqwz', 'weizhi', 'related', 'relate', 'xgxx', 'xglj', 'recommend', 'sidebar',
  'side', 'aside', 'comment', 'comments', 'print', 'toolbar', 'tools', 'fontsize', 'zihao', 'ad', 'ads',
  'banner', 'header', 'head', 'topbar', 'search', 'login', 'qrcode', 'ewm', 'friendlink', 'links',
];

/**
 * An article's container on a government site (TRS and other CMS templates) and in general:
 * `TRS_Editor`, `Custom_UnionStyle`, `zoom`, `pages_content`, `article`, `content`.
 */
export const ARTICLE_NAMES: readonly string[] = [
  'trs_editor', 'custom_unionstyle', 'zoom', 'pages_content', 'article', 'content', 'contents',
  'main', 'text', 'body', 'detail', 'details', 'wzy', 'zw', 'zhengwen', 'neirong', 'nr', 'con', 'entry',
];

/** Elements that start a line of their own (HTML's block-level, as a browser lays them out). */
export const BLOCKS = new Set([
  'p', 'div', 'section', 'article', 'main', 'header', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol',
  'li', 'dl', 'dt', 'dd', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption',
  'center', 'address', 'figure', 'figcaption', 'hr', 'body', 'html', 'fieldset', 'details', 'summary',
  'hgroup',
]);

export const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** The words of a class or id (`TRS_Editor` is one word as sites write it; `bshare-custom` two). */
export function nameWords(name: string): string[] {
  const lower = name.toLowerCase();
  const words = lower.split(/[\s\-]+/).filter(Boolean);
  // An underscore joins words too (`xgxx_list`), but TRS_Editor and pages_content are names whole.
  return [...words, ...words.flatMap((w) => (w.includes('_') ? w.split('_').filter(Boolean) : []))];
}
