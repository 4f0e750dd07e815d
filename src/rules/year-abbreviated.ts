import { foldDigits, widenDigits } from '../numeral/width.js';
import { defineRule } from './rule.js';

// Two digits and 年, not part of a longer number (2025年) or a decimal (1.25年). An apostrophe
// before them ('25年) is the English-style abbreviation. One pass, no nested quantifiers.
const SHORT_YEAR = /(['’‘]?)(?<![0-9０-９.．])([0-9０-９]{2})年/g;

// What follows a year and never a duration: 25年3月, 25年1-6月, 25年度, 25年底, 25年上半年, 25年一季度.
const DATE_AFTER =
  /^(?:[0-9０-９]{1,2}(?:[-－—–～~至到][0-9０-９]{1,2})?月|(?:十[一二]?|[一二三四五六七八九])月|度|底(?![线色数蕴气子])|末(?![期梢尾])|初(?![心衷步见次期始])|上半年|下半年|前三季度|第[一二三四1-4１-４]季度|[一二三四]季度)/;
const STRONG_DATE_AFTER = /^(?:[0-9０-９]{1,2}(?:[-－—–～~至到][0-9０-９]{1,2})?月|度)/;
// 近25年来, 用了25年, 历时25年, 工作25年 …: a duration, whatever follows. Also 第25年度 (an ordinal).
const DURATION_BEFORE = /(?:近|用|了|历时|达|多|余|来|经过|满|第|过去|长达|超过|连续|这|那|每|约|逾|超|共|整整|工作|从业|执业|任职|服务)$/;
// The second year of a range whose first year is written in full: 2024—25年度.
const RANGE_BEFORE = /([12１２][0-9０-９]{3})[-－—–～~至到]$/;
// A year compared with: 较24年, 比24年, 与24年相比, 同24年相比. Not 比25年前 (25 years ago).
const COMPARED_BEFORE = /(?:较|比|与|同|相比|对比)$/;
const SPAN_AFTER = /^(?:前|后|来|间|内|以来|以前|以后)/;
// The year alone opening a sentence: 25年，全区… (only near the report year).
const SENTENCE_START = /(?:^|[。！？；\n\r])$/;


export const yearAbbreviated = defineRule({
  id: 'year-abbreviated',
  description: {
    zh: '年份简写（如“25年”应为“2025年”）',
    en: 'An abbreviated year (25年 for 2025年)',
  },
  severity: 'warning',
  tags: ['punctuation'],
  fixable: true,
  messages: {
    known: {
      zh: '年份“{found}”简写了：按GB/T 15835，年份不能简写，应写作“{full}”。',
      en: 'The year “{found}” is abbreviated: GB/T 15835 wants years written in full, here “{full}”.',
    },
    unknown: {
      zh: '年份“{found}”简写了：按GB/T 15835，年份不能简写，请写出完整的四位年份（如“{guess}”）。',
      en: 'The year “{found}” is abbreviated: GB/T 15835 wants years written in full, with all four digits (e.g. “{guess}”).',
    },
  },
  docs: {
    rationale: {
      zh: '按照GB/T 15835《出版物上数字用法》，年份不能简写：“2025年”不写作“25年”或“’25年”，“2024—2025年度”不写作“2024—25年度”。只在两位数字明显是年份时报告：后接月份、“年度”“年底”“上半年”“一季度”等，前面是写全的起始年份，或是与报告年度相近的比较基期（“较24年提高”“比24年增长”）；“近25年来”“用了25年”“25年的历史”等表示时长，不报告。按报告年度补全世纪：与报告年度相距不超过10年时可自动修复；相距更远时，只在有撇号（’98年）时提示，不修复；报告年度不明时，只报告后接月份或“年度”的，不修复。',
      en: 'Under GB/T 15835 (numbers in publications) a year is never abbreviated: 2025年, not 25年 or ’25年; 2024—2025年度, not 2024—25年度. Two digits are taken for a year only when they obviously are one: followed by a month, 年度, 年底, 上半年, 一季度 …, ending a range that starts with a full year, or the base of a comparison near the report year (较24年提高, 比24年增长); durations such as 近25年来, 用了25年 or 25年的历史 are left alone. The century comes from the report year: within 10 years of it the fix is offered; further away the year is reported, without a fix, only after an apostrophe (’98年); when the report year is unknown only a month or 年度 after the digits counts, without a fix.',
    },
    bad: ['（2025年度报告）25年1-11月，全区共受理行政复议案件90件。', '（2025年度报告）全面完成25年度法治政府建设目标任务。'],
    good: ['（2025年度报告）2025年1-11月，全区共受理行政复议案件90件。', '改革开放近25年来，我区法治建设取得长足进步。'],
  },
  check(ctx) {
    const { text } = ctx;
    SHORT_YEAR.lastIndex = 0;
    const closesQuote = (at: number): boolean => {
      const mark = text[at];
      if (mark === '‘') return false;
      const before = text.slice(ctx.facts.sentenceAt(at).start, at);
      if (mark === "'") return (before.split("'").length - 1) % 2 === 1;
      return before.lastIndexOf('‘') > before.lastIndexOf('’');
    };
    for (let m = SHORT_YEAR.exec(text); m; m = SHORT_YEAR.exec(text)) {
      let start = m.index;
      const end = start + m[0].length;
      let apostrophe = m[1] as string;
      const digits = m[2] as string;
      const at = start + apostrophe.length;
      // ’ closing a quote opened earlier in the sentence (‘两路’70年来) is no apostrophe.
      if (apostrophe && closesQuote(start)) {
        apostrophe = '';
        start = at;
      }
      const before = text.slice(Math.max(0, at - 6), at);
      const two = Number(foldDigits(digits));
      const range = RANGE_BEFORE.exec(before);
      let full: number;
      let sure = true;
      if (range) {
        // 2024—25年度: the century of the first year (2098—02年 wraps to 2102).
        const first = Number(foldDigits(range[1] as string));
        full = Math.floor(first / 100) * 100 + two;
        if (full < first) full += 100;
      } else {
        const after = text.slice(end, end + 5);
        // Without a report year only a month or 年度 after the digits is taken for a date.
        const dated =
          apostrophe !== '' ||
          (ctx.year === null ? STRONG_DATE_AFTER : DATE_AFTER).test(after) ||
          // The base of a comparison (较24年提高, 比24年增长, 与24年相比), near the report year.
          (ctx.year !== null && COMPARED_BEFORE.test(before) && !SPAN_AFTER.test(after) && Math.abs(nearest(two, ctx.year) - ctx.year) <= 2);
        const opening =
          !dated &&
          ctx.year !== null &&
          SENTENCE_START.test(text.slice(Math.max(0, at - 1), at)) &&
          (after.startsWith('，') || after.startsWith(',')) &&
          Math.abs(nearest(two, ctx.year) - ctx.year) <= 1;
        if (!dated && !opening) continue;
        if (apostrophe === '' && DURATION_BEFORE.test(before)) continue;
        full = nearest(two, ctx.year ?? 2000);
        sure = ctx.year !== null && Math.abs(full - ctx.year) <= 10;
        // Far from the report year (建区60年初, 连续12年度) two digits are more likely a duration;
        // only an apostrophe makes them a year then. Without a report year the century is a
        // guess: say so, do not fix.
        if (!sure && ctx.year !== null && apostrophe === '') continue;
      }
      const found = text.slice(start, end);
      const written = sameWidth(String(full), digits) + '年';
      if (!sure) {
        ctx.report({ start, end, messageId: 'unknown', data: { found, guess: written } });
        continue;
      }
      ctx.report({ start, end, messageId: 'known', data: { found, full: written }, fix: { start, end, text: written } });
    }
  },
});

/** The year ending in `two` nearest to the report year. */
function nearest(two: number, year: number): number {
  const base = Math.floor(year / 100) * 100 + two;
  let best = base;
  for (const y of [base - 100, base + 100]) if (Math.abs(y - year) < Math.abs(best - year)) best = y;
  return best;
}

/** Full-width digits when the abbreviation was written with them (２５年 → ２０２５年). */
function sameWidth(year: string, like: string): string {
  if (like === foldDigits(like)) return year;
  return widenDigits(year);
}
