/** A range: 5%—8%, 200—300人, 63%～68%, 百分之二十至百分之三十. */
import { NUM_START, charTable } from './char-table.js';
import { lexNumber } from './number.js';
import { readQuantity, type Quantity } from './quantity.js';
import { rangeSeparatorAt } from './range.js';
import { isRateInWords, readRateInWords } from './shares.js';

/**
 * Whether the quantity read into `first` is the low end of a range whose high end follows a
 * separator; the high end is then read into `second`. `chinese`: whether `first` is in Chinese.
 */
export function readRangeEnd(text: string, end: number, first: Quantity, second: Quantity, chinese: boolean): boolean {
  const sep = rangeSeparatorAt(text, first.end);
  if (sep && first.end + sep < end && ((charTable()[text.charCodeAt(first.end + sep)] as number) & NUM_START)) {
    lexNumber(text, first.end + sep, end, second.tok);
    return (
      readQuantity(text, second) &&
      second.hasUnit &&
      second.unit.def !== null &&
      second.tok.chinese === chinese &&
      second.value >= first.value &&
      (!first.hasUnit || (first.unit.def?.kind === second.unit.def.kind && first.unit.magnitude === second.unit.magnitude))
    );
  }
  if (sep && first.unit.def && isRateInWords(text, first.end + sep)) {
    return readRateInWords(text, end, second, first.end + sep) && second.unit.def === first.unit.def && second.value >= first.value;
  }
  return false;
}
