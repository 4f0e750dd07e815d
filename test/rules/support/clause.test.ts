import { describe, expect, it } from 'vitest';
import { extractIndicators } from '../../../src/extract/index.js';
import { parseOutline } from '../../../src/outline/index.js';
import { leadOf } from '../../../src/rules/support/clause.js';

const leadsOf = (text: string) => extractIndicators(text, parseOutline(text)).map((i) => leadOf(text, i));

describe('leadOf: the words of the clause before a figure', () => {
  it('ends at a comma and at an opening bracket', () => {
    expect(leadsOf('依法受理90件，审结70件（含上年结转3件）。')).toEqual(['依法受理', '审结', '含上年结转']);
  });

  it('leaves out the close of a heading number run into the line: （三）纠错率 gives 纠错率', () => {
    expect(leadsOf('三、存在的不足\n（三）行政复议纠错率为14.5%，仍处于较高水平。\n2)办结率98%')).toEqual(['行政复议纠错率为', '办结率']);
  });
});
