import type { Element, Root, RootContent } from 'hast';
import { ARTICLE_NAMES, BLOCKS, FURNITURE_ELEMENTS, FURNITURE_NAMES, HEADINGS, nameWords } from './furniture.js';
import { isElement, isUnseen, namesOf, rawText } from './tree.js';

/*
 * Finding the article in a page: text density over block containers, after Readability (Mozilla's
 * reader view) but over the parsed tree itself, with no DOM. Each paragraph-like element (a <p>,
 * or a block holding text directly) scores by its Chinese text and clause punctuation; the score
 * goes to its container, half to the one above, a third to the next. A container's total is
 * weighted by its class/id (TRS_Editor, content … up; nav, share, footer … down) and cut by its
 * link density; the best wins. A CMS's container name alone would miss every site named
 * otherwise; density finds the body of text wherever it is.
 */

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/g;
const CLAUSE_MARKS = /[，。；：、！？]/g;
/** Class/id weight, as Readability's: enough to decide between near equals, not to overrule text. */
const NAME_WEIGHT = 25;
/** A sibling block with this share of the best one's score is part of the article too. */
const SIBLING_SHARE = 0.25;

const FURNITURE_WORDS = new Set(FURNITURE_NAMES);
const ARTICLE_WORDS = new Set(ARTICLE_NAMES);

export interface MainContent {
  /** The article's container. */
  container: Element | Root;
  /** The article's title, when it stands outside its container (an <h1> above the text). */
  title: Element | null;
}

/** Whether an element is page furniture by its tag or its class/id (and not an article's). */
export function isFurniture(element: Element, insideArticle: boolean): boolean {
  if (FURNITURE_ELEMENTS.has(element.tagName)) return true;
  // A page's <header> is furniture; an article's own <header> holds its title.
  if (element.tagName === 'header' && !insideArticle) return true;
  const words = nameWords(namesOf(element));
  return words.some((w) => FURNITURE_WORDS.has(w)) && !words.some((w) => ARTICLE_WORDS.has(w));
}

function nameWeight(element: Element): number {
  const words = nameWords(namesOf(element));
  let weight = 0;
  if (words.some((w) => ARTICLE_WORDS.has(w))) weight += NAME_WEIGHT;
  if (words.some((w) => FURNITURE_WORDS.has(w))) weight -= NAME_WEIGHT;
  return weight;
}

/** The share of an element's text that is link text. */
export function linkDensity(element: Element): number {
  const all = rawText(element).replace(/\s+/g, '').length;
  if (all === 0) return 0;
  let links = 0;
  const walk = (n: RootContent): void => {
    if (n.type !== 'element' || isUnseen(n)) return;
    if (n.tagName === 'a') links += rawText(n).replace(/\s+/g, '').length;
    else for (const c of n.children) walk(c);
  };
  for (const c of element.children) walk(c);
  return links / all;
}

function hasBlockChild(element: Element): boolean {
  return element.children.some((c) => c.type === 'element' && BLOCKS.has(c.tagName) && c.tagName !== 'br');
}

/** Finds the article: its container, and its title when the title is above it. */
export function findMainContent(root: Root): MainContent {
  const named = pageTitle(root);
  const scores = new Map<Element, number>();
  const parents = new Map<Element, Element | null>();
  const order: Element[] = [];
  const headings: Element[] = [];
  const visit = (node: Element, parent: Element | null, insideArticle: boolean): void => {
    if (isUnseen(node) || isFurniture(node, insideArticle)) return;
    parents.set(node, parent);
    order.push(node);
    // A site may set the title in a plain block (<div class="detail-title">): the one whose text
    // is the page's own title counts as a heading.
    if (HEADINGS.has(node.tagName) || (named !== null && BLOCKS.has(node.tagName) && !hasBlockChild(node) && squeeze(rawText(node)) === named)) headings.push(node);
    const inArticle = insideArticle || node.tagName === 'article' || node.tagName === 'main';
    for (const c of node.children) if (isElement(c)) visit(c, node, inArticle);
    if (!isParagraphLike(node)) return;
    const text = ownText(node);
    const cjk = text.match(CJK)?.length ?? 0;
    if (cjk < 10) return;
    const score = 1 + (text.match(CLAUSE_MARKS)?.length ?? 0) + Math.min(Math.floor(cjk / 100), 3);
    let up = parent;
    for (let level = 1; up && level <= 3; level++, up = parents.get(up) ?? null) {
      scores.set(up, (scores.get(up) ?? initialScore(up)) + score / level);
    }
  };
  for (const c of root.children) if (isElement(c)) visit(c, null, false);

  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    const final = score * (1 - linkDensity(element));
    scores.set(element, final);
    if (final > bestScore) [best, bestScore] = [element, final];
  }
  if (!best) return { container: root, title: null };
  // An article split over sibling blocks (a CMS's pages, a lead and a body): their parent holds it.
  const parent = parents.get(best);
  if (parent) {
    const siblings = parent.children.filter((c): c is Element => isElement(c) && c !== best && (scores.get(c) ?? 0) >= bestScore * SIBLING_SHARE);
    if (siblings.length > 0) best = parent;
  }
  return { container: best, title: titleAbove(best, order, headings) };
}

/** A <p>, <pre>, a cell or a block with text of its own rather than blocks. */
function isParagraphLike(element: Element): boolean {
  if (element.tagName === 'p' || element.tagName === 'pre' || element.tagName === 'td' || element.tagName === 'li') return true;
  return BLOCKS.has(element.tagName) && !hasBlockChild(element) && !HEADINGS.has(element.tagName);
}

/** Text not inside links (a list of links is not a paragraph). */
function ownText(element: Element): string {
  let s = '';
  const walk = (n: RootContent): void => {
    if (n.type === 'text') s += n.value;
    else if (n.type === 'element' && n.tagName !== 'a' && !isUnseen(n)) for (const c of n.children) walk(c);
  };
  for (const c of element.children) walk(c);
  return s;
}

function initialScore(element: Element): number {
  const tag = element.tagName;
  const base = tag === 'article' || tag === 'main' ? 10 : tag === 'div' || tag === 'section' ? 5 : tag === 'td' || tag === 'pre' || tag === 'blockquote' ? 3 : 0;
  return base + nameWeight(element);
}

/**
 * The heading nearest above the container, when the container does not start with one: a site
 * prints the title in an <h1> and the text in the editor's container below it.
 */
function titleAbove(container: Element, order: readonly Element[], headings: readonly Element[]): Element | null {
  if (startsWithHeading(container)) return null;
  const at = order.indexOf(container);
  let found: Element | null = null;
  for (const h of headings) {
    if (order.indexOf(h) >= at) break;
    const text = rawText(h).trim();
    if ((text.match(CJK)?.length ?? 0) >= 4 && text.length <= 100 && !h.children.some((c) => isElement(c) && c.tagName === 'a')) found = h;
  }
  return found;
}

/** Whether one of the container's first few blocks with text is a heading. */
function startsWithHeading(container: Element): boolean {
  let seen = 0;
  const walk = (n: Element): boolean | null => {
    if (isUnseen(n)) return null;
    if (HEADINGS.has(n.tagName)) return true;
    if (isParagraphLike(n) && rawText(n).trim() !== '' && ++seen >= 3) return false;
    for (const c of n.children) {
      if (!isElement(c)) continue;
      const r = walk(c);
      if (r !== null) return r;
    }
    return null;
  };
  return walk(container) === true;
}

// What a page's <title> appends to the article's title: the site (……报告_某县人民政府).
const TITLE_SEPARATOR = /[_|｜]|\s[-–—]\s/;

/**
 * The article's title as the page names it in its head: the ArticleTitle meta that government
 * CMSs write, else the <title> up to the site's name. Null without four Chinese characters.
 */
function pageTitle(root: Root): string | null {
  let meta: string | null = null;
  let title: string | null = null;
  const walk = (n: RootContent | Root): void => {
    if (n.type === 'root') for (const c of n.children) walk(c);
    if (n.type !== 'element') return;
    if (n.tagName === 'meta' && String(n.properties.name ?? '').toLowerCase() === 'articletitle') meta ??= String(n.properties.content ?? '');
    else if (n.tagName === 'title') title ??= rawText(n);
    else if (n.tagName === 'html' || n.tagName === 'head') for (const c of n.children) walk(c);
  };
  walk(root);
  const text = squeeze(meta || (title ?? '').split(TITLE_SEPARATOR)[0] || '');
  return (text.match(CJK)?.length ?? 0) >= 4 ? text : null;
}

function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}
