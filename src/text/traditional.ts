import type { Outline, Section } from '../schema/outline.js';

/**
 * Traditional characters with their simplified forms, for matching: a report from Hong Kong,
 * Macao or Taiwan, or a draft converted by a word processor, is read by the profiles, the heading
 * words, the rule tables and the extractor as its simplified twin would be. Not a converter: one
 * character for one, so every offset, line and column stays that of the report as written.
 *
 * Derived from the tables themselves: every CJK character of the matching code (src/profiles,
 * src/rules, src/outline, src/extract, src/catalogue, src/numeral, src/check, src/text, src/diff,
 * src/review; comments left out) whose traditional forms differ, with those forms (OpenCC's
 * TSCharacters, and its Taiwan and Hong Kong variants: 為 爲, 裡 裏). A traditional form that is
 * also a simplified character the tables use is never folded, nor 著 (显著 is simplified too), nor one outside
 * the Basic Multilingual Plane (two UTF-16 units would shift offsets).
 * test/text/traditional.test.ts holds the table to the tables.
 */
export const TRADITIONAL_PAIRS =
  '萬万與与專专業业兩两嚴严個个箇个臨临為为爲为舉举義义習习鄉乡書书亂乱爭争於于產产産产畝亩億亿僅仅從从們们價价眾众衆众優优會会傳传體体餘余脩修債债剋克黨党關关內内' +
  '冊册寫写農农決决況况準准減减幾几齣出擊击劃划則则剛刚創创刪删別别彆别製制劍剑辦办務务動动區区韆千昇升陞升單单佔占衛卫衞卫卽即卻却捲卷廳厅厤历曆历歷历壓压縣县參参' +
  '蔘参雙双發发髮发變变隻只枱台檯台臺台颱台號号閤合衕同後后嚮向曏向噸吨聽听員员週周諮咨響响迴回團团糰团園园睏困圍围國国圖图圓圆場场壞坏塊块堅坚處处備备復复複复頭头' +
  '奮奋學学寧宁甯宁實实審审憲宪傢家對对導导將将侷局層层屆届屬属嵗岁歲岁峽峡佈布師师帶带幫帮乾干幹干榦干並并併并應应廢废開开張张彈弹強强歸归噹当當当彔录錄录録录徹彻' +
  '徵征徑径誌志唸念態态總总慣惯戰战戶户纔才紮扎託托釦扣執执擴扩摺折護护報报擬拟擁拥揮挥損损換换據据擺摆襬摆搖摇撐撑敎教數数鬥斗斷断旂旗無无旣既舊旧時时顯显曉晓暫暂' +
  '朮术術术機机桿杆槓杠條条來来闆板極极構构査查標标棟栋樣样覈核檔档檢检檻槛歐欧氣气匯汇彙汇滙汇漢汉沒没註注測测濟济漲涨遊游泝溯遡溯滿满點点熱热狀状獨独獻献環环現现' +
  '電电監监蓋盖眞真矯矫碼码礪砺礎础確确種种積积稱称穩稳籌筹簽签籤签簡简類类糧粮係系繫系緊紧纍累糾纠約约級级紀纪純纯綱纲納纳紛纷紋纹綫线線线組组織织終终經经絨绒結结' +
  '繞绕給给絕绝絶绝統统繼继績绩續续維维編编縮缩網网羅罗罰罚羣群職职勝胜腦脑緻致捨舍節节範范榮荣葯药藥药獲获穫获營营藴蕴蘊蕴銜衔補补錶表見见觀观規规計计訂订認认討讨' +
  '讓让訓训議议記记講讲許许論论訟讼設设訪访証证證证評评識识訴诉診诊詞词試试話话詢询該该語语誤误說说説说請请諾诺讀读調调談谈謀谋譜谱負负貢贡財财責责敗败賬账貨货質质' +
  '貧贫貫贯貼贴貿贸費费資资賴赖賽赛趕赶躍跃躋跻車车轉转輪轮較较輛辆輝辉達达遷迁過过邁迈運运還还這这進进遠远違违連连適适選选踰逾遺遗釋释裏里裡里鑑鉴鑒鉴針针鍼针鈡钟' +
  '鍾钟鐘钟銅铜銀银銷销錯错鍵键鎭镇鎮镇長长門门閉闭問问間间隊队階阶際际陸陆陳陈隨随難难麪面麫面麵面頁页頃顷項项順顺須须鬚须顧顾頓顿預预領领題题額额顛颠舘馆館馆馬马' +
  '駁驳驗验齡龄聯联瀏浏覽览閱阅輯辑頂顶礙碍掃扫鏈链載载協协郵邮權权贊赞讚赞聞闻欄栏歡欢藍蓝頻频勵励厲厉陣阵濫滥馳驰貶贬爛烂輩辈憶忆猶犹攜携艱艰疊叠劇剧細细矚瞩擔担寬宽隱隐筆笔偵侦';

let table: Map<string, string> | null = null;
let byCode: Uint16Array | null = null;

function simplified(): Map<string, string> {
  if (table) return table;
  table = new Map();
  for (let i = 0; i + 1 < TRADITIONAL_PAIRS.length; i += 2) table.set(TRADITIONAL_PAIRS[i] as string, TRADITIONAL_PAIRS[i + 1] as string);
  return table;
}

/**
 * The simplified form's code of each traditional character's code, 0 for every other (built on
 * first use). A lookup per character: a regex class of the table's ~300 scattered characters
 * runs as a search tree per character, about ten times slower over a long report.
 */
function simplifiedCodes(): Uint16Array {
  if (byCode) return byCode;
  byCode = new Uint16Array(0x10000);
  for (const [from, to] of simplified()) byCode[from.charCodeAt(0)] = to.charCodeAt(0);
  return byCode;
}

/** The offset of the first traditional character of the table in `text`, or -1. */
function firstTraditional(text: string, codes: Uint16Array): number {
  for (let i = 0; i < text.length; i++) if (codes[text.charCodeAt(i)] !== 0) return i;
  return -1;
}

/** Whether the text has any traditional character of the table. */
export function hasTraditional(text: string): boolean {
  return firstTraditional(text, simplifiedCodes()) !== -1;
}

/**
 * `text` with the traditional characters of the table in their simplified forms, at the same
 * offsets; a text without any is returned as it is.
 */
export function toSimplified(text: string): string {
  // The outline, the extractor and the lint each fold the report they are given, the same text
  // three times in a lint: the last report's answer is kept (the same string: no scan). A title or
  // a line folded in between is cheap to fold and is not kept, so it does not push the report out.
  if (text === lastWritten) return lastFolded;
  const folded = fold(text);
  if (text.length >= KEPT_FROM) {
    lastWritten = text;
    lastFolded = folded;
  }
  return folded;
}
const KEPT_FROM = 1024;
let lastWritten: string | null = null;
let lastFolded = '';

function fold(text: string): string {
  const codes = simplifiedCodes();
  const first = firstTraditional(text, codes);
  if (first === -1) return text;
  // Joined from pieces, which gives one flat string: characters read from a concatenation
  // (a rope) cost an indirection each in every later scan.
  const pieces: string[] = [];
  let from = 0;
  for (let i = first; i < text.length; i++) {
    const code = codes[text.charCodeAt(i)] as number;
    if (code === 0) continue;
    pieces.push(text.slice(from, i), String.fromCharCode(code));
    from = i + 1;
  }
  pieces.push(text.slice(from));
  return pieces.join('');
}

/**
 * A replacement worded on the folded text, in the characters of the report: a character that the
 * folding changed within the range replaced is given back its form as written (a fix that keeps
 * 項 of 10項～15項 keeps it traditional).
 */
export function asWritten(replacement: string, written: string, folded: string): string {
  if (written === folded) return replacement;
  if (replacement === folded) return written;
  const back = new Map<string, string>();
  for (let i = 0; i < written.length; i++) if (written[i] !== folded[i]) back.set(folded[i] as string, written[i] as string);
  let out = '';
  for (const ch of replacement) out += back.get(ch) ?? ch;
  return out;
}

/** The outline with its titles folded as the text is: its offsets are the text's, unchanged. */
export function simplifiedOutline(outline: Outline): Outline {
  // Member by member, not a spread: a compact section's title, spans and id are getters (src/outline/section.ts).
  const fold = (s: Section): Section => ({
    id: s.id,
    kind: s.kind,
    level: s.level,
    style: s.style,
    marker: s.marker,
    ordinal: s.ordinal,
    title: toSimplified(s.title),
    titleSpan: s.titleSpan,
    span: s.span,
    children: s.children.map(fold),
  });
  return {
    ...outline,
    ...(outline.title ? { title: { ...outline.title, text: toSimplified(outline.title.text) } } : {}),
    sections: outline.sections.map(fold),
  };
}
