import { defineRule } from './rule.js';
import { isHan, isInlineSpace } from '../text/cjk.js';
import { isLineBreak } from '../text/space.js';

// Spaces are rare in Chinese text: find them, then look at their neighbours.
const SPACES = /[ \u3000\u00a0]+/g;
// A name set off by spaces (国务院总理 温家宝, 新华社记者 饶爱民 摄) is layout, not a typo.
const MAX_NAME = 4;

export const spaceBetweenChinese = defineRule({
  id: 'space-between-chinese',
  description: { zh: '汉字之间有多余的空格', en: 'A space between Chinese characters' },
  severity: 'warning',
  tags: ['punctuation'],
  fixable: true,
  messages: {
    space: {
      zh: '汉字之间有空格：请删去。',
      en: 'A space between Chinese characters: delete it.',
    },
  },
  docs: {
    rationale: {
      zh: '中文词语之间不加空格；句中的空格多是从其他文档复制时带入的。署名、图片说明中用空格隔开的人名（如“国务院总理 李克强”）不在此列。',
      en: 'Chinese words are not separated by spaces; one inside a sentence usually came with text copied from elsewhere. A name set off by spaces in a byline or caption (国务院总理 李克强) is not concerned.',
    },
    bad: ['全面落实 行政执法“三项制度”。'],
    good: ['全面落实行政执法“三项制度”。', '国务院总理 李克强'],
  },
  check(ctx) {
    const { text } = ctx;
    const code = (i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0x0a);
    SPACES.lastIndex = 0;
    for (let m = SPACES.exec(text); m; m = SPACES.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isHan(code(start - 1)) || !isHan(code(end))) continue;
      if (ctx.facts.isOpaque(start) || isName(end)) continue;
      ctx.report({ start, end, messageId: 'space', fix: { start, end, text: '' } });
    }

    /** A short run of Han after the space that ends at a space or the end of the line. */
    function isName(from: number): boolean {
      let i = from;
      while (i < text.length && i - from <= MAX_NAME && isHan(code(i))) i++;
      return i - from <= MAX_NAME && (isInlineSpace(code(i)) || isLineBreak(code(i)));
    }
  },
});
