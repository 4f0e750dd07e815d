/**
 * Words that say a count holds cases carried over from last year (受理95件（另有上年结转11件），审结
 * 102件; 加上上年结转11件，共审结102件): then the concluded may exceed the accepted of the year.
 */
const CARRY_OVER = /结转|转入|上年未结|旧存|上年遗留/;

export function mentionsCarryOver(sentence: string): boolean {
  return CARRY_OVER.test(sentence);
}
