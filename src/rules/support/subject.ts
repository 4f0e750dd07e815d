/**
 * Who a figure is of, when its sentence names a body: 区执法应急局梳理法律法规530部 and
 * 区经济发展局梳理法律法规21部 are two departments' figures, not one indicator with two values.
 */

// A government body as reports name it: a place word, a few characters, a body word (区执法应急局,
// 市场监管局 after 区, 县人民法院, 街道办事处). Not a word that ends in 局 (依法治区工作大局, 新格局,
// 带领全局干部). Bounded repetition, so linear to run.
const BODY =
  /(?:[省市区县镇乡]|自治区|自治州|街道)[\u4e00-\u9fa5]{1,10}?(?:(?<![大全格布结当时政变])局|委员会|委|办公室|办事处|办|人民法院|法院|检察院|中心|政府|大队|支队|司法所|派出所)(?![长员会托])/g;
const REACH = 200;

/**
 * The last body named before `offset` from `from` (the figure's sentence start; up to 200
 * characters back), or null.
 */
export function subjectBefore(text: string, offset: number, from: number): string | null {
  const before = text.slice(Math.max(0, from, offset - REACH), offset);
  BODY.lastIndex = 0;
  let last: string | null = null;
  for (let m = BODY.exec(before); m; m = BODY.exec(before)) last = m[0];
  return last;
}
