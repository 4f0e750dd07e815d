import { isExact } from '../profiles/bounds.js';
import { isRate, isRoughShare, rateStem } from '../profiles/rate.js';
import type { Indicator } from '../schema/indicator.js';
import { defineRule, type RuleContext } from './rule.js';
import { lastSemicolon, leadOf, nextSemicolon } from './support/clause.js';
import { comparableUnits } from './support/scope.js';
import { tableColumn } from './support/table.js';
import { inTextOrder } from './support/text-order.js';
import { sameTimeFrame } from '../profiles/time-frame.js';
import { sectionEnd, sectionStart } from '../outline/section.js';

// The whole a rate is taken of, by what the rate counts: 纠错率 = 纠错 / 审结.
const WHOLES: ReadonlyArray<{ stem: RegExp; whole: RegExp }> = [
  { stem: /纠错|撤销|变更|确认违法/, whole: /审结|办结|结案/ },
  { stem: /调处成功|调解成功|化解/, whole: /排查|受理|调处|调解/ },
  { stem: /审结|办结|结案/, whole: /受理|收案|立案|收到|上报|接报|登记|交办/ },
  { stem: /胜诉|败诉/, whole: /审结|判决|诉讼案件|应诉案件|案件/ },
  { stem: /出庭/, whole: /开庭|应诉|诉讼案件|案件/ },
  { stem: /答复|回复|办理/, whole: /受理|收到|申请/ },
  { stem: /开工|竣工|完工/, whole: /实施|安排|谋划|计划/ },
  // 排查隐患2418处，已整改2306处，整改率95.4%: of the problems found.
  { stem: /整改/, whole: /排查|发现|检查出|查出|梳理出/ },
  // 立刑事案件4862起，破获3125起，破案率64.3%.
  { stem: /破案|破获|侦破/, whole: /立案|立刑事|发案|受理/ },
  // 评查案卷180卷，合格171卷，合格率95%: of the files or samples examined.
  { stem: /合格|优秀|达标/, whole: /评查|抽查|抽检|抽取|检查|检测|检验/ },
];

export const rateConsistency = defineRule({
  id: 'rate-consistency',
  description: {
    zh: '比率与据以计算的数字不符',
    en: 'A stated rate that disagrees with the counts it is computed from',
  },
  severity: 'error',
  tags: ['indicators'],
  fixable: false,
  messages: {
    mismatch: {
      zh: '“{rate}”与同处的数字不符：{part}÷{whole}＝{computed}%，请核对数据或写明计算口径。',
      en: '“{rate}” disagrees with the figures beside it: {part} ÷ {whole} = {computed}%; check the figures or say how the rate is computed.',
    },
  },
  docs: {
    rationale: {
      zh: '同一句或同一项中既写了比率、又写了计算它的分子和分母时（如“审结70件，纠错5件，纠错率7.1%”），比率应等于二者之商（按所写的小数位数四舍五入；只在四舍五入会成为100%时可以舍去尾数）。分子没有写出时（如只写“纠错率7.1%”）不作判断。带“余”“约”等的概数不参与计算。',
      en: 'When a sentence or item states a rate together with the counts it is computed from (审结70件，纠错5件，纠错率7.1%), the rate equals their quotient, rounded to the digits written (cut only where rounding would make it 100%). Without the numerator (only 纠错率7.1%) nothing is judged; approximate figures (余, 约 …) are not used.',
    },
    bad: ['审结70件，纠错6件，纠错率7.1%。'],
    good: ['审结70件，纠错5件，纠错率7.1%。', '依法受理90件,审结70件,纠错率7.1%。'],
  },
  check(ctx) {
    const text = ctx.text;
    const sorted = inTextOrder(ctx.indicators);
    sorted.forEach((rate, at) => {
      // A share put roughly in words (三分之一, 九成) is not stated to a precision.
      if (rate.unitKind !== 'percent' || rate.kind !== 'quantity' || isRoughShare(rate)) return;
      const rateLead = leadOf(text, rate);
      if (!isRate(rate, rateLead) && !isRate(rate)) return;
      const stem = rateStem(rateLead.length > 0 ? rateLead : rate.label);
      const row = WHOLES.find((r) => r.stem.test(stem));
      if (!row) return;
      const scope = ofOwnClause(ctx, countsAround(ctx, sorted, at), rate, row.whole, row.stem);
      const leads = scope.map((c) => leadOf(text, c));
      // The part names the rate's own kind (出庭应诉30件 for 出庭应诉率), before any count that only
      // shares a word with it (办理行政应诉案件37件).
      let partAt = leads.findIndex((lead) => row.stem.test(lead) && sharesStem(lead, stem));
      // Never a count the row names as a whole (行政应诉案件58件 is 出庭应诉率's denominator).
      if (partAt < 0) partAt = leads.findIndex((lead) => sharesStem(lead, stem) && !(row.whole.test(lead) && !row.stem.test(lead)));
      const part = scope[partAt];
      if (!part || !isExact(part)) return;
      // Every count that could be the whole is tried (调解成功 may be of the disputes mediated or
      // of those looked into): the rate is wrong only if it agrees with none of them.
      // Not a count of the part's own kind: 出庭应诉30件 names the part, 办理行政应诉案件37件 the
      // whole, though both say 应诉.
      const wholes = scope.filter((c, i) => {
        const lead = leads[i] as string;
        return i !== partAt && isExact(c) && c.base.value > 0 && comparableUnits(c, part) && row.whole.test(lead) && !row.stem.test(lead) && !PER_HEAD.test(lead);
      });
      if (wholes.length === 0 || wholes.some((w) => agrees(part, w, rate))) return;
      // The message names the whole nearest before the part (败诉1件 of 审结19件, not of the
      // 发生…案件21件 before them).
      const whole = wholes.findLast((w) => w.span.start.offset < part.span.start.offset) ?? (wholes[0] as Indicator);
      const computed = (part.base.value / whole.base.value) * 100;
      ctx.report({
        span: rate.span,
        messageId: 'mismatch',
        data: {
          rate: `${rateLead}${rate.text}`,
          part: `${leadOf(text, part)}${part.text}`,
          whole: `${leadOf(text, whole)}${whole.text}`,
          computed: computed.toFixed(Math.max(1, decimals(rate.text))),
        },
        related: [
          { span: part.span, message: { zh: '分子', en: 'numerator' } },
          { span: whole.span, message: { zh: '分母', en: 'denominator' } },
        ],
      });
    });
  },
});

// Counts that can stand behind a rate are a few figures away from it; looking further would be
// quadratic on long runs of figures.
const NEIGHBOURS = 12;

/**
 * The counts in the rate's sentence; when the sentence has none, those of the 一是 item it is in,
 * else of its innermost section.
 */
function countsAround(ctx: RuleContext<unknown>, sorted: readonly Indicator[], at: number): Indicator[] {
  const rate = sorted[at] as Indicator;
  const near = sorted.slice(Math.max(0, at - NEIGHBOURS), at + NEIGHBOURS + 1).filter((i) => i.kind === 'quantity' && i.unitKind === 'count');
  const within = (range: { start: number; end: number }) =>
    near.filter((i) => i.span.start.offset >= range.start && i.span.end.offset <= range.end);
  // Counts of another time (上半年受理40件 beside the year's 纠错率) are not the rate's.
  const own = within(ctx.facts.sentenceAt(rate.span.start.offset)).filter((c) => sameTimeFrame(c, rate));
  if (own.length > 0) return own;
  const place = ctx.sectionAt(rate.span.start.offset);
  const scope = place.item ?? place.headings.at(-1);
  const around = scope ? within({ start: sectionStart(scope), end: sectionEnd(scope) }).filter((c) => sameTimeFrame(c, rate)) : [];
  // A rate in a table row (| 败诉率 | 6.0% | 5.2% |) is of the counts in its own column.
  const column = tableColumn(ctx.text, rate.span.start.offset);
  return column < 0 ? around : around.filter((c) => tableColumn(ctx.text, c.span.start.offset) === column);
}

/**
 * A semicolon parts one count from another (整改2297条，整改率96.3%；排查重大隐患3条，整改率100%):
 * when the rate's own part of the sentence names a whole, or two counts, the rate is of them. A
 * part alone after the semicolon (立案4862起；破获3125起，破案率64.3%) is of the whole before it.
 */
function ofOwnClause(ctx: RuleContext<unknown>, scope: Indicator[], rate: Indicator, whole: RegExp, stem: RegExp): Indicator[] {
  const sentence = ctx.facts.sentenceAt(rate.span.start.offset);
  const from = lastSemicolon(ctx.text, sentence.start, rate.span.start.offset);
  if (from < 0) return scope;
  const to = nextSemicolon(ctx.text, rate.span.end.offset, sentence.end);
  const clause = scope.filter((c) => c.span.start.offset > from && c.span.end.offset <= to);
  // Two counts there are a part and its whole (排查化解矛盾纠纷2146件，化解成功2108件), as one that
  // can only be a whole is.
  const ownWhole = clause.length >= 2 || clause.some((c) => {
    const lead = leadOf(ctx.text, c);
    return whole.test(lead) && !stem.test(lead);
  });
  return ownWhole ? clause : scope;
}

/**
 * The count's clause names what the rate counts: 纠错5件 for 纠错率, 负责人出庭应诉 for 出庭应诉率,
 * and another word for the same act (审结116件 for 结案率, 破获3125起 for 破案率).
 */
function sharesStem(lead: string, stem: string): boolean {
  for (let k = Math.min(4, stem.length); k >= 2; k--) if (lead.includes(stem.slice(-k))) return true;
  const act = stem.slice(-2);
  return SAME_ACT.some((words) => words.test(act) && words.test(lead));
}

// A figure per head or on average (抽检量达到每千人4.2批次, 人均) is no count a rate is taken of.
const PER_HEAD = /每[十百千万]?[人户家]|人均|户均|平均/;

// Words for one act: concluding a case (审结116件 for 结案率), solving one (破获3125起 for 破案率).
const SAME_ACT = [/审结|办结|结案/, /破案|破获|侦破/];

/**
 * The rate as written equals the quotient, rounded or truncated to its decimals. A count written
 * to a magnitude (2.3万次) stands for anything that rounds to it, and so does the quotient.
 */
function agrees(part: Indicator, whole: Indicator, rate: Indicator): boolean {
  const scale = 10 ** decimals(rate.text);
  const stated = rate.value;
  const p = part.base.value;
  const w = whole.base.value;
  const dp = roundingOf(part);
  const dw = roundingOf(whole);
  if (dp > 0 || dw > 0) {
    // The quotient of any counts that round to those written; the rate stated, rounded or
    // truncated, stands for a true rate from stated − ½ to stated + 1 in its last digit.
    const low = ((p - dp) / (w + dw)) * 100;
    const high = ((p + dp) / Math.max(w - dw, Number.MIN_VALUE)) * 100;
    return stated - 0.5 / scale <= high && stated + 1 / scale >= low;
  }
  const computed = (p / w) * 100;
  const rounded = Math.round(computed * scale) / scale;
  if (Math.abs(rounded - stated) < 1e-9) return true;
  // Cut instead of rounded only where rounding would claim the whole (3199 of 3200 is 99.9%, not
  // 100.0%); elsewhere a cut contradicts the counts (8 of 12 is 67%, not 66%).
  const truncated = Math.floor(computed * scale + 1e-9) / scale;
  return rounded >= 100 && computed < 100 && Math.abs(truncated - stated) < 1e-9;
}

/** Half a unit of the last digit written, for a count written to a magnitude (2.3万: 500); else 0. */
function roundingOf(count: Indicator): number {
  if (count.value === 0 || count.base.value === count.value) return 0;
  const magnitude = count.base.value / count.value;
  return (0.5 * magnitude) / 10 ** decimals(count.text);
}

function decimals(text: string): number {
  const m = /[.．]([0-9０-９]+)/.exec(text);
  return m ? (m[1] as string).length : 0;
}
