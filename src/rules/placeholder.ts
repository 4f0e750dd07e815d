import { defineRule } from './rule.js';

// Blanks a template leaves for the drafter: XX市, ×××, ○○局, ＊＊份, 【待补充】, （待定）, [待定],
// ??, ____, ***, a lone X or * where a number goes (召开会议X次, 开展培训*次) and an X for a decimal (21.X%). Each alternative is a run of one class
// or a bounded run inside fixed brackets: linear. Each starts with a character to find (the lone
// X's lookbehind comes after it), which lets V8 skip ahead instead of trying every position.
const PLACEHOLDER =
  /(?<![A-Za-z])[Xx]{2,}(?![A-Za-z])|[×╳]{2,}|○{2,}|□{2,}|＊{2,}|[X×](?<=[\u4e00-\u9fff][X×])(?=[次件人个项份家名场期篇批所户元万亿%月日])|【[^【】\n]{0,12}(?:待|补充|填写|填报|核实|TODO)[^【】\n]{0,12}】|[（(［[](?:待补充|待定|待核实|待填|待更新)[）)］\]]|\?{2,}|？{2,}|_{3,}|_{2}(?<=[0-9\u4e00-\u9fff]__)(?=[年月日次件人个项份家名场期篇批所户元万亿%])|＿{2,}|\*{3,}(?=[\u4e00-\u9fff0-9%])|\*{3,}(?<=[\u4e00-\u9fff：:]\*{3,})|\*{1,2}(?<=[\u4e00-\u9fff]\*{1,2})(?=[次件人个项份家名场期篇批所户元万亿%])|[Xx](?<=\d[.．][Xx])(?=[%‰个万亿元倍])|\bTODO\b|\bTBD\b/g;

export const placeholder = defineRule({
  id: 'placeholder',
  description: { zh: '文中留有占位符（XX、×××、【待补充】、??）', en: 'A placeholder left in the text (XX, ×××, 【待补充】, ??)' },
  severity: 'error',
  tags: ['wording'],
  fixable: false,
  messages: {
    placeholder: {
      zh: '文中留有占位符“{text}”：请填写实际内容。',
      en: 'Placeholder “{text}” left in the text: fill in the actual content.',
    },
  },
  docs: {
    rationale: {
      zh: '模板或初稿中的占位符（XX、×××、○○、＊＊、【待补充】、（待定）、??、____，以及数字位置上单个的X，如“召开会议X次”）在报告定稿前必须替换为实际内容。',
      en: 'Placeholders from a template or first draft (XX, ×××, ○○, ＊＊, 【待补充】, （待定）, ??, ____, and a lone X where a number goes, as in 召开会议X次) must be replaced before the report goes out.',
    },
    bad: ['XX区2025年法治政府建设年度报告', '依法受理行政复议案件×××件', '纠错率【待补充】。'],
    good: ['城中区2025年法治政府建设年度报告', '依法受理行政复议案件90件', '纠错率7.1%。'],
  },
  check(ctx) {
    PLACEHOLDER.lastIndex = 0;
    for (let m = PLACEHOLDER.exec(ctx.text); m; m = PLACEHOLDER.exec(ctx.text)) {
      ctx.report({ start: m.index, end: m.index + m[0].length, messageId: 'placeholder', data: { text: m[0] } });
    }
  },
});
