import { defineRule } from './rule.js';
import { PART_OF_YEAR } from './support/part-of-year.js';
import { firstAtOrAfter } from '../text/sorted.js';
import { lineStartAt } from '../text/space.js';
import { inTextOrder } from './support/text-order.js';
import { isGoalHeading } from '../extract/target.js';
import { ARABIC_DIGIT_RANGE, HAN_ORDINAL, lazyRegExp, YEAR_ARABIC } from '../text/numerals.js';

// Always vague in a report on a finished year.
const AS_OF_NOW = /截[至止](?:目前|当前|现在|今日|今天|日前)|到目前为止|目前为止/g;
// Vague when they date a figure: 目前已建成调解室18个.
// Not the 日前 of 节日前 or 假日前, the 目前 of 项目前期 or 题目前, the 当前 of 适当前移.
const NOW = /(?<![项题科节栏条剧书数名纲细账盲醒瞩])目前|近期|近日|(?<![节假生])日前|(?<![适相担充])当前|现阶段/g;
// A report on part of a year is written as it ends: its 目前 is its date (support/part-of-year.ts).
// Of these, the ones that date what was done (近期，区政府出台…), not how things stand.
const RECENT: ReadonlySet<string> = new Set(['近期', '近日', '日前']);
// 学习总书记近期重要讲话精神: 近期 names which speeches are studied, not when the study was.
const OF_SPEECHES = /^的?(?:重要)?(?:讲话|指示|批示|论述|文章)/;
// 将 is "will" (近期将开展…) unless it puts something somewhere (目前已将23个部门纳入平台): then
// what follows is done, not planned.
const PLANNED = /拟|计划|力争|争取|(?<![已均都])将(?![^，,。；;]{0,20}?(?:纳入|列入|作为|转为|转化为|交由|移送|推送|录入|编入|融入|整合到|整合为))/;
// Dates without their year: 截至11月30日, 截至10月底 (the report's figures are of the whole year).
const NO_YEAR = lazyRegExp(
  () => `截[至止](?:[${ARABIC_DIGIT_RANGE}]{1,2}|[${HAN_ORDINAL}]{1,3})月(?:[${ARABIC_DIGIT_RANGE}]{1,2}日|[${HAN_ORDINAL}]{1,3}日|底|末)?`,
  'g',
);
// Vague when they date a figure, in a report delivered the year after: 今年以来 (which year?),
// 至今 and 迄今 (until when?).
const SINCE = /今年以来|本年以来|(?<![截直])至今|迄今/g;
// A month of 今年 (今年5月, 今年 5 月): in a 法治政府建设年度报告, due in the first quarter of the
// year after, 今年 is the year it is read in, not the year it reports on.
const THIS_YEAR_MONTH = lazyRegExp(() => `今年[ \\u3000]?(?:[${ARABIC_DIGIT_RANGE}]{1,2}|[${HAN_ORDINAL}]{1,3})[ \\u3000]?月`, 'g');
const YEAR_BEFORE = lazyRegExp(() => `${YEAR_ARABIC}年(?:以来)?$`);
const YEAR_IN_PARAGRAPH = lazyRegExp(() => `${YEAR_ARABIC}年`);
// How far back in its paragraph a date without a year looks for the year.
const PARAGRAPH_YEAR_REACH = 300;

export const vagueDate = defineRule({
  id: 'vague-date',
  description: {
    zh: '年度报告中使用“截至目前”等不明确的时间',
    en: 'Vague dates such as 截至目前 in an annual report',
  },
  severity: 'warning',
  tags: ['wording'],
  fixable: false,
  profiles: ['fazhi', 'generic'],
  messages: {
    asOfNow: {
      zh: '年度报告中“{word}”所指时点不明：请写明统计截止日期，如“截至{year}年12月31日”。',
      en: '“{word}” leaves the date unclear in an annual report: state the cut-off date, e.g. “截至{year}年12月31日”.',
    },
    recent: {
      zh: '年度报告中“{word}”所指时间不明：请写明具体时间，如“{year}年11月”。',
      en: '“{word}” leaves the time unclear in an annual report: say when, e.g. “{year}年11月”.',
    },
    shortOfYear: {
      zh: '“{word}”不到年末：年度报告的数据宜截至{year}年12月31日，请核对能否补全到年末，或说明截至此日的原因。',
      en: '“{word}” stops short of the year’s end: an annual report’s figures run to 31 December {year}; check whether they can run to the year’s end, or say why they stop here.',
    },
    noYear: {
      zh: '“{word}”不到年末，也没有写年份：年度报告的数据宜截至{year}年12月31日；确需截至此日的，请写明“截至{year}年{date}”。',
      en: '“{word}” stops short of the year’s end and gives no year: an annual report’s figures run to 31 December {year}; where they must stop on this date, write “截至{year}年{date}”.',
    },
    since: {
      zh: '年度报告在次年报送，“{word}”所指时间不明，而此句给出了数据：请写明时间，如“{year}年”“全年”或“截至{year}年12月31日”。',
      en: 'An annual report is delivered the year after: “{word}” leaves the time of the figures in this sentence unclear; say “{year}年”, “全年” or “截至{year}年12月31日”.',
    },
    thisYear: {
      zh: '年度报告在次年报送，“{word}”指哪一年不明：请写明年份，如“{year}年{month}”。',
      en: 'An annual report is delivered the year after: “{word}” leaves the year unclear; write it, e.g. “{year}年{month}”.',
    },
    sinceYear: {
      zh: '“{word}”没有终点，而此句给出了数据：请写明截止时间，如“{from}至{year}年12月31日”。',
      en: '“{word}” has no end, and this sentence gives figures: state when they stop, e.g. “{from}至{year}年12月31日”.',
    },
    now: {
      zh: '“{word}”所指时点不明，而此句给出了数据：请写明统计截止日期，如“截至{year}年12月31日”。',
      en: '“{word}” leaves the date of the figures in this sentence unclear: state the cut-off date, e.g. “截至{year}年12月31日”.',
    },
  },
  docs: {
    rationale: {
      zh: '年度报告反映一个完整年度的情况，读者不知道“截至目前”“目前”“近期”是何时。数据应写明统计截止日期，通常为“截至××××年12月31日”；已做的事应写明时间。“近期”“近日”“日前”说的是做了的事，应写明日期；“目前”“当前”“现阶段”只在其所在句子给出数据时报告（“目前仍需持续推进”不报）；“近期将……”是计划，不报（“已将……纳入”中的“将”不是计划）。没有年份的“截至11月30日”、在次年报送的报告中给出数据的“今年以来”“至今”也报告；法治政府建设年度报告在次年报送，回顾部分的“今年5月”也应写明年份。上半年、季度等年中的总结写于期末，其中的“目前”即期末，不报告。',
      en: 'An annual report covers a whole year; the reader cannot tell when 截至目前, 目前 or 近期 was. Figures need a cut-off date, usually 截至××××年12月31日, and things done need a date. 近期, 近日 and 日前 date things done, which need a date; 目前, 当前 and 现阶段 are reported only when their sentence gives figures (目前仍需持续推进 is not); 近期将… is a plan and is not reported (the 将 of 已将…纳入 is no plan). A date without its year (截至11月30日), and 今年以来 or 至今 dating figures in a report delivered the year after, are reported too; so is 今年5月 in the review of a 法治政府建设年度报告, which is delivered the year after. A summary of part of a year (上半年, a quarter) is written as the part ends, so its 目前 is that date and is not reported.',
    },
    bad: ['截至目前,审核区级文件及合同29份。', '目前已建成品牌调解室12个。', '近期，区政府出台《关于进一步优化营商环境的若干措施》。'],
    good: ['截至2025年12月31日，审核区级文件及合同29份。', '目前仍需持续推进。'],
  },
  check(ctx) {
    if (ctx.outline.title && PART_OF_YEAR.test(ctx.outline.title.text)) return;
    const year = ctx.year === null ? '××××' : String(ctx.year);
    const reported = new Set<number>();
    AS_OF_NOW.lastIndex = 0;
    for (let m = AS_OF_NOW.exec(ctx.text); m; m = AS_OF_NOW.exec(ctx.text)) {
      for (let i = m.index; i < m.index + m[0].length; i++) reported.add(i);
      ctx.report({ start: m.index, end: m.index + m[0].length, messageId: 'asOfNow', data: { word: m[0], year } });
    }
    // Where the figures start, in order: made only when a word needs it, from the list in text
    // order (no sort of 100k+ numbers with a comparator).
    let starts: number[] | undefined;
    const figureStarts = () => (starts ??= inTextOrder(ctx.indicators).map((i) => i.span.start.offset));
    NOW.lastIndex = 0;
    for (let m = NOW.exec(ctx.text); m; m = NOW.exec(ctx.text)) {
      if (reported.has(m.index)) continue;
      const sentence = ctx.facts.sentenceAt(m.index);
      // 近期将开展…: a plan, not a figure that needs a date. Only a plan word before the figure
      // makes it a plan: in 目前已梳理出事项71项，并将清单向社会公布 the 将 comes after it.
      const figure = firstAtOrAfter(figureStarts(), m.index);
      if (PLANNED.test(ctx.text.slice(m.index, Math.min(figure, sentence.end)))) continue;
      // 近期 dates what was done (近期，区政府出台…); 目前 may describe how things stand, and
      // needs a date only for the figures of its sentence.
      const recent = RECENT.has(m[0]);
      if (recent && OF_SPEECHES.test(ctx.text.slice(m.index + m[0].length, m.index + m[0].length + 6))) continue;
      if (!recent && figure >= sentence.end) continue;
      ctx.report({ start: m.index, end: m.index + m[0].length, messageId: recent ? 'recent' : 'now', data: { word: m[0], year } });
    }
    const noYear = NO_YEAR();
    noYear.lastIndex = 0;
    for (let m = noYear.exec(ctx.text); m; m = noYear.exec(ctx.text)) {
      // 2023年，……截至11月30日: the paragraph gave the year; the count still stops short of the year's end.
      const from = lineStartAt(ctx.text, m.index, Math.max(0, m.index - PARAGRAPH_YEAR_REACH));
      if (YEAR_IN_PARAGRAPH().test(ctx.text.slice(from, m.index))) {
        ctx.report({ start: m.index, end: m.index + m[0].length, messageId: 'shortOfYear', data: { word: m[0], year } });
        continue;
      }
      ctx.report({ start: m.index, end: m.index + m[0].length, messageId: 'noYear', data: { word: m[0], year, date: m[0].slice(2) } });
    }
    // Plans name the coming year's months (今年4月底前完成清理) as often as the past's; only the
    // review is read for 今年N月.
    if (ctx.profile.id === 'fazhi') {
      const thisYear = THIS_YEAR_MONTH();
      thisYear.lastIndex = 0;
      for (let m = thisYear.exec(ctx.text); m; m = thisYear.exec(ctx.text)) {
        const at = m.index;
        if (ctx.sections.some((s) => s.kind === 'heading' && s.span.start.offset <= at && at < s.span.end.offset && isGoalHeading(s.title))) continue;
        const month = m[0].slice(2).replace(/[ \u3000]/g, '');
        ctx.report({ start: at, end: at + m[0].length, messageId: 'thisYear', data: { word: m[0], year, month } });
      }
    }
    SINCE.lastIndex = 0;
    for (let m = SINCE.exec(ctx.text); m; m = SINCE.exec(ctx.text)) {
      const sentence = ctx.facts.sentenceAt(m.index);
      // Only figures need the time: 至今仍在探索 is no finding.
      if (firstAtOrAfter(figureStarts(), sentence.start) >= sentence.end) continue;
      // 2020年至今: a span from a year, whose end is missing (2022年 or 全年 would not fit it).
      const from = m[0] !== '今年以来' && m[0] !== '本年以来' ? YEAR_BEFORE().exec(ctx.text.slice(Math.max(0, m.index - 8), m.index)) : null;
      if (from) {
        const start = m.index - from[0].length;
        ctx.report({ start, end: m.index + m[0].length, messageId: 'sinceYear', data: { word: from[0] + m[0], from: from[0], year } });
      } else {
        ctx.report({ start: m.index, end: m.index + m[0].length, messageId: 'since', data: { word: m[0], year } });
      }
    }
  },
});
