import { defineRule } from './rule.js';

// The same stop twice (。。 ，，), or a pause run into a full stop (，。 。，). Ellipses …… and
// dashes —— are written doubled and are not in these classes.
// Found as any two marks in a row, then told apart by char code: a plain two-class pattern scans
// three times faster than the alternation with a back-reference it replaces.
// ！！ is emphasis a report does not use; ？？ is left to the placeholder rule (a blank).
const PAIR = /[。，、；：,;:！][。，、；：,;:！]/g;
const DOUBLES = '。，、；：,;！';
const PAUSES = '，、；：,;:';
const PAUSES_AFTER_STOP = '，、；,;';

export const doubledPunctuation = defineRule({
  id: 'doubled-punctuation',
  description: { zh: '标点重复或连用（。。，，，。）', en: 'Doubled or clashing punctuation (。。 ，， ，。)' },
  severity: 'error',
  tags: ['punctuation'],
  fixable: true,
  messages: {
    doubled: {
      zh: '标点“{mark}”重复：请删去多余的“{mark}”。',
      en: 'Punctuation “{mark}” doubled: delete the extra one.',
    },
    clash: {
      zh: '标点“{marks}”连用：请只保留其中一个。',
      en: 'Punctuation “{marks}” run together: keep only one of them.',
    },
  },
  docs: {
    rationale: {
      zh: '句号、逗号、顿号、分号、冒号不连用；重复的标点多是删改时留下的。省略号“……”和破折号“——”本身由两个字符组成，不在此列。',
      en: 'Full stops, commas, enumeration commas, semicolons and colons are never doubled or run together; a repeat is usually left over from editing. The ellipsis …… and dash —— are written with two characters and are not concerned.',
    },
    bad: ['纠错率7.1%。。', '依法受理90件，，审结70件。', '发布政策解读4篇，。'],
    good: ['纠错率7.1%。', '依法受理90件，审结70件。', '发布政策解读4篇。'],
  },
  check(ctx) {
    const { text } = ctx;
    PAIR.lastIndex = 0;
    while (PAIR.test(text)) {
      const at = PAIR.lastIndex - 2;
      const first = text[at] as string;
      const second = text[at + 1] as string;
      if (first === second && DOUBLES.includes(first)) {
        let end = at + 2;
        while (text[end] === first) end++;
        PAIR.lastIndex = end;
        ctx.report({ start: at + 1, end, messageId: 'doubled', data: { mark: first }, fix: { start: at + 1, end, text: '' } });
      } else if ((second === '。' && PAUSES.includes(first)) || (first === '。' && PAUSES_AFTER_STOP.includes(second))) {
        ctx.report({ start: at, end: at + 2, messageId: 'clash', data: { marks: first + second } });
      } else {
        PAIR.lastIndex = at + 1; // the second mark may begin a pair of its own
      }
    }
  },
});
