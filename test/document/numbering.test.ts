import { describe, expect, it } from 'vitest';
import { formatNumber } from '../../src/document/number-format.js';
import { ListCounter, parseNumbering } from '../../src/document/numbering.js';

describe('numbers as Word writes them', () => {
  it.each([
    [1, 'chineseCounting', '一'],
    [10, 'chineseCounting', '十'],
    [11, 'chineseCounting', '十一'],
    [20, 'chineseCounting', '二十'],
    [23, 'chineseCountingThousand', '二十三'],
    [105, 'chineseCounting', '一百零五'],
    [3, 'ideographTraditional', '丙'],
    [11, 'ideographTraditional', '甲'],
    [2, 'ideographZodiac', '丑'],
    [3, 'decimalEnclosedCircle', '③'],
    [2, 'decimalEnclosedParen', '⑵'],
    [12, 'chineseLegalSimplified', '壹拾贰'],
    [7, 'decimalFullWidth', '７'],
    [4, 'upperRoman', 'IV'],
    [28, 'lowerLetter', 'bb'],
    [5, 'an unknown format', '5'],
  ])('%i in %s is %s', (n, format, text) => expect(formatNumber(n, format)).toBe(text));

  it('gives no text for a bullet', () => expect(formatNumber(1, 'bullet')).toBeNull());
});

const NUMBERING = `<w:numbering xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">
<w:abstractNum w:abstractNumId="7">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/><w:isLgl/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlRestart w:val="0"/><w:lvlText w:val="（%3）"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="7"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="7"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>
</w:numbering>`;

describe('list counters', () => {
  const counter = () => new ListCounter(parseNumbering(NUMBERING, 'w:'), () => null);

  it('shows legal numbering of a higher level in decimal, and a level that never restarts', () => {
    const c = counter();
    expect([c.label('1', 0), c.label('1', 1), c.label('1', 2), c.label('1', 0), c.label('1', 1), c.label('1', 2)]).toEqual(['一、', '1.1', '（1）', '二、', '2.1', '（2）']);
  });

  it('continues a list across instances of one definition, and starts over where an instance says', () => {
    const c = counter();
    expect([c.label('1', 0), c.label('2', 0), c.label('3', 0), c.label('3', 0)]).toEqual(['一、', '二、', '五、', '六、']);
  });

  it('has no label for a list that is not defined', () => expect(counter().label('9', 0)).toBeNull());
});
