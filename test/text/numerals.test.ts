import { describe, expect, it } from 'vitest';
import { Command } from 'commander';
import { langOption } from '../../src/cli/commands/lang.js';
import { lintCommand } from '../../src/cli/commands/lint.js';
import { Config } from '../../src/check/config.js';
import { LANGS } from '../../src/i18n/text.js';
import { ProfileId } from '../../src/profiles/profile.js';
import { PROFILES } from '../../src/profiles/index.js';
import {
  ARABIC_DIGIT_RANGE,
  HAN_DIGITS,
  HAN_DIGIT_BY_VALUE,
  HAN_DIGIT_VALUE,
  HAN_MARKER_NUMERAL,
  HAN_ORDINAL,
  HAN_YEAR_DIGITS,
  lazyRegExp,
  YEAR_ARABIC,
  YEAR_NUMBER,
} from '../../src/text/numerals.js';

const sorted = (chars: string) => [...chars].sort().join('');

describe('the numeral vocabulary: every set follows from the digit list', () => {
  const digits = Object.keys(HAN_DIGIT_VALUE).join('');
  const ofValue = (v: number) => Object.keys(HAN_DIGIT_VALUE).filter((c) => HAN_DIGIT_VALUE[c] === v);

  it('HAN_DIGITS is every digit of the list', () => {
    expect(sorted(HAN_DIGITS)).toBe(sorted(digits));
  });

  it('a year is written with every digit but 两', () => {
    expect(sorted(HAN_YEAR_DIGITS)).toBe(sorted(digits.replace('两', '')));
  });

  it('HAN_DIGIT_BY_VALUE writes each value 0–9 with a digit of that value', () => {
    expect([...HAN_DIGIT_BY_VALUE].map((c) => HAN_DIGIT_VALUE[c])).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it('an ordinal up to 99 is written with the digits 1–9 and 十', () => {
    expect(HAN_ORDINAL).toBe([1, 2, 3, 4, 5, 6, 7, 8, 9].map((v) => ofValue(v)[0]).join('') + '十');
    expect(sorted(HAN_MARKER_NUMERAL)).toBe(sorted(HAN_ORDINAL + '〇零两'));
  });

  it('YEAR_NUMBER takes a year in either script and leaves other numbers', () => {
    const year = new RegExp(`^(?:${YEAR_NUMBER})$`);
    for (const y of ['2025', '1998', '二〇二五', '二零二四', '一九九八']) expect(year.test(y), y).toBe(true);
    for (const n of ['1600', '3158', '两千零五', '三〇二五', '202']) expect(year.test(n), n).toBe(false);
    expect(new RegExp(`^[${ARABIC_DIGIT_RANGE}]+$`).test('２０25')).toBe(true);
    const arabic = new RegExp(`^${YEAR_ARABIC}$`);
    for (const y of ['2025', '20２５', '1998']) expect(arabic.test(y), y).toBe(true);
    for (const n of ['二〇二五', '2125', '３１５８']) expect(arabic.test(n), n).toBe(false);
  });

  it('lazyRegExp builds once, on first use', () => {
    let built = 0;
    const re = lazyRegExp(() => {
      built++;
      return '年';
    });
    expect(built).toBe(0);
    expect(re()).toBe(re());
    expect(built).toBe(1);
  });
});

describe('enumerations have one source', () => {
  it('the profiles the schema accepts are the profiles there are', () => {
    expect(Object.keys(PROFILES).sort()).toEqual([...ProfileId.options].sort());
  });

  it('the config accepts every language of the messages, and no other', () => {
    for (const lang of LANGS) expect(Config.safeParse({ lang }).success, lang).toBe(true);
    expect(Config.safeParse({ lang: 'fr' }).success).toBe(false);
  });

  // The CLI spells the choices out (src/cli is another change's this session): held in sync here.
  it('the command line offers the same profiles and languages', () => {
    const program = new Command();
    lintCommand(program, {} as never, () => {});
    const lint = program.commands.find((c) => c.name() === 'lint');
    const choices = (long: string) => lint?.options.find((o) => o.long === long)?.argChoices;
    expect(choices('--profile')).toEqual([...ProfileId.options]);
    expect(choices('--lang')).toEqual([...LANGS]);
    expect(langOption().argChoices).toEqual([...LANGS]);
  });
});
