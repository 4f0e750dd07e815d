import { lowerBound, upperBound } from '../profiles/bounds.js';
import { keyedExcesses } from '../profiles/relations.js';
import type { Indicator } from '../schema/indicator.js';
import { mentionsCarryOver } from '../profiles/carry-over.js';
import { sameTimeFrame } from '../profiles/time-frame.js';
import { defineRule } from './rule.js';
import { lastSemicolon, leadOf } from './support/clause.js';
import { comparableUnits, indicatorsBySentence } from './support/scope.js';

// What is a part of what: settled of received, corrected of concluded. The verbs are read from
// the clause before each number (受理90件，审结70件).
// 不予受理 names the applications turned away, not a whole (其中不予受理12件，审结84件).
const PART_OF: ReadonlyArray<{ whole: RegExp; part: RegExp }> = [
  { whole: /(?<!不予|不)受理|收到|接收|收案|立案|登记/, part: /审结|办结|结案|答复|调解成功|调处成功|化解/ },
  { whole: /排查|摸排|接待/, part: /调处成功|调解成功|化解|成功调解|整改完成|完成整改|整改到位|已整改/ },
  // Not the cases still open (其中维持24件…尚未审结2件): one part of the breakdown, not its whole.
  { whole: /(?<!未)(?:审结|办结|结案)/, part: /纠错|撤销|变更|确认违法|维持|驳回|胜诉|败诉/ },
  { whole: /诉讼案件|应诉案件/, part: /开庭|胜诉|败诉/ },
];

const NEIGHBOURS = 6;
const WHOLE = { zh: '整体', en: 'the whole' };

/** Bit r set: the figure can be the part (or the whole) of row r of PART_OF. */
interface Roles {
  part: number;
  whole: number;
}

const NO_ROLE: Roles = Object.freeze({ part: 0, whole: 0 });
// Every word of PART_OF in one pattern: most clauses name none, and are done with in one test.
let anyRole: RegExp | null = null;

function rolesOf(lead: string): Roles {
  anyRole ??= new RegExp(PART_OF.flatMap((row) => [row.whole.source, row.part.source]).join('|'));
  if (!anyRole.test(lead)) return NO_ROLE;
  const roles = { part: 0, whole: 0 };
  PART_OF.forEach((row, r) => {
    const isPart = row.part.test(lead);
    if (isPart) roles.part |= 1 << r;
    // 调处成功 names the part, not the whole, even where it contains a whole's word.
    else if (row.whole.test(lead)) roles.whole |= 1 << r;
  });
  return roles;
}

export const partExceedsWhole = defineRule({
  id: 'part-exceeds-whole',
  description: {
    zh: '部分大于整体（如审结数多于受理数、调处成功数多于排查数）',
    en: 'A part larger than its whole (more concluded than accepted, more settled than investigated)',
  },
  severity: 'warning',
  tags: ['indicators'],
  fixable: false,
  messages: {
    exceeds: {
      zh: '“{part}{partText}”多于同句中的“{whole}{wholeText}”：部分不能大于整体，请核对数据或写明二者口径不同。',
      en: '“{part}{partText}” is more than “{whole}{wholeText}” in the same sentence: a part cannot exceed its whole; check the figures or say how they differ.',
    },
  },
  docs: {
    rationale: {
      zh: '审结数不超过受理数，调处成功数不超过排查（受理）的纠纷数，纠错数不超过审结数。同一句中部分大于整体，通常是数据错误，或两个数字统计口径不同而未加说明（如含上年结转）。',
      en: 'Cases concluded do not exceed cases accepted, disputes settled do not exceed disputes looked into, corrections do not exceed decisions. A part larger than its whole in one sentence is usually a wrong figure, or two figures counted differently without saying so (e.g. cases carried over from last year).',
    },
    bad: ['排查纠纷1600余次,调处成功3158件,调处成功率达97%。'],
    good: ['排查纠纷3260件，调处成功3158件，调处成功率达96.9%。'],
  },
  check(ctx) {
    // First the parts and wholes the profile names by catalogue key (fazhi: 审结 ≤ 受理), then
    // those told by the verbs before the figures; a figure is reported once.
    const flagged = new Set<number>();
    for (const { part, whole } of keyedExcesses(ctx.text, ctx.facts, ctx.indicators, ctx.profile.relations)) {
      flagged.add(part.span.start.offset);
      ctx.report({
        span: part.span,
        messageId: 'exceeds',
        data: { part: part.label, partText: part.text, whole: whole.label, wholeText: whole.text },
        related: [{ span: whole.span, message: WHOLE }],
      });
    }
    for (const { indicators } of indicatorsBySentence(ctx.facts, ctx.indicators)) {
      const counts = indicators.filter((i) => i.kind === 'quantity' && i.unitKind === 'count');
      if (counts.length < 2) continue;
      // Read only for a sentence about to be reported: most have no part over its whole.
      let carriesOver: boolean | undefined;
      const carries = () => {
        const sentence = ctx.facts.sentenceAt((counts[0] as Indicator).span.start.offset);
        return (carriesOver ??= mentionsCarryOver(ctx.text.slice(sentence.start, sentence.end)));
      };
      const roles = counts.map((i) => rolesOf(leadOf(ctx.text, i)));
      counts.forEach((part, at) => {
        const asPart = (roles[at] as Roles).part;
        if (asPart === 0 || flagged.has(part.span.start.offset)) return;
        // A part and its whole stand a clause or two apart; looking further would be quadratic.
        let whole: Indicator | undefined;
        for (let w = Math.max(0, at - NEIGHBOURS); w <= Math.min(counts.length - 1, at + NEIGHBOURS) && !whole; w++) {
          const candidate = counts[w] as Indicator;
          if (
            w !== at &&
            (asPart & (roles[w] as Roles).whole) !== 0 &&
            comparableUnits(candidate, part) &&
            // 全年受理95件，其中1—6月审结40件: a part of another time is no part of this whole.
            sameTimeFrame(candidate, part) &&
            lowerBound(part) > upperBound(candidate) &&
            // A semicolon parts one count from another, before the part or after it (受理信访事项
            // 612件；排查化解矛盾纠纷2146件, 已整改2297条；排查重大事故隐患3条).
            !(w < at
              ? lastSemicolon(ctx.text, candidate.span.end.offset, part.span.start.offset) >= 0
              : lastSemicolon(ctx.text, part.span.end.offset, candidate.span.start.offset) >= 0)
          ) {
            whole = candidate;
          }
        }
        if (!whole || carries()) return;
        flagged.add(part.span.start.offset);
        ctx.report({
          span: part.span,
          messageId: 'exceeds',
          data: { part: leadOf(ctx.text, part), partText: part.text, whole: leadOf(ctx.text, whole), wholeText: whole.text },
          related: [{ span: whole.span, message: WHOLE }],
        });
      });
    }
  },
});
