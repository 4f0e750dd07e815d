import type { Outline } from '../schema/outline.js';
import type { ProfileId } from './profile.js';
import { toSimplified } from '../text/traditional.js';
import { withoutLetterSpacing } from '../text/letter-spacing.js';

const TITLE_GZBG = /政府工作报告/;
// 法治政府部门建设: a department (交通运输厅) reports on building itself as one.
const TITLE_FAZHI = /法治政府(?:部门)?建设|依法行政/;
// 法治建设 alone is a 法治政府 report unless the title calls it another kind (法治建设工作总结 of a
// township is no 法治政府建设年度报告, and is not held to its parts). A department reports on its
// part in building the rule of law as 法治工作情况报告 or 推进法治建设情况报告.
const TITLE_RULE_OF_LAW = /法治建设|法治工作|依法治(?:国|省|市|县|区)/;
const NOT_A_REPORT = /总结|汇报|要点|计划|方案/;

// Words that mark each kind of report. Plain alternations: one linear pass over the text.
const VOCABULARY: ReadonlyArray<[ProfileId, RegExp]> = [
  ['fazhi', /法治政府|依法行政|行政复议|行政诉讼|行政执法|普法|法治督察|合法性审查|规范性文件|法律顾问|第一责任人|法治思想/g],
  ['gzbg', /各位代表|国内生产总值|政府工作报告|工作回顾|预期目标|财政赤字|新增就业|居民消费价格|经济社会发展|全年经济/g],
];
const MIN_HITS = 5;
// The kind of a report shows in its first pages (a whole 政府工作报告 is some 20,000
// characters): a long document is not read to the end to tell it.
const VOCABULARY_WINDOW = 100_000;
// One kind must clearly outweigh the other: a 政府工作报告 mentions 依法行政 too.
const MARGIN = 2;

/**
 * The kind of report, from its title, else from its vocabulary; `generic` when unsure. A title
 * that names another kind of report (司法局2024年工作总结) is believed: a 司法局 speaks of 普法 and
 * 行政复议 in its own work summary too.
 */
export function detectProfile(text: string, outline: Outline): ProfileId {
  const title = toSimplified(withoutLetterSpacing(outline.title?.text ?? ''));
  if (TITLE_GZBG.test(title)) return 'gzbg';
  if (TITLE_FAZHI.test(title) || (TITLE_RULE_OF_LAW.test(title) && !NOT_A_REPORT.test(title))) return 'fazhi';
  if (NOT_A_REPORT.test(title) || title.includes('报告')) return 'generic';
  const opening = toSimplified(text.length > VOCABULARY_WINDOW ? text.slice(0, VOCABULARY_WINDOW) : text);
  const hits = VOCABULARY.map(([id, re]) => [id, countMatches(opening, re)] as const);
  const [best, second] = [...hits].sort((a, b) => b[1] - a[1]);
  if (!best || best[1] < MIN_HITS) return 'generic';
  if (second && best[1] < second[1] * MARGIN) return 'generic';
  return best[0];
}

/** How often a global regex matches, without the array of matches (a long report has thousands). */
function countMatches(text: string, re: RegExp): number {
  let n = 0;
  re.lastIndex = 0;
  while (re.test(text)) n++;
  return n;
}
