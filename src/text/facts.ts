import { lastAtOrBefore, startsOf } from './sorted.js';
import { charSet, LEADING_SPACE } from './space.js';
import { nextSentenceEnd } from './sentence-end.js';
import { pageChromeLines } from './page-chrome.js';

/** A range [start, end) of the text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Views of the text that several rules need, each computed once, on first use. */
export interface TextFacts {
  /** Whether the text has nothing to read: only spaces of any width and invisible characters. */
  readonly blank: boolean;
  /** Lines without their line break. */
  readonly lines: readonly TextRange[];
  /** Sentences: up to and including 。！？!?, or to the end of the line; leading spaces skipped. */
  readonly sentences: readonly TextRange[];
  /** Ranges no wording or punctuation rule looks into: URLs, HTML comments, code, a web page's own lines. */
  readonly opaque: readonly TextRange[];
  isOpaque(offset: number): boolean;
  /** The sentence that contains an offset (the nearest one before it on a gap). */
  sentenceAt(offset: number): TextRange;
}

// Spaces of every width, and the invisible characters a word processor leaves (zero-width
// space and joiners, word joiner, byte order mark): a text of only these has nothing to read.
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff]/;

// A URL is ASCII up to the first space or Chinese character: one class, linear.
const URL = /(?:https?|ftp):\/\/[!-~]+|www\.[!-~]+/g;
const INLINE_CODE = /`[^`\n]+`/g;
// The destination of a Markdown link or image, `](http://x.com/中文,a)`: an address, whatever
// characters it holds, not prose.
const LINK_DESTINATION = /\]\([^()\s]+\)/g;

export function createTextFacts(text: string): TextFacts {
  let lines: TextRange[] | undefined;
  let sentences: TextRange[] | undefined;
  let opaque: TextRange[] | undefined;
  let blank: boolean | undefined;
  const facts: TextFacts = {
    get blank() {
      return (blank ??= !VISIBLE.test(text));
    },
    get lines() {
      return (lines ??= splitLines(text));
    },
    get sentences() {
      return (sentences ??= splitSentences(text));
    },
    get opaque() {
      return (opaque ??= findOpaque(text, () => facts.lines));
    },
    // Asked once per punctuation mark and per finding (hundreds of thousands in a long report):
    // the ranges are read directly, not through the getter.
    isOpaque: (offset) => {
      const ranges = (opaque ??= findOpaque(text, () => facts.lines));
      if (ranges.length === 0) return false;
      const i = lastAtOrBefore((opaqueStarts ??= startsOf(ranges)), offset);
      return i >= 0 && offset < (ranges[i] as TextRange).end;
    },
    sentenceAt: (offset) => {
      const all = facts.sentences;
      // Rules ask in text order: the last answer is the hint.
      sentence = lastAtOrBefore((sentenceStarts ??= startsOf(all)), offset, sentence);
      // The sentence containing the offset, or the nearest one before it on a gap.
      return sentence >= 0 ? (all[sentence] as TextRange) : { start: offset, end: offset };
    },
  };
  let sentence = -1;
  let sentenceStarts: Int32Array | undefined;
  let opaqueStarts: Int32Array | undefined;
  return facts;
}

function splitLines(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    const c = text.charCodeAt(i);
    if (i === text.length || c === 0x0a || c === 0x0d) {
      out.push({ start, end: i });
      if (c === 0x0d && text.charCodeAt(i + 1) === 0x0a) i++;
      start = i + 1;
    }
  }
  return out;
}

// A sentence ends after its stop and the closing quotes or brackets that follow it (。” ！）),
// or at a line break. The stops are found by nextSentenceEnd; the closers are read by char code.
/** The marks that close after a sentence's stop (SENTENCE_STOPS in sentence-end.ts) and belong to it. */
export const SENTENCE_CLOSERS = '”’）)》」』';
const CLOSERS = charSet(SENTENCE_CLOSERS);

function splitSentences(text: string): TextRange[] {
  const out: TextRange[] = [];
  let start = 0;
  for (let at = nextSentenceEnd(text, 0); at < text.length; at = nextSentenceEnd(text, start)) {
    const c = text.charCodeAt(at);
    if (c === 0x0a || c === 0x0d) {
      push(start, at);
      start = c === 0x0d && text.charCodeAt(at + 1) === 0x0a ? at + 2 : at + 1;
    } else {
      let end = at + 1;
      while (end < text.length && CLOSERS.has(text.charCodeAt(end))) end++;
      push(start, end);
      start = end;
    }
  }
  push(start, text.length);
  return out;

  function push(from: number, end: number): void {
    while (from < end && LEADING_SPACE.has(text.charCodeAt(from))) from++;
    if (end > from) out.push({ start: from, end });
  }
}

function findOpaque(text: string, linesOf: () => readonly TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (let at = text.indexOf('<!--'); at !== -1; at = text.indexOf('<!--', at)) {
    const close = text.indexOf('-->', at + 4);
    const end = close === -1 ? text.length : close + 3;
    out.push({ start: at, end });
    at = end;
  }
  for (const line of pageChromeLines(text)) out.push(line);
  for (const re of [URL, INLINE_CODE, LINK_DESTINATION]) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) out.push({ start: m.index, end: m.index + m[0].length });
  }
  let fence: number | null = null;
  const fenced = text.includes('```') || text.includes('~~~');
  for (const line of fenced ? linesOf() : []) {
    if (!text.startsWith('```', line.start) && !text.startsWith('~~~', line.start)) continue;
    if (fence === null) fence = line.start;
    else {
      out.push({ start: fence, end: line.end });
      fence = null;
    }
  }
  return merge(out.sort((a, b) => a.start - b.start));
}

/** Overlapping ranges (a URL inside a comment) as one, so that a binary search finds them. */
function merge(sorted: TextRange[]): TextRange[] {
  const out: TextRange[] = [];
  for (const r of sorted) {
    const last = out.at(-1);
    if (last && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push({ ...r });
  }
  return out;
}
