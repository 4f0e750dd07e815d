import { isClauseBoundary, isClosingBracket, isDigit, isLetter, isOpeningBracket } from './chars.js';
import { AT_LEAST_WORDS, AT_MOST_WORDS } from './target.js';
import { REFERENCE_BASES } from './change.js';
import { ARABIC_DIGIT_RANGE, HAN_ORDINAL, lazyRegExp } from '../text/numerals.js';
import { charSet, type CharSet } from '../text/space.js';

/**
 * Labels: the words that say what is counted, from the clause before the number (受理行政复议案件,
 * 纠错率, 排查纠纷), plus the counted noun when it follows the number (对4家单位开展… → 单位开展…).
 * Labels are for people and for the catalogue matcher; they are cleaned, not parsed.
 */

const MAX_BEFORE = 40;
// The counted noun after a figure with its clause is taken whole up to MAX_AFTER characters; a
// longer clause is cut where its predicate starts, or taken whole up to MAX_CLAUSE_AFTER, and
// never cut mid-word (…予以全省推|广).
const MAX_AFTER = 14;
const MAX_CLAUSE_AFTER = 24;

const LIST_ITEM = /^[-*+]\s+/;
const EMPHASIS_MARKS = /\*{1,3}/g;
// An item marker opening a clause (一是, 第三, （二）, 四、, 1.): the ordinals of headings and items.
const LEADING_MARKER = lazyRegExp(() => `^(?:[${HAN_ORDINAL}]+是|第[${HAN_ORDINAL}]+[，,、]?|[（(][${HAN_ORDINAL}0-9]+[）)]|[${HAN_ORDINAL}]+、|[0-9]+[.．、])`);
const LEADING_FILLER = lazyRegExp(
  () =>
    `^(?:其中|同时|此外|另外|并且|并|还|又|和|及|以及|与|或|对|向|累计|共计|合计|总计|共(?![建享同治商识])|先后|已(?=累计|共计|共|先后)|把|将|截至目前|截至[${ARABIC_DIGIT_RANGE}]{4}年底?|目前|全年|当年|今年(?![底末初])|去年(?![同底末初])|已经|拟安排|力争|确保|争取|预计)+`,
);
// A level stated as "increased to": the subject is what matters (城镇化率从52.6%提高到58.5%).
// CHANGE_VERBS is the vocabulary below, shared with the carry patterns.
export const TO_LEVEL = lazyRegExp(
  () => `(?:整合|合并|优化)?(?:${CHANGE_VERBS}|跃升|回升|攀升|反弹|压缩|压减|精简|缩短|升)(?:到|至)$`,
);
const ENDS_IN_CHANGE = lazyRegExp(() => `(?:${CHANGE_VERBS})$`);
// 要 ends words too (主要, 重要, 需要, 必要, 纲要, 摘要, 首要): only a 要 of its own is a modal.
const MODAL_BEFORE_CHANGE = lazyRegExp(
  () => `(?:今年|明年)?都?(?:(?<![主重需必纲摘首])要再?|将|预期|预计|力争|再)(?=(?:分别)?(?:${CHANGE_VERBS})$)`,
);
// The approximation words (约 近 超过 …) are not here: the label ends before the prefix qualifier
// the scanner found, and what that leaves ending in 约 or 近 is a word (节约, 最近, 签约). The bound
// words of targets (不少于4次) are the target extractor's own list. 均 is a filler (均为, 均达到)
// but not the end of 人均, 平均, 年均 (失业率平均为5.1% keeps 平均). Built on first use.
let trailingFillerPattern: RegExp | null = null;
function trailingFiller(): RegExp {
  const bounds = [...AT_MOST_WORDS, ...AT_LEAST_WORDS].join('|');
  return (trailingFillerPattern ??= new RegExp(
    `(?:(?<![人平年])均为|分别为|分别达到?|分别是|分别|(?<![人平年])均|(?:一直|始终|持续|继续)?(?:(?:控制|保持|稳定)(?:在|到)?|维持(?:在|到))|${bounds}|达到|突破|跨越|共计|合计|总计|累计|共有|一共|总共|共|了|至|(?<![收得遇做办看听找受来感接报签提想用])到|从|由|(?<![存所现])在|先后|的|(?<=[率量数额值比重模金入出资费积众人度均例])[达为]|(?<=[业田户品])达|(?<=..)(?:预计|预期)|(?<=..)完成)$`,
  ));
}
// Comparison bases left out of a label (比上年, 同比, 由上年的), built on first use.
let referencePattern: RegExp | null = null;
const reference = (): RegExp =>
  (referencePattern ??= new RegExp(`同比|环比|(?:比|较|相比)(?:${REFERENCE_BASES})|(?:由|从)(?:上年|去年)(?:的)?`, 'g'));

/** The cleaned clause before the number: text[from, to). */
export function labelBefore(text: string, from: number, to: number): string {
  return cleanLabel(clauseBefore(text, from, to));
}

/** The raw clause labelBefore cleans: at most MAX_BEFORE characters before `to`. */
export function clauseBefore(text: string, from: number, to: number): string {
  return text.slice(Math.max(from, to - MAX_BEFORE), to);
}

/** labelBefore's cleaning of a raw clause: a pure function of it, so callers may memoise it. */
export function cleanLabel(clause: string): string {
  let s = clause.trim();
  if (s === '') return s;
  // A Markdown table row (| 法律援助案件 | 1,204件 |): the figure's cell, else the cell before it.
  if (s.includes('|')) {
    const cells = s.split('|');
    let cell = '';
    for (let i = cells.length - 1; i >= 0 && cell === ''; i--) cell = (cells[i] as string).trim();
    s = cell;
    if (s === '') return s;
  }
  // A Markdown list item (- 全年收到行政复议申请156件).
  if (LIST_ITEM.test(s)) s = s.replace(LIST_ITEM, '');
  // Markdown emphasis around the figure or the words (总额**1286.4亿元**, **提振消费**).
  if (s.includes('*')) s = s.replace(EMPHASIS_MARKS, '').trim();
  // A bracket closed in the clause but opened before it (门户网站（http://…/town）公开政府信息:
  // the URL's colon ended the clause) leaves the tail of the parenthesis: the label starts after it.
  const close = Math.max(s.lastIndexOf('）'), s.lastIndexOf(')'));
  if (close >= 0 && s.lastIndexOf('（') < 0 && s.lastIndexOf('(') < 0) s = s.slice(close + 1);
  // A bracket opened and not closed in the label: the figure stands at its start (（其中行政复议
  // 12件）, right after it (案件数（694件）) or inside it (党政机关（含四个片区）, 投诉件（涉及16个
  // 项目））; the bracket itself says nothing.
  if (close < 0) {
    if (s[0] === '（' || s[0] === '(') s = s.slice(1);
    const last = s[s.length - 1];
    if (last === '（' || last === '(') s = s.slice(0, -1);
    const open = Math.max(s.lastIndexOf('（'), s.lastIndexOf('('));
    if (open > 0) s = s.slice(0, open) + s.slice(open + 1);
  }
  // Cheap character tests guard the regexes: most labels need none of them.
  if (MAY_REFER.test(s)) s = s.replace(reference(), '');
  if (MAY_MARK().test(s)) s = s.replace(LEADING_MARKER(), '');
  if (TO_LEVEL().test(s)) s = s.replace(TO_LEVEL(), '');
  // The time and modal words of a goal before its verb of change say when and how sure, which the
  // figure's time frame says (固定资产投资今年要增长10%, 进出口总额预期增长7.5%, 资费再降低15%).
  if (ENDS_IN_CHANGE().test(s)) s = s.replace(MODAL_BEFORE_CHANGE(), '');
  // A list of two or more titles closed by 等 (推出“出生一件事”“退休一件事”等套餐服务): the label is what
  // they are examples of, not the titles.
  if (s.includes('等') && TITLE_LIST.test(s)) s = s.replace(TITLE_LIST, '');
  // Fillers can stack (共计约, 分别达到): strip until stable, a handful of rounds at most.
  for (let i = 0; i < 4 && s !== ''; i++) {
    let t = s;
    if (TRAILING_LAST.has(t.charCodeAt(t.length - 1))) t = t.replace(trailingFiller(), '');
    if (t !== '' && LEADING_FIRST.has(t.charCodeAt(0))) t = t.replace(LEADING_FILLER(), '');
    if (t === s) break;
    s = t;
  }
  return s;
}

const MAY_REFER = /[比较同环由从]/;
// Each repetition opens with a quotation mark that the text between cannot hold: linear.
const TITLE_LIST = /[“《][^“”《》]*[”》](?:[^“”《》等]*[“《][^“”《》]*[”》])+[^“”《》等]*等/;
const MAY_MARK = lazyRegExp(() => `^[${HAN_ORDINAL}第（(0-9]`);
// The last characters of the trailing fillers' words and the first of LEADING_FILLER's.
const TRAILING_LAST = charSet('为到是别均在破计共有了至从由后的达成持定制于过少期');
const LEADING_FIRST = charSet('其同此另并还又和及以与或对向累共合总先已截目全当今去拟力确争预把将');

// What follows the unit is not the counted noun when it is a modifier (的), a connector, or the
// verb of a comparison (增加到82.7万亿元, 提高到15%).
const PREPOSITIONS = charSet('从由对向按');
// Words that end in a preposition's character and are no preposition (相对集中, 城乡双向交流).
const NOT_PREPOSITION = new Set(['相对', '针对', '面对', '应对', '绝对', '核对', '比对', '双向', '定向', '导向', '面向', '方向', '走向', '流向', '去向', '转向', '自由', '理由', '经由']);
// 并 (40万亿元并连续多年居世界首位) and 等 (10万元等税收优惠政策) go on with a predicate or a
// category of a list, not with the figure's noun.
const NOT_A_NOUN =
  /^(?:的|和|及|与|或|、|并|等|增|减|提|降|上升|上涨|下降|扩大|缩小|缩减|压缩|压减|整合|精简|缩短|跃升|翻|比|较|同比|占|相当|分别|达|超|以上|左右|以内|以下|至|到|，)/;
// A connector left at the end of the noun by a figure that follows (县级医院和|2400所…), and the
// 并 left by a predicate cut (抗癌药大幅降价并|纳入…).
const TRAILING_CONNECTOR = /(?:和|及|与|或|以及|、)$/;
const TRAILING_AND = /并且?$/;

// Verbs of making or adding that govern every item of a 、 list after them (新增“小巨人”企业37家、
// 单项冠军企业8家、上市企业3家: the 3家 are new listed firms, not all of them).
const LIST_HEAD_VERBS = [
  '新增', '新建', '新培育', '培育', '建设', '建成', '打造', '完成', '创建', '新认定', '认定', '引进', '招引',
  '新开工', '开工', '改造', '新设立', '设立',
];
// A head stands at the start of the first item, after a scope of a few characters at most (全省新增).
const HEAD_REACH = 3;
// What a head does not make: a share or rate (新增就业45万人、调查失业率5.1%), a total or an amount
// that measures the items before it (新建续建项目1.57万个、总投资10.8万亿元; 新增电力装机1002万千瓦、
// 总装机1.4亿千瓦; 新增并网4000万千瓦、发电量3000亿度).
const NOT_MADE = /^(?:总|累计)|(?:率|比重|比例|占比|增速|增幅|投资|引资额|资金|金额|量|就业)$/;
// Verbs that open an item of their own besides the predicate verbs (新增创业28.9万人、带动就业47.6万人;
// 新开工装机1000万千瓦、新投产600万千瓦; 建设装机2727万千瓦、治沙238万亩).
const ITEM_VERBS = ['带动', '吸纳', '转移', '新投产', '投产', '并网', '治沙', '治理', '促进', '推动'];

/** The head verb of a 、 list that a label opens (新增 of 全省新增城镇就业), or ''. */
export function listHead(label: string): string {
  for (let i = 0; i <= HEAD_REACH && i < label.length - 2; i++) {
    for (const v of LIST_HEAD_VERBS) if (label.startsWith(v, i)) return v;
  }
  return '';
}

// An item that is work done, not a thing made, is only completed (完成营造林415万亩、石漠化综合治理600平方
// 公里), never built (新建高标准农田850万亩、黑土地保护性耕作2500万亩).
const WORK_DONE = /(?:治理|耕作|改造|整治|修复|保护)$/;

/** The label of an item of a list headed by `head`: the head and the item's noun, unless the item has a verb or a rate of its own. */
export function listItemLabel(head: string, own: string): string {
  if (own === '' || NOT_MADE.test(own) || startsWithVerb(own)) return own;
  if (head !== '完成' && WORK_DONE.test(own)) return own;
  return head + own;
}

function startsWithVerb(s: string): boolean {
  if (LIST_HEAD_VERBS.some((v) => s.startsWith(v)) || ITEM_VERBS.some((v) => s.startsWith(v))) return true;
  if (verbsStartingWith(s.charCodeAt(0))?.some((v) => s.startsWith(v))) return true;
  const v = verbs();
  return v.leadingAction.test(s) || v.bareChange.test(s);
}

// Verbs that start the predicate after a counted noun: where a long clause after the figure is
// cut (10所省属高职院校|划转为…, 5个集群|入选…). Two characters each, so that no noun is cut.
const PREDICATE_VERBS = [
  '入选', '纳入', '列入', '获评', '获批', '获得', '荣获', '得到', '享受', '领取', '参加', '参与', '进行',
  '提供', '开展', '实施', '实现', '完成', '建成', '开工', '投入', '投用', '通过', '划转', '入住', '受益',
  '惠及', '覆盖', '达到', '集体讨论', '讨论', '帮助', '用于', '迁移', '注入', '进入', '成为', '位列', '跻身',
  '上线', '落地', '发放', '开放', '完工', '交付', '认定', '大规模',
  // Single characters that start a predicate and end no noun after a figure: 已 被 也, and 占 of a share.
  '已', '被', '也', '占',
];
// The verbs by their first character: a text can hold that character at every other place
// (九成九成…), and trying every verb at each cost a 1 MB line of them seconds.
let verbsByFirst: Map<number, string[]> | null = null;
function verbsStartingWith(c: number): readonly string[] | undefined {
  if (!verbsByFirst) {
    verbsByFirst = new Map();
    for (const v of PREDICATE_VERBS) {
      const list = verbsByFirst.get(v.charCodeAt(0));
      if (list) list.push(v);
      else verbsByFirst.set(v.charCodeAt(0), [v]);
    }
  }
  return verbsByFirst.get(c);
}
// An adverb right before the predicate's verb goes with it (品牌|新入选…), unless it ends a word
// (创新, 更新).
const ADVERB_BEFORE_VERB = charSet('新再又均都还');
const ENDS_WORD_WITH_ADVERB = charSet('创更革最清翻重人平年');
const ADVERBS_BEFORE_VERB = ['顺利', '全面', '基本', '率先', '首次', '成功', '正式', '相继', '陆续'];
// A predicate cut that leaves less than this keeps the clause whole when no label stands before
// the figure (70个县实现…全覆盖: 县 alone says little).
const SHORT_NOUN = 3;

const PREDICATE_ADVERBS = ['全部', '已经', '均已', '都已', '已', '先后', '分别', '累计', '仅'];
// Their first characters, derived: a cheap test before the words are compared.
const ADVERB_FIRST = charSet(PREDICATE_ADVERBS.map((a) => a[0]).join(''));

/**
 * The counted noun after the unit, up to the end of the clause: 对4家单位开展督察 → 单位开展督察.
 * Empty when the unit ends the clause or a modifier follows (13亿多人口的大国).
 */
export function labelAfter(text: string, from: number, hasStem = true): string {
  // Past the closing marks of Markdown emphasis (**58**个 …).
  while (text.charCodeAt(from) === 0x2a) from++;
  if (from >= text.length || NOT_A_NOUN.test(text.slice(from, from + 3))) return '';
  const limit = Math.min(text.length, from + MAX_CLAUSE_AFTER);
  const i = nounEnd(text, from, limit);
  const whole = i < limit || i === text.length; // the clause ended in reach
  let to = i;
  if (i - from > MAX_AFTER) {
    // A long clause: up to its predicate, else whole when it ends in reach, else no noun at all
    // rather than a fragment.
    const verb = predicateAt(text, from + 1, i);
    to = verb > from && (hasStem || verb - from >= SHORT_NOUN || !whole) ? verb : whole ? i : from;
  }
  let noun = text.slice(from, to).trim();
  if (to < i && TRAILING_AND.test(noun)) noun = noun.replace(TRAILING_AND, '');
  else if (isDigit(text.charCodeAt(to)) && TRAILING_CONNECTOR.test(noun)) noun = noun.replace(TRAILING_CONNECTOR, '');
  return noun;
}

/** Where the predicate starts in text[from, to): at a verb of PREDICATE_VERBS or its adverb; -1 if none. */
function predicateAt(text: string, from: number, to: number): number {
  for (let i = from; i < to; i++) {
    const verbs = verbsStartingWith(text.charCodeAt(i));
    if (verbs === undefined) continue;
    for (const v of verbs) {
      if (!text.startsWith(v, i)) continue;
      if (i - 2 > from && ADVERBS_BEFORE_VERB.includes(text.slice(i - 2, i))) return i - 2;
      const a = text.charCodeAt(i - 1);
      return i - 1 > from && ADVERB_BEFORE_VERB.has(a) && !ENDS_WORD_WITH_ADVERB.has(text.charCodeAt(i - 2)) ? i - 1 : i;
    }
  }
  return -1;
}

/** The end of the noun phrase (with the rest of its clause) after a figure, before `limit`. */
function nounEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit) {
    const c = text.charCodeAt(i);
    // A closing bracket ends what the figure inside the parenthesis counts; a | ends a table cell.
    if (isClosingBracket(c) || c === 0x7c) break;
    // A parenthesis closes the noun it qualifies (12个县（市、区）), its marks included; one right
    // after the unit annotates the figure (2300元（2010年不变价）) and is no noun.
    // A parenthesis with a figure of its own is an aside (投诉件（涉及16个项目）): the noun ends before it.
    if (isOpeningBracket(c)) {
      const close = i > from ? closingBracket(text, i, limit) : -1;
      if (close >= 0 && !hasDigit(text, i + 1, close)) i = close + 1;
      break;
    }
    // A figure of its own ends the noun, but a name is part of it (12个5G基站, 2家5A级景区).
    if (isDigit(c)) {
      const after = digitsEnd(text, i, limit);
      if (!isLetter(text.charCodeAt(after))) break;
      i = after;
      continue;
    }
    // A preposition starts an adverbial (…案卷从合法性和规范性两个方面进行评定), not the noun.
    if (isClauseBoundary(c)) break;
    if (i > from && PREPOSITIONS.has(c) && !NOT_PREPOSITION.has(text.slice(i - 1, i + 1))) break;
    // So does an adverb of the predicate (15个行政村全部建立…, 86个村已经建成…).
    if (i > from && ADVERB_FIRST.has(c) && PREDICATE_ADVERBS.some((a) => text.startsWith(a, i))) break;
    // A closing quotation mark after the noun ends a figure quoted in a list (…、525家新型研发机构”为主体).
    if (c === 0x201d && text.lastIndexOf('“', i) < from) break;
    i++;
  }
  return i;
}

/** The end of the run of digits at `from`, before `limit`. */
function digitsEnd(text: string, from: number, limit: number): number {
  let i = from;
  while (i < limit && isDigit(text.charCodeAt(i))) i++;
  return i;
}

function hasDigit(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (isDigit(text.charCodeAt(i))) return true;
  return false;
}

/** The ） or ) closing the bracket at `open`, before `limit` and within its line; -1 if none. */
function closingBracket(text: string, open: number, limit: number): number {
  for (let i = open + 1; i < limit; i++) {
    const c = text.charCodeAt(i);
    if (isClosingBracket(c)) return i;
    if (isOpeningBracket(c) || c === 0x0a || c === 0x0d || c === 0x3002) return -1; // line break 。
  }
  return -1;
}

// Each vocabulary is written once; the four patterns over them are built when a label first
// needs one, not at module load.
const CHANGE_VERBS = '增长|增加|提高|上升|上涨|提升|扩大|增|涨|下降|减少|降低|回落|缩减|缩小|下滑|减|降';
const ACTION_VERBS =
  '受理|审结|办结|办理|结案|化解|调处|调解|查处|处理|答复|公开|备案|审查|审核|出具|发布|提出|接待|开展|组织|举办|评查|纠正|纠错|整改|完成|培训|签订|签署|制定|修订|清理|废止|解决|帮助|排查|收到|新收|录入|梳理|公示|办复|审理|调取|移送|立案|检查|抽查|处罚|核查';

interface VerbPatterns {
  /** Only a change verb (增长, 同比下降了). */
  bareChange: RegExp;
  /** A change verb ending the label (国内生产总值增长). */
  trailingChange: RegExp;
  /** Only an action verb (受理, 依法审结, 调处成功). */
  bareAction: RegExp;
  /** An action verb opening the label (受理行政复议案件). */
  leadingAction: RegExp;
  /** The last characters of trailingChange's words and the first of leadingAction's: most labels have neither. */
  changeLast: CharSet;
  actionFirst: CharSet;
}

const LEADING_ACTION_ADVERBS = '依法|全部|共|累计|全年';

let verbPatterns: VerbPatterns | null = null;

function verbs(): VerbPatterns {
  return (verbPatterns ??= {
    bareChange: new RegExp(`^(?:实际|名义|年均|分别|均|同比|环比|同口径|可比口径|又|再)*(?:${CHANGE_VERBS})了?$`),
    // 新增 is one verb: the subject of 高新技术企业新增 is 高新技术企业.
    trailingChange: new RegExp(`(?:实际|名义|年均)?(?:新增|${CHANGE_VERBS})了?$`),
    bareAction: new RegExp(`^(?:依法|全部|共|累计|成功)?(?:${ACTION_VERBS})(?:成功)?$`),
    leadingAction: new RegExp(`^(?:${LEADING_ACTION_ADVERBS})?(?:${ACTION_VERBS})`),
    changeLast: charSet(`了|新增|${CHANGE_VERBS}`.split('|').map((w) => w.slice(-1)).join('')),
    actionFirst: charSet(`${LEADING_ACTION_ADVERBS}|${ACTION_VERBS}`.split('|').map((w) => w[0]).join('')),
  });
}

/** A label that is only an action verb (受理, 依法审结, 调处成功): its object was elided in the text. */
export function isBareAction(label: string): boolean {
  return verbs().bareAction.test(label);
}

/** What a later clause may carry forward from this label. */
export interface LabelParts {
  label: string;
  /** The label without a trailing change verb: 国内生产总值增长 → 国内生产总值. */
  subject: string;
  /** The label without its leading action verb: 受理行政复议案件 → 行政复议案件. */
  object: string;
}

export function labelParts(label: string): LabelParts {
  const v = verbs();
  // A character test first: a regex call per carried label cost more than the rest of the carry.
  const last = label.charCodeAt(label.length - 1);
  return {
    label,
    // 四季度增长5.6%、高于全国0.2个百分点，全年增长4.8%: a gap to the whole is no subject to carry.
    subject: WHOLE_LAST().has(last) && COMPARED_TO_WHOLE().test(label) ? '' : v.changeLast.has(last) ? label.replace(v.trailingChange, '') : label,
    object: v.actionFirst.has(label.charCodeAt(0)) ? label.replace(v.leadingAction, '') : label,
  };
}

/**
 * Fills an elided label from the previous figure of the same sentence: 国内生产总值67.7万亿元，
 * 增长6.9% → 国内生产总值增长; 受理行政复议案件90件，审结70件 → 审结行政复议案件; 分别增加1753万和
 * 2028万 → the second takes the first's label.
 */
export function carryLabel(own: string, prev: LabelParts | null): string {
  if (!prev) return own;
  if (own === '') return prev.label;
  const { bareChange, bareAction } = verbs();
  if (bareChange.test(own) && prev.subject) return prev.subject + own;
  if (bareAction.test(own) && prev.object && prev.object !== prev.label) return own + prev.object;
  // 高新技术企业新增312家、总数突破2,000家: the total of the same subject.
  if (TOTAL_NOUN.test(own) && prev.subject) return totalOf(prev.subject) + own;
  // 进出口额增长27.7%、占比77%, 外送电量3150亿度、占全国16%: the share of the same subject.
  if (SHARE_NOUN().test(own) && prev.subject) return prev.subject + own;
  // 地方一般公共预算收入增长2.6%、高于全国0.9个百分点: the previous figure set against the whole's.
  if (ABOVE_WHOLE().test(own)) return prev.label + own;
  return own;
}

/** The subject of a total: 新增规模以上工业企业19家，总数达到246家 counts all the firms, not the new ones. */
export function totalOf(subject: string): string {
  // 外资研发中心分别新认定60家和30家，累计分别达到1016家和591家: the total is of the centres.
  return subject.replace(NEWLY, '').replace(NEWLY_AFTER, '') || subject;
}

const NEWLY = /^(?:新增|新认定|新登记|新培育|新引进|新建|新设立|新设)/;
const NEWLY_AFTER = /(?:分别)?(?:新增|新认定|新登记|新培育|新引进|新建|新设立|新设)?$/;

const TOTAL_NOUN = /^(?:总数|总量|总额|总规模)$/;
// The wholes a share or a comparison is taken of: 占全国, 高于全省.
// Not 世界 or 全球 yet: the diff pairs 2016's 高速铁路占世界 with 2018's 高速铁路运营里程占世界 only by the bare
// 占世界 (test/diff/timeframe.test.ts); its label score must learn carried subjects first.
const WHOLE = '全国|全省|全市|全区|全县|全州|全盟';
const SHARE_NOUN = lazyRegExp(() => `^(?:占比|比重|所占比重|占(?:${WHOLE})(?:的?比重)?)$`);
const COMPARISON = `(?:高于|低于|快于|慢于|高出|超出)(?:${WHOLE})(?:平均水平|平均)?$`;
const ABOVE_WHOLE = lazyRegExp(() => `^${COMPARISON}`);
const COMPARED_TO_WHOLE = lazyRegExp(() => COMPARISON);
// The last characters of COMPARISON's words, derived: most labels end in none of them.
let wholeLast: CharSet | null = null;
const WHOLE_LAST = (): CharSet => (wholeLast ??= charSet(`${WHOLE}|平均`.split('|').map((w) => w.slice(-1)).join('')));

export function joinLabel(before: string, after: string): string {
  const s = after ? before + after : before;
  return s.length > 48 ? s.slice(0, 48) : s;
}
