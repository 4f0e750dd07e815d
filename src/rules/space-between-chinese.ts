import { defineRule } from './rule.js';
import { isHan, isInlineSpace } from '../text/cjk.js';
import { charSet, isLineBreak } from '../text/space.js';

// Spaces are rare in Chinese text: find them, then look at their neighbours.
const SPACES = /[ \u3000\u00a0]+/g;
// Full-width punctuation of Chinese text, opening and closing; and those after which a space
// before the next word is a typo (a pause or an opening mark).
const CHINESE_MARKS = charSet('，。、；：？！“”‘’（）《》【】');
const MARKS_BEFORE_WORDS = charSet('，、；：“‘（《【');
// A name set off by spaces (国务院总理 温家宝, 新华社记者 饶爱民 摄) is layout, not a typo.
const MAX_NAME = 4;

export const spaceBetweenChinese = defineRule({
  id: 'space-between-chinese',
  description: { zh: '汉字之间（或汉字与中文标点之间）有多余的空格', en: 'A space between Chinese characters (or a Chinese character and Chinese punctuation)' },
  severity: 'warning',
  tags: ['punctuation'],
  fixable: true,
  messages: {
    space: {
      zh: '中文行文中有空格：请删去。',
      en: 'A space inside Chinese text: delete it.',
    },
  },
  docs: {
    rationale: {
      zh: '中文词语之间、汉字与中文标点之间不加空格（“水平 ，”“， 确保”）；句中的空格多是从其他文档复制时带入的。署名、图片说明中用空格隔开的人名（如“国务院总理 李克强”）不在此列。',
      en: 'Chinese words are not separated by spaces, nor are Chinese characters and Chinese punctuation (水平 ，, ， 确保); one inside a sentence usually came with text copied from elsewhere. A name set off by spaces in a byline or caption (国务院总理 李克强) is not concerned.',
    },
    bad: ['全面落实 行政执法“三项制度”。', '全面提升依法行政水平 ，确保各项工作落到实处。'],
    good: ['全面落实行政执法“三项制度”。', '国务院总理 李克强'],
  },
  check(ctx) {
    const { text } = ctx;
    const code = (i: number) => (i >= 0 && i < text.length ? text.charCodeAt(i) : 0x0a);
    SPACES.lastIndex = 0;
    for (let m = SPACES.exec(text); m; m = SPACES.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      const before = code(start - 1);
      const after = code(end);
      // Between two Chinese characters, a Chinese character and a mark after it, or a pause or an
      // opening mark and the character after it. Spaces after a sentence stop indent a paragraph
      // run into the line (。　　各位代表！): layout, not a typo.
      if (!(isHan(before) ? isHan(after) || CHINESE_MARKS.has(after) : isHan(after) && MARKS_BEFORE_WORDS.has(before))) continue;
      if (ctx.facts.isOpaque(start) || (isHan(after) && isName(end))) continue;
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
