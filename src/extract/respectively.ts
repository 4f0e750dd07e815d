/**
 * Figures said to go with things listed before them one by one (分别): 群众满意度、知晓率分别达到
 * 98%和102%; 接待游客4.2亿人次、实现旅游花费2900亿元，分别增长12.3%和15.6%. The state of one
 * sentence, kept as the scanner reads its figures in order.
 */
import { NUM_START, charTable } from './char-table.js';
import { isClauseBoundary } from './chars.js';
import { labelParts } from './label.js';

const LIST_REACH = 60;
const RESPECTIVELY = /分别$/;

export class SentenceLists {
  /** The labels of the sentence's figures that are not changes, in order. */
  private readonly levels: string[] = [];
  private sentence = -1;
  /** A list of changes going with the last levels one by one. */
  private respective: { labels: string[]; next: number; rest: string } | null = null;
  /** Names listed before 分别, then their figures in turn. */
  private listed: { items: string[]; next: number; word: string } | null = null;

  /**
   * The label of the figure whose own clause label is `own` (read from text[from, at), its words
   * ending at `afterEnd`), given the label inferred from its place.
   */
  label(text: string, end: number, sentenceStart: number, label: string, own: string, verb: string | null, joined: boolean, from: number, at: number, afterEnd: number): string {
    if (this.sentence !== sentenceStart) {
      this.levels.length = 0;
      this.sentence = sentenceStart;
      this.respective = null;
      this.listed = null;
    }
    // Only where the list is of whole names (not 城镇、农村居民人均可支配收入, whose first item is a
    // modifier). A change the same way: 化学需氧量、二氧化硫排放量分别减少4.42%和5.95%.
    if (own.includes('、') && text.slice(from, at).includes('分别')) {
      const { subject, word } = verb ? splitChange(own) : { subject: own, word: '' };
      const items = subject.split('、');
      const n = listLength(text, afterEnd, end);
      this.listed = items.length === n && items.every((item) => item.length >= 3) ? { items, next: 1, word } : null;
      if (this.listed) label = (items[0] as string) + word;
    } else if (this.listed && joined && this.listed.next < this.listed.items.length) {
      label = (this.listed.items[this.listed.next++] as string) + this.listed.word;
    }
    if (verb && own.startsWith('分别') && this.levels.length >= 2) {
      const n = listLength(text, afterEnd, end);
      this.respective = n >= 2 && n <= this.levels.length ? { labels: this.levels.slice(this.levels.length - n), next: 0, rest: own.slice(2) } : null;
    }
    const respective = this.respective;
    if (respective && (respective.next === 0 || joined) && respective.next < respective.labels.length) {
      label = (labelParts(respective.labels[respective.next++] as string).subject || label) + respective.rest;
    } else if (!verb) {
      this.levels.push(label);
    }
    return label;
  }
}

/** 化学需氧量、二氧化硫排放量分别减少 → its subject (化学需氧量、二氧化硫排放量) and change word (减少). */
function splitChange(label: string): { subject: string; word: string } {
  const subject = labelParts(label).subject.replace(RESPECTIVELY, '');
  return { subject, word: label.slice(subject.length).replace(/^分别/, '') };
}

/**
 * How many figures a list has that goes on after `from` (…12.3%和15.6%, …23%、15%、18%): one
 * more than the 和、及 joining a number, up to the end of the clause.
 */
function listLength(text: string, from: number, limit: number): number {
  const table = charTable();
  let n = 1;
  const stop = Math.min(limit, from + LIST_REACH);
  for (let i = from; i < stop; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x548c /* 和 */ || c === 0x53ca /* 及 */ || c === 0x3001 /* 、 */) {
      if (((table[text.charCodeAt(i + 1)] as number) & NUM_START) !== 0) n++;
    } else if (isClauseBoundary(c)) {
      break;
    }
  }
  return n;
}
