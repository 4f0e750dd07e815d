import type { Element, Root, RootContent } from 'hast';
import { NEVER_TEXT } from './furniture.js';

export type { Element, Root };

/**
 * Parses a page as a browser does (parse5, through rehype-parse): entities decoded, tags mended.
 * Loaded on demand: a run over text files never loads the HTML parser.
 */
export async function parsePage(source: string): Promise<Root> {
  const [{ unified }, { default: rehypeParse }] = await Promise.all([import('unified'), import('rehype-parse')]);
  return unified().use(rehypeParse).parse(source);
}

export function isElement(node: RootContent | Root): node is Element {
  return node.type === 'element';
}

/** The element's class and id, as one string of names. */
export function namesOf(element: Element): string {
  const props = element.properties;
  const cls = props.className;
  const classes = Array.isArray(cls) ? cls.join(' ') : typeof cls === 'string' ? cls : '';
  const id = typeof props.id === 'string' ? props.id : '';
  return `${classes} ${id}`.trim();
}

/** Elements a browser does not show: code and media, `hidden`, `display:none`. */
export function isUnseen(element: Element): boolean {
  if (NEVER_TEXT.has(element.tagName)) return true;
  if (element.properties.hidden !== undefined && element.properties.hidden !== false) return true;
  const style = element.properties.style;
  return typeof style === 'string' && /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)/i.test(style);
}

/** The text of a node as written (whitespace not yet collapsed), unseen elements left out. */
export function rawText(node: Element | Root): string {
  let s = '';
  const walk = (n: RootContent | Root): void => {
    if (n.type === 'text') s += n.value;
    else if (n.type === 'element' && !isUnseen(n)) for (const c of n.children) walk(c);
    else if (n.type === 'root') for (const c of n.children) walk(c);
  };
  walk(node);
  return s;
}
