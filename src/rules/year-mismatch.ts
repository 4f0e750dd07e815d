import { foldDigits } from '../numeral/width.js';
import { isGoalHeading, isResultsHeading, yearIn } from '../extract/target.js';
import { defineRule } from './rule.js';
import { PART_OF_YEAR } from './support/part-of-year.js';
import type { Section } from '../schema/outline.js';
import type { LocalizedText } from '../i18n/text.js';
import { ARABIC_DIGIT_RANGE, HAN_ORDINAL, lazyRegExp } from '../text/numerals.js';

// A month opening the clause: 1月, 十一月.
const MONTH_FIRST = lazyRegExp(() => `^[${ARABIC_DIGIT_RANGE}${HAN_ORDINAL}]{1,2}月`);

// A year in Arabic digits, half- or full-width.
const YEAR_DIGITS = '[12１２][0-9０-９]{3}';
const YEAR = lazyRegExp(() => `${YEAR_DIGITS}(?=年)`, 'g');
// Said of what is done: a later year cannot have it yet.
const DONE = /已经|已|完成了|实现了|取得了|累计|共计|达到了|顺利完成|圆满完成/;
// Said of what is planned: 到2026年, 力争2026年, 2026年将.
const PLANNED_BEFORE = /(?:到|至|力争|计划|预计|争取|将|拟|于|在|确保|明年|目标|规划|——)$/;
const PLANNED_AFTER = /将|力争|计划|预计|争取|拟|确保|目标|规划|前|底前|以前|以后|起|开始|要|应|需|继续|持续/;
const OPENING_YEAR = lazyRegExp(() => `^${YEAR_DIGITS}(?=年)`);
// The two halves of a 政府工作报告: the review of last year and this year's tasks.
const SPEECH_REVIEW = /回顾/;
const SPEECH_TASKS = /任务|工作安排|工作部署|工作打算/;
// The opening's announcement of what is reported: 现将2022年度个人履职和廉洁自律情况报告如下.
const ANNOUNCED = lazyRegExp(() => `现将(${YEAR_DIGITS})(?=年)[^。！？\\n]{0,40}?报告如下`);
// A 政府工作报告's goals for its year: 2020年全县经济社会发展的主要预期目标是.
const GOALS_OF_YEAR = lazyRegExp(() => `(${YEAR_DIGITS})年(?:全[省市县区州旗盟])?(?:经济社会发展的?)?主要预期目标`);
const CLAUSE_END = /[，,；;。！？!?\n]/;
// A plan that opens with a year and what will be done in it: 2022年，我区将…… (the year's 将 within
// its first sentence).
const PLAN_OPENING = lazyRegExp(() => `^(${YEAR_DIGITS})年[，,][^。！？\\n]{0,30}?(?:将|要|力争|计划)`);
const PLAN_OPENING_REACH = 48;

export const yearMismatch = defineRule({
  id: 'year-mismatch',
  description: {
    zh: '年份与报告年度矛盾（如2025年度报告写“2026年已完成”）',
    en: 'A year that contradicts the report year (a 2025 report saying 2026年已完成)',
  },
  severity: 'error',
  tags: ['wording'],
  fixable: false,
  messages: {
    future: {
      zh: '{reportYear}年度的报告写“{year}年”已办成的事：{year}年尚未到来，请核对年份（是否应为{reportYear}年）。',
      en: 'A {reportYear} report says something was done in {year}, which has not come yet: check the year (should it be {reportYear}?).',
    },
    title: {
      zh: '标题年份为{titleYear}年，正文开头却是{year}年：请核对报告年度。',
      en: 'The title says {titleYear} but the text opens with {year}: check which year the report is about.',
    },
    planHeading: {
      zh: '{reportYear}年度报告的工作安排写的是{year}年：应为{next}年，请核对（是否沿用了上一年的报告）。',
      en: 'The plan of a {reportYear} report is headed {year}: it should be {next}; check (was last year’s report reused?).',
    },
    planOpening: {
      zh: '{reportYear}年度报告的工作安排开头写“{year}年，……将”：安排的是{next}年的工作，请核对年份（是否沿用了上一年的报告）。',
      en: 'The plan of a {reportYear} report opens with “{year}年，……将”: it plans {next}; check the year (was last year’s report reused?).',
    },
    resultsHeading: {
      zh: '{reportYear}年度报告的工作情况写的是{year}年：请核对年份（是否沿用了上一年的报告）。',
      en: 'The work of a {reportYear} report is headed {year}: check the year (was last year’s report reused?).',
    },
    goalsYear: {
      zh: '{reportYear}年的政府工作报告，主要预期目标写的却是{year}年：应为{reportYear}年，请核对（是否沿用了其他年份的报告）。',
      en: 'The {reportYear} government work report gives the main goals for {year}: they should be for {reportYear}; check (was another year’s report reused?).',
    },
    speechYear: {
      zh: '标题为{reportYear}年的政府工作报告，这里却写{year}年：{expected}，请核对标题或此处的年份。',
      en: 'A government work report titled {reportYear} says {year} here: {expected}; check the year of the title or of this place.',
    },
  },
  docs: {
    rationale: {
      zh: '年度报告总结的是报告年度已完成的工作，晚于报告年度的年份只能出现在计划、目标中（“2026年将……”“到2027年……”）。把“2025年”误写为“2026年”，或沿用上一年报告未改年份，是常见错误。年度报告的标题年份还应与正文开头的年份一致；工作情况部分的标题写上一年、工作安排部分的标题写报告年度（而非下一年），多是沿用了上一年的报告。政府工作报告在标题年份的年初作出，回顾上一年、部署当年，“一、X年工作回顾”“二、X年主要工作任务”的年份与标题不符的，标题或标题下的年份有一处写错。',
      en: 'An annual report sums up work done in its year; a later year belongs only in plans and targets (2026年将…, 到2027年…). Writing 2026 for 2025, or keeping last year’s dates, is a common slip. In an annual report the year of the title also matches the year the text opens with; a results heading with last year, or a plan heading with the report year instead of the next, usually means last year’s report was reused. A 政府工作报告 is delivered early in its title’s year: it reviews the year before and sets the tasks of its own, so a review or tasks heading with another year means the title or the heading is wrong.',
    },
    bad: ['（2025年度报告）2026年已完成重大行政决策目录编制。'],
    good: ['（2025年度报告）2025年已完成重大行政决策目录编制，2026年将继续推进。'],
  },
  check(ctx) {
    const reportYear = ctx.year;
    if (reportYear === null) return;
    const { text } = ctx;
    const years = YEAR();
    years.lastIndex = 0;
    for (let m = years.exec(text); m; m = years.exec(text)) {
      const year = Number(foldDigits(m[0]));
      if (year <= reportYear || year > reportYear + 10) continue;
      const before = text.slice(Math.max(0, m.index - 4), m.index);
      const after = clauseAfter(text, m.index + m[0].length + 1);
      if (PLANNED_BEFORE.test(before) || PLANNED_AFTER.test(after) || !DONE.test(after)) continue;
      // 2026年1月已完成…: a report written early in the next year may date what it did then.
      if (MONTH_FIRST().test(after)) continue;
      ctx.report({ start: m.index, end: m.index + m[0].length + 1, messageId: 'future', data: { year, reportYear } });
    }
    checkTitleYear();
    if (ctx.profile.annual) checkHeadingYears();
    else if (ctx.profile.id === 'gzbg' && ctx.outline.title && yearIn(ctx.outline.title.text) !== null) {
      for (const { span, data } of speechYears(ctx.sections, reportYear)) ctx.report({ ...span, messageId: 'speechYear', data });
    }
    if (ctx.profile.id === 'gzbg') checkGoalsYear();

    /** 2020年……主要预期目标是 in the 2019 report: the goals are of the year the report is delivered in. */
    function checkGoalsYear(): void {
      const m = GOALS_OF_YEAR().exec(text);
      if (!m || Number(foldDigits(m[1] as string)) === reportYear) return;
      ctx.report({ start: m.index, end: m.index + 5, messageId: 'goalsYear', data: { year: Number(foldDigits(m[1] as string)), reportYear: reportYear as number } });
    }

    /**
     * 一、2024年法治政府建设主要举措和成效 or 四、2025年工作安排 in a 2025 report: a heading kept
     * from last year's report. The year's work is headed with the report year, its plan with the
     * next.
     */
    function checkHeadingYears(): void {
      const y = reportYear as number;
      for (const s of ctx.sections) {
        if (s.kind === 'heading' && isGoalHeading(s.title) && yearIn(s.title)?.year !== y) checkPlanOpening(ctx, s, y);
        if (s.kind !== 'heading' || !s.title.includes('年')) continue;
        const named = yearIn(s.title);
        if (!named) continue;
        const { year } = named;
        const at = s.titleSpan.start.offset + named.index;
        const span = { start: at, end: at + named.length + 1 };
        // Only last year's number: 到2035年远景目标 and 2021年以来 speak of other horizons.
        if (isGoalHeading(s.title)) {
          if (year === y) ctx.report({ ...span, messageId: 'planHeading', data: { year, reportYear: y, next: y + 1 } });
        } else if (isResultsHeading(s.title) && year === y - 1) {
          ctx.report({ ...span, messageId: 'resultsHeading', data: { year, reportYear: y } });
        }
      }
    }

    function checkTitleYear(): void {
      const { title, preamble } = ctx.outline;
      if (!ctx.profile.annual || !title || !preamble) return;
      const inTitle = yearIn(title.text);
      // Only a year the text opens with (2025年，城中区…) is the year it reports on; 到2027年 is a goal.
      // A web page's lines under the title (来源：… 发布时间：…) are not where the text opens.
      let opening = preamble.start.offset;
      while (opening < preamble.end.offset && (ctx.facts.isOpaque(opening) || /\s/.test(text[opening] as string))) {
        opening = ctx.facts.isOpaque(opening) ? nextLine(text, opening) : opening + 1;
      }
      // Or the year the opening announces (……现将2022年度个人履职情况报告如下).
      const inText = OPENING_YEAR().exec(text.slice(opening, opening + 8)) ?? ANNOUNCED().exec(text.slice(opening, Math.min(preamble.end.offset, opening + 300)));
      if (!inTitle || !inText) return;
      const titleYear = inTitle.year;
      const digits = inText[1] ?? inText[0];
      const year = Number(foldDigits(digits));
      if (titleYear === year) return;
      const at = opening + inText.index + inText[0].indexOf(digits);
      ctx.report({ start: at, end: at + digits.length + 1, messageId: 'title', data: { titleYear, year } });
    }
  },
});

/** 四、2022年工作安排 / 2021年，我区将…… in a 2021 report: the plan opens with the year it reviews. */
function checkPlanOpening(ctx: Parameters<typeof yearMismatch.check>[0], s: Section, y: number): void {
  const { text } = ctx;
  // A half year's or a quarter's plan is of the report's own year (下半年工作打算 / 2021年，我局将……).
  if (PART_OF_YEAR.test(s.title) || (ctx.outline.title && PART_OF_YEAR.test(ctx.outline.title.text))) return;
  let at = s.titleSpan.end.offset;
  while (at < text.length && /[\s\u3000：:。]/.test(text[at] as string) && at - s.titleSpan.end.offset < 4) at++;
  const m = PLAN_OPENING().exec(text.slice(at, at + PLAN_OPENING_REACH));
  if (!m || Number(foldDigits(m[1] as string)) !== y) return;
  ctx.report({ start: at, end: at + (m[1] as string).length + 1, messageId: 'planOpening', data: { year: y, reportYear: y, next: y + 1 } });
}

/**
 * A 政府工作报告 is delivered early in the year of its title: it reviews the year before
 * (一、2023年工作回顾) and sets the tasks of its own (二、2024年主要工作任务). A heading with
 * another year means a title kept from another year, or headings kept from one: the first such
 * heading, if any.
 */
function speechYears(sections: readonly Section[], y: number) {
  const out: Array<{ span: { start: number; end: number }; data: { year: number; reportYear: number; expected: LocalizedText } }> = [];
  for (const s of sections) {
    if (s.kind !== 'heading' || s.level !== 1 || !s.title.includes('年')) continue;
    const named = yearIn(s.title);
    if (!named) continue;
    const review = SPEECH_REVIEW.test(s.title);
    if ((!review && !SPEECH_TASKS.test(s.title)) || named.year === (review ? y - 1 : y)) continue;
    const at = s.titleSpan.start.offset + named.index;
    const expected = review
      ? { zh: `回顾的应是${y - 1}年的工作`, en: `the review should be of ${y - 1}` }
      : { zh: `工作任务应是${y}年的`, en: `the tasks should be for ${y}` };
    out.push({ span: { start: at, end: at + named.length + 1 }, data: { year: named.year, reportYear: y, expected } });
    // Both halves a year off is one slip, most likely the title's: told once, at the first.
    break;
  }
  return out;
}

function nextLine(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end + 1;
}

function clauseAfter(text: string, from: number): string {
  const rest = text.slice(from, from + 40);
  const end = CLAUSE_END.exec(rest);
  return end ? rest.slice(0, end.index) : rest;
}
