/**
 * A title set with a space between its characters, as printed covers are (政 府 工 作 报 告):
 * read without the spaces. Anything else is returned as it is. The class of the spaces and that
 * of the characters do not overlap, so the test is linear.
 */
const LETTER_SPACED = /^[\u4e00-\u9fff](?:[ \u3000\u00a0]+[\u4e00-\u9fff])+$/;
const SPACES = /[ \u3000\u00a0]+/g;

export function withoutLetterSpacing(line: string): string {
  return LETTER_SPACED.test(line) ? line.replace(SPACES, '') : line;
}
