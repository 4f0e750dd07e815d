/**
 * Where the scanner stands in the text's structure: the clause, the sentence, an open quotation
 * or parenthesis, the topic. One function, `advance`, moves it past each punctuation mark; the
 * figures read between marks look back only as far as it says.
 */
import { BRACKET, CLAUSE, LINE, QUOTE_CLOSE, QUOTE_OPEN, SENTENCE, charTable } from './char-table.js';
import { isClosingBracket, isOpeningBracket } from './chars.js';

const LIST_NOUN = 12; // the longest item of a 、 list that is a noun of the label after it (城镇职工基本养老保险、…)
const QUOTE_REACH = 40; // a quotation longer than this is prose, not a name

export class TextCursor {
  clauseStart: number;
  /** Where the item after the clause's last 、 began. */
  listItem: number;
  /** Where the clause of the open quotation began. */
  clauseBeforeQuote: number;
  /** An open （ of this sentence (-1 when none), and where its clause began. */
  bracketOpen = -1;
  clauseBeforeBracket: number;
  sentenceStart: number;
  /** Where an elided subject (行政复议) may be looked for from: the line, or the last 一是/（一）. */
  topicStart: number;
  quoteOpen = -1;

  constructor(start: number) {
    this.clauseStart = this.listItem = this.clauseBeforeQuote = this.clauseBeforeBracket = start;
    this.sentenceStart = this.topicStart = start;
  }

  /**
   * Moves past the mark at `i`, of class `cls`; `lastFigureEnd` is where the last figure ended
   * (-1 when none).
   */
  advance(text: string, i: number, cls: number, lastFigureEnd: number): void {
    if (cls & CLAUSE) {
      // 、 joins the nouns of one label (新建改扩建中小学、幼儿园9所, 审核合同、协议35份) unless it
      // separates figures (受理90件、审结70件) or clauses (推进…分置改革、确权面积80%): a long
      // item is a clause of its own.
      if (text.charCodeAt(i) !== 0x3001) this.clauseStart = this.listItem = i + 1;
      else {
        if (lastFigureEnd > this.clauseStart || i - this.listItem > LIST_NOUN) this.clauseStart = i + 1;
        this.listItem = i + 1;
      }
      if (cls & SENTENCE) {
        this.sentenceStart = i + 1;
        this.quoteOpen = -1;
        this.bracketOpen = -1;
        if (cls & LINE) this.topicStart = i + 1;
      }
    } else if (cls & QUOTE_OPEN) {
      this.quoteOpen = i;
      this.clauseBeforeQuote = this.clauseStart;
    } else if (cls & QUOTE_CLOSE) {
      // As a parenthesis, a quotation is part of its clause: 开展“双随机、一公开”联合抽查214次.
      if (this.quoteOpen >= 0) this.clauseStart = this.clauseBeforeQuote;
      this.quoteOpen = -1;
    } else if (cls & BRACKET) {
      if (isOpeningBracket(text.charCodeAt(i))) {
        this.bracketOpen = i;
        this.clauseBeforeBracket = this.clauseStart;
      } else if (this.bracketOpen >= 0) {
        // A parenthesis is part of its clause: the marks inside it (中心（站、室）1389个) end
        // clauses for the figures inside only.
        this.clauseStart = this.clauseBeforeBracket;
        this.bracketOpen = -1;
      }
    }
  }

  /** 一是 / （一） / 一、 at `at` (a numeral ending at `tokEnd`) open a new topic. */
  noteMarker(text: string, at: number, tokEnd: number): void {
    // By char code: text[i] would make a string of each character. 一是 一、 and （一）.
    const next = text.charCodeAt(tokEnd);
    if ((next === 0x662f || next === 0x3001) && at === this.clauseStart) this.topicStart = at;
    else if (at > 0 && isClosingBracket(next) && isOpeningBracket(text.charCodeAt(at - 1))) this.topicStart = at - 1;
  }

  /** Whether text[from, to) is inside a short quotation (a name: “十四五”规划), up to `end`. */
  insideQuotes(text: string, end: number, from: number, to: number): boolean {
    if (this.quoteOpen < 0 || from - this.quoteOpen > QUOTE_REACH) return false;
    const table = charTable();
    const limit = Math.min(end, to + QUOTE_REACH);
    for (let k = to; k < limit; k++) {
      const cls = table[text.charCodeAt(k)] as number;
      if (cls & QUOTE_CLOSE) return true;
      if (cls & (SENTENCE | QUOTE_OPEN)) return false;
    }
    return false;
  }
}
