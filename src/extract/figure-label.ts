/**
 * A figure's label, inferred from its place: the clause before the number, the counted noun after
 * it, or what an elided clause carries over from the previous figure of the sentence. A function
 * of the text and the previous figures' records alone (their label parts are computed on demand).
 */
import { TO_LEVEL, carryLabel, joinLabel, labelAfter, labelParts, listHead, listItemLabel, totalOf } from './label.js';
import type { Previous } from './previous.js';

const LIST_NOUN = 12; // the longest item of a 、 list that is a noun of the label after it
const OF_SCOPE = 2; // the longest label before a figure that is only its scope (全县, 全市)
const CONNECTOR = /^(?:和|及|与|、|以及|或)$/;
const LIST_JOIN = /(?:和|及|与|以及)$/;
// Cells of one table row: Markdown (| 法律援助案件 | 1,204件 | 1,356件 |), or tab-separated as
// a table pasted from a word processor is (法律援助案件\t1,204件\t1,356件).
const NEXT_CELL = /^ *(?:\||\t+) *$/;
const TOTAL = /^(?:总计|合计|共计|累计|一共|总共)(?:分别)?(?:达到|达|为)?$/;
const RESTATED = /^(?:达到|达|为|是|突破|超过|超|逾)$/;
// What separates two items of a 、 list: the mark, after a closing quotation mark or bracket.
const NEXT_ITEM = /^[”’）)]?、$/;

export interface LabelPlace {
  text: string;
  /** The figure's span start, and where its words end (after a suffix qualifier). */
  at: number;
  afterEnd: number;
  /** The prefix qualifier right before the number (超过), outside the label. */
  prefix: string | null;
  clauseStart: number;
  sentenceStart: number;
  /** Whether a parenthesis is open at the figure. */
  inParenthesis: boolean;
  /** The previous figure, and the previous one outside any parenthesis. */
  prev: Previous | null;
  outer: Previous | null;
  /** The cleaned label of text[from, to) (memoised by the scanner). */
  labelBefore: (from: number, to: number) => string;
}

export interface InferredLabel {
  label: string;
  /** The part before the number, which a figure listed next may share (see Previous.stem). */
  stem: string;
  /** The label of the clause before the number alone ('' when none). */
  own: string;
  /** Where the figure's own words begin. */
  from: number;
  sameSentence: boolean;
  /** Joined to the previous figure by 和、及 (分别增加1753万和2028万). */
  joined: boolean;
  /** The verb heading the 、 list the figure is an item of, for the items after it (see Previous.head). */
  head: string;
}

export function newInferredLabel(): InferredLabel {
  return { label: '', stem: '', own: '', from: 0, sameSentence: false, joined: false, head: '' };
}

/** The label of the figure at `p`, filled into `into` (the scanner passes one record for all its figures). */
export function inferLabel(p: LabelPlace, into = newInferredLabel()): InferredLabel {
  const { text, at, prev } = p;
  const sameSentence = prev !== null && prev.sentenceStart === p.sentenceStart;
  const sameClause = sameSentence && prev !== null && prev.end > p.clauseStart;
  // 分别增加1753万和2028万: the second figure shares the first's verb and label.
  const joined = sameSentence && prev !== null && at - prev.end <= 2 && CONNECTOR.test(text.slice(prev.end, at));
  const from = sameClause && prev ? Math.max(p.clauseStart, prev.end) : p.clauseStart;
  // Up to the prefix qualifier: 贡献率超过30% is counted as 贡献率, the 超过 goes to `approx`.
  // 2000所县级医院和2400所城市社区卫生服务中心: the words between two figures, up to a connector, are
  // the first one's noun, not the second's.
  const to = p.prefix ? at - p.prefix.length : at;
  const between = sameClause && prev !== null && at - prev.end <= LIST_NOUN + 2 ? text.slice(prev.end, at) : '';
  const nounOfPrev = between.length > 1 && prev !== null && LIST_JOIN.test(between) && prev.label.endsWith(between.replace(LIST_JOIN, ''));
  const own = nounOfPrev ? '' : p.labelBefore(from, to);
  let after = labelAfter(text, p.afterEnd, own !== '');
  // 约88%的企业使用…, 超过85%的统筹地区…, 全县76%的村级组织…: with no more than a scope before it, a
  // figure counts the noun after 的, whatever the figure before it counted.
  const ofNoun = after === '' && own.length <= OF_SCOPE && text.charCodeAt(p.afterEnd) === 0x7684 /* 的 */;
  if (ofNoun) after = labelAfter(text, p.afterEnd + 1, false);
  // 城镇化率从52.6%提高到58.5%: the second figure is a level of the same subject.
  // Up to a prefix qualifier and without spaces (增加到超过100万亿元, 由 15 个工作日压缩至 5 个工作日).
  const toLevel = sameClause && prev !== null && TO_LEVEL().test(text.slice(prev.end, to).trim());
  // An empty clause borrows the previous label only when it continues an enumeration
  // (23%、15%、18% / 1753万和2028万), not when a new clause starts with the number.
  // 参保人数增加7359万，总计达到1.17亿: a clause of only a total word sums up the same subject.
  const totals = own === '' && at - from <= 8 && TOTAL.test(text.slice(from, at));
  // 地区生产总值突破1.2万亿元，达到12,086亿元: a clause of only a verb of level restates the subject.
  // So does a label that is only such a verb (突破8000公里、达8184公里).
  const restated = !totals && ((own === '' && at - from <= 4 && RESTATED.test(text.slice(from, at))) || (sameSentence && RESTATED.test(own)));
  const nextCell = sameSentence && prev !== null && at - prev.end <= 8 && NEXT_CELL.test(text.slice(prev.end, at));
  // 拆除“两违”679宗32803.2平方米, 3.2万户14.9万人: a figure right after another measures the same thing.
  const adjacent = sameSentence && prev !== null && at === prev.end;
  const enumerated = joined || nounOfPrev || nextCell || toLevel || totals || restated || adjacent || (p.clauseStart > 0 && text.charCodeAt(p.clauseStart - 1) === 0x3001 /* 、 */);
  // A figure after a closed parenthesis (…（其中复议12件，诉讼8件），同比增长5%) continues the
  // sentence's own figure, not the last one in the parenthesis.
  const source = prev !== null && prev.inParenthesis && !p.inParenthesis && p.outer !== null && p.outer.sentenceStart === p.sentenceStart ? p.outer : prev;
  const carryFrom = sameSentence && source && (own !== '' || enumerated) ? source : null;
  const stem = own !== '' ? own : enumerated && carryFrom ? carryFrom.stem : '';
  let label: string;
  // 17个区、2个县（市）: each figure its own noun, after the stem they share.
  if (after) label = ofNoun ? joinLabel(own, after) : stem !== '' ? joinLabel(stem, after) : after;
  else if (!carryFrom) label = own;
  else if (totals || restated) {
    const subject = (carryFrom.parts ??= labelParts(carryFrom.label)).subject || carryFrom.label;
    label = totals ? totalOf(subject) : subject;
  } else label = carryLabel(own, (carryFrom.parts ??= labelParts(carryFrom.label)));
  // 新增“小巨人”企业37家、单项冠军企业8家: an item right after the previous one's figure, with a
  // noun of its own, is made by the verb heading the list too.
  const item = sameSentence && prev !== null && prev.head !== '' && NEXT_ITEM.test(text.slice(prev.end, p.clauseStart));
  if (item && label === own) label = listItemLabel(prev.head, own);
  into.head = item ? prev.head : listHead(own);
  into.label = label;
  into.stem = stem;
  into.own = own;
  into.from = from;
  into.sameSentence = sameSentence;
  into.joined = joined;
  return into;
}
