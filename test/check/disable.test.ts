import { describe, expect, it } from 'vitest';
import { lintText } from '../support/lint.js';

// Fragments have no title line; title-missing is left out of the picture.
const ids = (text: string) =>
  lintText(text, { profile: 'generic' })
    .diagnostics.filter((d) => d.ruleId !== 'title-missing')
    .map((d) => `${d.span.start.line} ${d.ruleId}`);

describe('inline configuration comments', () => {
  it('disable-next-line silences the named rule on the next line only', () => {
    const text = ['<!-- report-lint-disable-next-line vague-date -->', '截至目前，共办理法律援助案件318件。', '截至目前，共调解纠纷612件。'].join('\n');
    expect(ids(text).filter((s) => s.endsWith('vague-date'))).toEqual(['3 vague-date']);
  });

  it('disable … enable silences a range; the other rules still run', () => {
    const text = [
      '<!-- report-lint-disable half-width-punctuation -->',
      '一是强化监督,压实责任。截至目前，共办理案件3件。',
      '<!-- report-lint-enable half-width-punctuation -->',
      '二是加强培训,提升能力。',
    ].join('\n');
    expect(ids(text)).toEqual(['2 vague-date', '4 half-width-punctuation']);
  });

  it('disable-line, several ids, and a bare disable silencing every rule', () => {
    expect(ids('强化监督,压实责任。截至目前，共办理案件3件。<!-- report-lint-disable-line half-width-punctuation, vague-date -->')).toEqual([]);
    expect(ids('<!-- report-lint-disable -->\n强化监督,压实责任。XX')).toEqual([]);
  });

  it('disable-file silences a rule everywhere', () => {
    expect(ids('强化监督,压实责任。\n<!-- report-lint-disable-file half-width-punctuation -->\n加强培训,提升能力。')).toEqual([]);
  });

  it('a comment naming another rule changes nothing', () => {
    expect(ids('<!-- report-lint-disable-next-line placeholder -->\n强化监督,压实责任。')).toEqual(['2 half-width-punctuation']);
  });
});

describe('inline configuration comments in long reports', () => {
  // Generous limits; the real figures are in `npm run bench`.
  it('a comment left open before a long run of spaces is read at once', () => {
    // Not a directive (the 。 ends the rule ids), so the finding after it stands.
    const text = `<!-- report-lint-disable${' '.repeat(200_000)}。 -->\n强化监督,压实责任。`;
    const t0 = performance.now();
    expect(ids(text)).toEqual(['2 half-width-punctuation']);
    expect(performance.now() - t0).toBeLessThan(3000);
  });

  it('50,000 findings under 50,000 comments are each judged without reading every comment', () => {
    const lines: string[] = [];
    for (let i = 0; i < 25_000; i++) {
      lines.push(`强化监督${i},压实责任。<!-- report-lint-disable-line half-width-punctuation -->`, `<!-- report-lint-disable-next-line vague-date -->截至目前,办理${i}件。`);
    }
    const text = lines.join('\n');
    const t0 = performance.now();
    const found = ids(text);
    expect(found.filter((s) => s.endsWith('half-width-punctuation'))).toHaveLength(25_000);
    expect(found.filter((s) => s.endsWith('vague-date'))).toHaveLength(25_000);
    expect(performance.now() - t0).toBeLessThan(8000);
  });
});
