import { lazyRegExp } from '../../text/numerals.js';
/**
 * The standard formulas of political language, which every report repeats by design: the
 * guiding thought and meetings, the general tone of the year's work, the slogans of loyalty and
 * the closing appeal. A clause that contains one says nothing of the report's own work, so a
 * repeat made of such clauses is no pasted passage.
 */
const FORMULA_WORDS: readonly string[] = [
  // The guiding thought, the leadership and the meetings.
  '习近平', '思想', '精神', '党的', '总书记', '重要讲话', '重要指示', '二十大', '十九大', '党中央', '决策部署',
  '坚强领导', '领导下',
  // The general tone and the tasks every report names.
  '稳中求进', '新发展理念', '新发展格局', '高质量发展', '新质生产力', '中国式现代化', '统筹发展和安全',
  '全面深化改革', '以人民为中心', '人民至上', '共同富裕', '人类命运共同体',
  // Loyalty: 两个确立, 两个维护, 四个意识, 四个自信, 两个毫不动摇.
  '两个确立', '两个维护', '四个意识', '四个自信', '两个毫不动摇',
  // The closing appeal: 奋力谱写…篇章, 不断开创…新局面, 团结奋斗.
  '篇章', '新局面', '新征程', '新辉煌', '团结奋斗', '不懈奋斗', '砥砺前行', '奋勇前进',
];

const FORMULA = lazyRegExp(() => FORMULA_WORDS.join('|'));

/** Whether a clause holds a standard formula. */
export function isFormula(clause: string): boolean {
  return FORMULA().test(clause);
}

// A figure (5期, 3月5日), or a name of the report's own work in quotes (“随同式”执法) that is not
// one of the formulas (“两个确立”).
const FIGURE = /[0-9０-９]/;
const QUOTED = /“([^“”]{1,20})”/g;

/**
 * Whether a passage carries facts of the report's own: a figure, or a quoted name of its own
 * work. A repeat without any is a set phrase or slogan of the report (加快建设幸福美好新甘肃).
 */
export function carriesOwnFacts(passage: string): boolean {
  if (FIGURE.test(passage)) return true;
  for (const m of passage.matchAll(QUOTED)) if (!isFormula(m[1] as string)) return true;
  return false;
}
