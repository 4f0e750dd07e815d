import { defineRule } from './rule.js';
import { isAsciiDigit, isAsciiLetter } from '../text/cjk.js';
import { HAN_ORDINAL, lazyRegExp } from '../text/numerals.js';

// Each pair by its characters' codes. Half- and full-width round brackets close each other: a
// mixed pair is half-width-punctuation's to fix, not an imbalance.
const PAIRS_OF: ReadonlyArray<[string, string]> = [
  ['“', '”'], ['‘', '’'], ['《', '》'], ['〈', '〉'], ['（', '）'], ['(', ')'], ['【', '】'], ['「', '」'], ['『', '』'], ['〔', '〕'],
];
interface Pairs {
  /** By char code: the family of an opener or closer plus one (both round brackets share one), else 0. */
  family: Uint8Array;
  /** By char code: 1 for an opener. */
  isOpener: Uint8Array;
  closerOf: Map<string, string>;
  openerOf: Map<string, string>;
}

// Built on first use, not at module load.
let pairs: Pairs | null = null;
function pairTables(): Pairs {
  if (pairs) return pairs;
  const family = new Uint8Array(0x10000);
  const isOpener = new Uint8Array(0x10000);
  PAIRS_OF.forEach(([open, close], i) => {
    const f = open === '(' ? (family['（'.charCodeAt(0)] as number) : i + 1;
    family[open.charCodeAt(0)] = f;
    family[close.charCodeAt(0)] = f;
    isOpener[open.charCodeAt(0)] = 1;
  });
  return (pairs = {
    family,
    isOpener,
    closerOf: new Map(PAIRS_OF.map(([open, close]) => [open, open === '(' ? '）' : close])),
    openerOf: new Map(PAIRS_OF.map(([open, close]) => [close, open === '(' ? '（' : open])),
  });
}
// A line of link text: a name, not a sentence.
const LINK_TEXT = 40;
const LINK_TEXT_STOP = /[。！？；]/;
const LATIN_WORD = 12;
// A PDF's lines run to the page's width; a heading or a last line is shorter or ends with a stop.
const WRAPPED_LINE = 20;
const WRAPPED_END = /[。！？；：!?;:”’》）)】]$/;
// A line break, then up to this many lines of a page break (a number, a running head, blanks; a
// CR LF counts twice) before the sentence goes on.
const WRAP_LINES = 8;
const SHORT_LINE = 40;
const LATIN_OR_BLANK = /^[A-Za-z0-9\s]*$/;
const MARKS = /[“”‘’《》〈〉（）()【】「」『』〔〕\n\r]/g;
// `1）` and `2)` after a stop or at the start of a line number a list: no opening bracket.
const LIST_NUMBER = lazyRegExp(() => `(?:^|[\\s，,；;。：:])[0-9${HAN_ORDINAL}]{1,2}$`);

// A text whose lines a PDF wrapped: of its long lines, many end mid-sentence. A drafter's text
// ends its paragraphs with a stop, and breaks a line mid-sentence only by mistake.
const WRAPPED_SHARE = 0.3;
const WRAPPED_MIN = 5;

/** A line that runs on into the next: long, and no sentence or clause ends it. */
function isWrapped(text: string, from: number, to: number): boolean {
  const line = text.slice(from, to).trim();
  return line.length >= WRAPPED_LINE && !WRAPPED_END.test(line);
}

function isShortLine(text: string, from: number, to: number): boolean {
  return to - from <= SHORT_LINE && !LINK_TEXT_STOP.test(text.slice(from, to));
}

function isWrappedText(text: string): boolean {
  let long = 0;
  let open = 0;
  for (const raw of text.split(/\r\n|\r|\n/)) {
    const line = raw.trim();
    if (line.length < WRAPPED_LINE) continue;
    long++;
    if (!WRAPPED_END.test(line)) open++;
  }
  return open >= WRAPPED_MIN && open >= long * WRAPPED_SHARE;
}

export const bracketBalance = defineRule({
  id: 'bracket-balance',
  description: {
    zh: '引号、书名号、括号不成对',
    en: 'Unbalanced quotation marks, title marks or brackets',
  },
  severity: 'error',
  tags: ['punctuation'],
  fixable: false,
  messages: {
    unclosed: {
      zh: '“{mark}”没有对应的“{closer}”：请补上或删去。',
      en: '“{mark}” is never closed by “{closer}”: add it or delete this one.',
    },
    unopened: {
      zh: '“{mark}”前面没有对应的“{opener}”：请补上或删去。',
      en: '“{mark}” closes nothing: add the “{opener}” before it or delete it.',
    },
  },
  docs: {
    rationale: {
      zh: '引号“”‘’、书名号《》、括号（）【】应在同一段内成对出现。缺一半多是删改时误删；跨段引用请在每段开头加前引号。从网页复制时被换行拆开的一对（前引号在行末，下一行是一个短语，再下一行以后引号开头）仍算成对。由PDF转成的文本（长行多在句中断开）中，一对可跨行宽处的换行和分页处的页码、页眉短行。',
      en: 'Quotation marks “” ‘’, title marks 《》 and brackets （） 【】 come in pairs within a paragraph. A missing half is usually lost in editing. A pair broken across lines as text copied from a web page is (the opener ends its line, a short phrase follows on its own line, the closer starts the next) still counts as a pair. In text converted from a PDF (most long lines end mid-sentence) a pair may run over the wrapped line and over a page break’s page number and running head.',
    },
    bad: ['认真落实《西宁市重大行政决策程序暂行规定,不断完善重大行政决策制定环节。', '充分发挥法治督察“利剑作用。'],
    good: ['认真落实《西宁市重大行政决策程序暂行规定》，不断完善重大行政决策制定环节。', '充分发挥法治督察“利剑”作用。'],
  },
  check(ctx) {
    const { text } = ctx;
    const { family: familyOf, isOpener, closerOf, openerOf } = pairTables();
    let stack: number[] = [];
    const carried = new Set<number>();
    let lineStart = 0;
    let wrapLines = 0;
    let wrappedText: boolean | undefined;
    const unclosed = (at: number) => {
      const mark = text[at] as string;
      ctx.report({ start: at, end: at + 1, messageId: 'unclosed', data: { mark, closer: closerOf.get(mark) as string } });
    };
    // Found with test() and lastIndex: no match array per mark.
    MARKS.lastIndex = 0;
    while (MARKS.test(text)) {
      const at = MARKS.lastIndex - 1;
      const c = text.charCodeAt(at);
      if (c === 0x0a || c === 0x0d) {
        // A pair may be broken across lines as a web page's link text is (“⏎十三五⏎”实现,
        // （PM⏎2.5⏎）): an opener that ends its line (or a Latin word after it does), and then a
        // short line of no sentence, carry over.
        // A line a PDF broke mid-sentence (《……规划（2021—2025⏎年）》) carries its pairs on, over a
        // few short lines a page break puts between (— 3 —, the running head, blank lines).
        if (stack.length > 0 && isWrapped(text, lineStart, at) && (wrappedText ??= isWrappedText(text))) wrapLines = WRAP_LINES;
        else if (wrapLines > 0 && !isShortLine(text, lineStart, at)) wrapLines = 0;
        else if (wrapLines > 0) wrapLines--;
        const kept: number[] = [];
        for (const open of stack) {
          if (wrapLines > 0 || isBlank(open + 1, at) || (carried.has(open) && isLinkText(lineStart, at))) {
            kept.push(open);
            carried.add(open);
          } else unclosed(open);
        }
        stack = kept;
        lineStart = at + 1;
        continue;
      }
      // Unread, not only unreported: a bracket in a URL opens nothing.
      if (ctx.facts.isOpaque(at)) continue;
      if (isOpener[c]) {
        stack.push(at);
        continue;
      }
      if (c === 0x2019 && isAsciiLetter(text.charCodeAt(at - 1))) continue; // an apostrophe: China’s
      const family = familyOf[c];
      let depth = stack.length - 1;
      while (depth >= 0 && familyOf[text.charCodeAt(stack[depth] as number)] !== family) depth--;
      if (depth >= 0) {
        for (const open of stack.splice(depth + 1)) unclosed(open);
        stack.pop();
        continue;
      }
      if ((c === 0x29 || c === 0xff09) && isListNumber(at)) continue;
      const mark = text[at] as string;
      ctx.report({ start: at, end: at + 1, messageId: 'unopened', data: { mark, opener: openerOf.get(mark) as string } });
    }
    for (const open of stack) unclosed(open);

    function isBlank(from: number, to: number): boolean {
      return to - from <= LATIN_WORD && LATIN_OR_BLANK.test(text.slice(from, to));
    }

    function isLinkText(from: number, to: number): boolean {
      return to - from <= LINK_TEXT && !LINK_TEXT_STOP.test(text.slice(from, to));
    }

    function isListNumber(at: number): boolean {
      let s = at;
      while (s > 0 && at - s < 3 && (isAsciiDigit(text.charCodeAt(s - 1)) || HAN_ORDINAL.includes(text[s - 1] as string))) s--;
      return s < at && LIST_NUMBER().test(text.slice(Math.max(0, s - 1), at));
    }
  },
});
