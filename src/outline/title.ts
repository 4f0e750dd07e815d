import { charSet, trimEndOffset, type CharSet } from '../text/space.js';

/**
 * Where a heading's title ends. A heading often shares its line with body text
 * (`（一）提高政府履职能力，推动经济社会发展。一是…`): the title runs to the first 。 ： ！ ？ or the
 * end of the line.
 */
const HEADING_STOPS = charSet('。：:！？!?');
const ITEM_STOPS = charSet('。：:！？!?；;');

// Scraped reports run a heading straight into the body with no stop at all
// (`一、2013年工作回顾过去一年是…`). A real title is short and ends in one of a few words, so a
// run-on title is cut after the last such word near its start.
const MAX_TITLE = 60;
const MAX_RUN_IN_TITLE = 24;
const MAX_ITEM_TITLE = 60;
const RUN_ON_WINDOW = 20;
const TITLE_END_WORDS = /(?:回顾|部署|任务|工作|情况|思路|做法|经验|建议|要求|目标|问题|举措|成效|措施|计划|安排|进展)+/g;
// Markup and spacing never sit inside a title.
const HARD_STOP = /[<\t\u3000\u00a0]|\s{2}/;

function firstStop(text: string, from: number, limit: number, stops: CharSet): number {
  for (let i = from; i < limit; i++) if (stops.has(text.charCodeAt(i))) return i;
  return limit;
}

/**
 * `runIn` is a heading found in mid-line, after a sentence: there the title is held to a shorter
 * length, since scraped text runs the body on without a stop.
 */
export function findTitleEnd(text: string, from: number, lineEnd: number, runIn = false): number {
  // Looking further than a few titles' length is pointless and would make long lines quadratic.
  const limit = Math.min(lineEnd, from + MAX_TITLE * 2);
  const end = firstStop(text, from, limit, HEADING_STOPS);
  const max = runIn ? MAX_RUN_IN_TITLE : MAX_TITLE;
  if (end - from <= max) return trimEndOffset(text, from, end);

  const head = text.slice(from, Math.min(end, from + max));
  const hard = HARD_STOP.exec(head);
  if (hard) return trimEndOffset(text, from, from + hard.index);
  let cut = -1;
  TITLE_END_WORDS.lastIndex = 0;
  for (let m = TITLE_END_WORDS.exec(head); m; m = TITLE_END_WORDS.exec(head)) {
    const e = m.index + m[0].length;
    if (e > RUN_ON_WINDOW) break;
    cut = e;
  }
  return trimEndOffset(text, from, cut > 0 ? from + cut : Math.min(end, from + max));
}

/** An item's title (`一是强化政治引领。`) ends at the first sentence or clause stop. */
export function findItemTitleEnd(text: string, from: number, lineEnd: number): number {
  const end = firstStop(text, from, Math.min(lineEnd, from + MAX_ITEM_TITLE), ITEM_STOPS);
  return trimEndOffset(text, from, end);
}
