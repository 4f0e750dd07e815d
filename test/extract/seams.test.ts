// The scanner's parts, each on its own: the text cursor, the share readers, label inference and
// the kind of a figure. Whole-scan behaviour is tested through scanRaw elsewhere; these pin what
// each part promises the scanner.
import { describe, expect, it } from 'vitest';
import { charTable } from '../../src/extract/char-table.js';
import { TextCursor } from '../../src/extract/cursor.js';
import { boundOf, changeOf, kindOf } from '../../src/extract/figure-kind.js';
import { inferLabel, type LabelPlace } from '../../src/extract/figure-label.js';
import { cleanLabel, clauseBefore } from '../../src/extract/label.js';
import { lexNumber } from '../../src/extract/number.js';
import { remember } from '../../src/extract/previous.js';
import { newQuantity } from '../../src/extract/quantity.js';
import { readArabicFraction, readFraction, readTenths } from '../../src/extract/shares.js';

/** Moves a cursor over every mark of `text` up to `to`, as the scanner does between figures. */
function cursorAt(text: string, to: number, lastFigureEnd = -1): TextCursor {
  const cursor = new TextCursor(0);
  const table = charTable();
  for (let i = 0; i < to; i++) cursor.advance(text, i, table[text.charCodeAt(i)] as number, lastFigureEnd);
  return cursor;
}

describe('the text cursor', () => {
  it('keeps a quotation inside its clause, and starts a clause after a comma', () => {
    const text = '开展“双随机、一公开”联合抽查214次，办结投诉89件';
    expect(cursorAt(text, text.indexOf('214')).clauseStart).toBe(0);
    expect(cursorAt(text, text.indexOf('89')).clauseStart).toBe(text.indexOf('办'));
  });

  it('keeps a parenthesis inside its clause once it is closed, and knows when one is open', () => {
    const text = '共办理行政复议案件46件（其中撤销2件，变更1件），同比增长5%';
    const inside = cursorAt(text, text.indexOf('1件'));
    expect(inside.bracketOpen).toBe(text.indexOf('（'));
    expect(inside.clauseStart).toBe(text.indexOf('变'));
    const closed = cursorAt(text, text.indexOf('）') + 1);
    expect(closed.bracketOpen).toBe(-1);
    expect(closed.clauseStart).toBe(0);
  });

  it('lets 、 join short nouns but not a figure from the next item', () => {
    const text = '审核合同、协议35份、办理信访件12件';
    expect(cursorAt(text, text.indexOf('35')).clauseStart).toBe(0);
    const afterFigure = text.indexOf('份') + 1;
    expect(cursorAt(text, text.indexOf('12'), afterFigure).clauseStart).toBe(afterFigure + 1);
  });

  it('starts a sentence and a topic at a line break, and a topic at 二是', () => {
    const text = '一是全年受理复议案件40件。\n二是新办理法律援助案件120件';
    const cursor = cursorAt(text, text.indexOf('二'));
    expect(cursor.sentenceStart).toBe(text.indexOf('二'));
    expect(cursor.topicStart).toBe(text.indexOf('二'));
    cursor.noteMarker(text, text.indexOf('二'), text.indexOf('二') + 1);
    expect(cursor.topicStart).toBe(text.indexOf('二'));
  });

  it('sees a short name in quotes, not a long quotation', () => {
    const text = '“2024年普法行动”启动';
    const cursor = cursorAt(text, 1);
    expect(cursor.insideQuotes(text, text.length, 1, 6)).toBe(true);
    const prose = `“${'依法行政'.repeat(12)}5次`;
    expect(cursorAt(prose, prose.length - 2).insideQuotes(prose, prose.length, prose.length - 2, prose.length)).toBe(false);
  });
});

/** Lexes the number at `at` into a fresh record, as the scanner does before a reader runs. */
function lexed(text: string, at: number) {
  const q = newQuantity();
  lexNumber(text, at, text.length, q.tok);
  return q;
}

describe('the share readers', () => {
  it('read tenths in percent, and leave 成 that starts a word', () => {
    const text = '近七成企业完成数字化改造';
    const q = lexed(text, 1);
    expect(readTenths(text, q, 1)).toBe(3);
    expect(q.value).toBe(70);
    expect(q.unit.unit).toBe('%');
    const word = '新设立三成立业服务站';
    expect(readTenths(word, lexed(word, 3), 3)).toBe(-1);
  });

  it('read a fraction in words as a percent, never an improper one', () => {
    const text = '约占全区总量的三分之一';
    const at = text.indexOf('三');
    const q = lexed(text, at);
    expect(readFraction(text, text.length, q, newQuantity().tok, at)).toBe(text.length);
    expect(q.value).toBe(33.33);
    const improper = '二分之五';
    expect(readFraction(improper, improper.length, lexed(improper, 0), newQuantity().tok, 0)).toBe(-1);
  });

  it('read an Arabic fraction only where a share is said, not a date', () => {
    const text = '占全市1/4';
    const q = lexed(text, 3);
    expect(readArabicFraction(text, text.length, q, newQuantity().tok, 3, 0)).toBe(text.length);
    expect(q.value).toBe(25);
    const date = '会议于3/15召开';
    expect(readArabicFraction(date, date.length, lexed(date, 3), newQuantity().tok, 3, 0)).toBe(-1);
  });
});

describe('label inference', () => {
  const place = (text: string, at: number, afterEnd: number, rest: Partial<LabelPlace> = {}): LabelPlace => ({
    text, at, afterEnd, prefix: null, clauseStart: 0, sentenceStart: 0, inParenthesis: false, prev: null, outer: null,
    labelBefore: (from, to) => cleanLabel(clauseBefore(text, from, to)), ...rest,
  });

  it('takes the clause before the number', () => {
    const text = '全年受理行政复议案件152件';
    expect(inferLabel(place(text, text.indexOf('152'), text.length)).label).toBe('受理行政复议案件');
  });

  it('carries the subject to a figure joined by 和, and not to one of a new sentence', () => {
    const text = '新增城镇就业1753万和2028万';
    const second = text.indexOf('2028');
    const prev = remember(null, text.indexOf('和'), 0, '新增城镇就业', '新增城镇就业', undefined, false);
    const joined = inferLabel(place(text, second, text.length, { clauseStart: 0, prev }));
    expect(joined.joined).toBe(true);
    expect(joined.label).toContain('城镇就业');
    const elsewhere = inferLabel(place(text, second, text.length, { clauseStart: 0, sentenceStart: 5, prev }));
    expect(elsewhere.joined).toBe(false);
  });
});

describe('the kind of a figure', () => {
  it('is a change when a verb says so, with the base it is compared with', () => {
    const text = '比上年增长';
    const change = changeOf(text, 0, text.length, '增长', text, '', null, false, false, null);
    expect(change).toEqual({ direction: 'up', reference: '上年' });
    expect(kindOf(null, false, false, change)).toBe('change');
  });

  it('is no change without a verb, a rate noun or a comparison', () => {
    const text = '办结率达到';
    expect(changeOf(text, 0, text.length, null, text, '办结率', null, false, false, null)).toBeUndefined();
    expect(kindOf(null, false, false, undefined)).toBe('quantity');
  });

  it('is a target when a change is stated "about", unless among the results', () => {
    expect(boundOf('增长', '，', null, '左右', '增长', false, false)).toBe('about');
    expect(boundOf('增长', '，', null, '左右', '增长', false, true)).toBeNull();
    expect(kindOf('about', false, true, undefined)).toBe('target');
  });
});
