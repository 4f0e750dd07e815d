import type { LocalizedText } from '../i18n/text.js';
import { defineRule } from './rule.js';
import { reportTerms, TERM_MESSAGES, type Term } from './support/term-table.js';

// Common miswritings of fixed words, the wrong form never a word of its own: [written, right].
// Data: a new pair is one entry.
const MISWRITTEN: ReadonlyArray<readonly [string, string]> = [
  ['贯撤', '贯彻'], ['布署', '部署'], ['部暑', '部署'], ['再接再励', '再接再厉'], ['一如继往', '一如既往'],
  ['按步就班', '按部就班'], ['明查暗访', '明察暗访'], ['峻工', '竣工'], ['坐阵指挥', '坐镇指挥'], ['精兵减政', '精兵简政'],
  ['迫不急待', '迫不及待'], ['专心至志', '专心致志'], ['走头无路', '走投无路'], ['默守成规', '墨守成规'],
  ['滥芋充数', '滥竽充数'], ['震憾', '震撼'], ['松驰', '松弛'], ['针贬时弊', '针砭时弊'], ['不容质疑', '不容置疑'],
  ['变本加利', '变本加厉'], ['名符其实', '名副其实'], ['粗制烂造', '粗制滥造'], ['人才倍出', '人才辈出'],
  ['融汇贯通', '融会贯通'], ['全神灌注', '全神贯注'], ['一股作气', '一鼓作气'], ['鼎立相助', '鼎力相助'],
  ['记忆尤新', '记忆犹新'], ['不加思索', '不假思索'], ['关怀倍至', '关怀备至'], ['直接了当', '直截了当'],
  ['提纲携领', '提纲挈领'], ['立杆见影', '立竿见影'], ['攻艰克难', '攻坚克难'], ['矢志不喻', '矢志不渝'],
];
const MISWRITING: LocalizedText = { zh: '常见错别字', en: 'a common miswriting' };

let table: readonly Term[] | null = null;
// Built on first use: most runs find no miswriting, and the rules load on every run.
function terms(): readonly Term[] {
  return (table ??= [
    ...MISWRITTEN.map(([written, right]) => ({ pattern: new RegExp(written, 'g'), replacement: right, fix: true, why: MISWRITING })),
    // 既使……又…… (both makes … and …) is right; alone, it is the concessive 即使 miswritten: told, not fixed.
    { pattern: /既使(?![^。！？；\n]{0,40}又)/g, replacement: '即使', fix: false, why: { zh: '表示让步用“即使”（“既使……又……”除外）', en: '即使 is the concessive “even if” (既使……又…… aside)' } },
  ]);
}

export const miswriting = defineRule({
  id: 'miswriting',
  description: { zh: '常见错别字（如“贯撤”应为“贯彻”，“再接再励”应为“再接再厉”）', en: 'Common miswritings (贯撤 for 贯彻, 再接再励 for 再接再厉 …)' },
  severity: 'warning',
  tags: ['wording'],
  fixable: true,
  messages: TERM_MESSAGES,
  docs: {
    rationale: {
      zh: '报告中的常见错别字（“贯撤”“布署”“再接再励”等）错写形式本身不成词，报告并可自动修复。表示让步的“既使”应为“即使”，只作提示（“既使……又……”是正确用法，不报）。',
      en: 'Common miswritings whose wrong form is no word (贯撤, 布署, 再接再励 …) are reported and fixed. A concessive 既使 is 即使 miswritten and is reported without a fix (既使……又…… is right and is left alone).',
    },
    bad: ['全面学习贯撤党的二十大精神。', '我们将再接再励，攻坚克难。'],
    good: ['全面学习贯彻党的二十大精神。', '我们将再接再厉，攻坚克难。'],
  },
  check(ctx) {
    reportTerms(ctx, terms());
  },
});
