/**
 * The line breaks of a text, found in order: the next CR and the next LF, each by indexOf (native
 * speed: lines are long, characters many; a loop over every character cost 10 ms a 10 MB text),
 * whichever comes first ends the line. CR LF is one break, as a lone CR or LF is. Asked with line
 * starts that move forward, each stretch of the text is searched once.
 */
export class LineBreaks {
  private cr = -1;
  private lf = -1;

  constructor(private readonly text: string) {}

  /** Where the line that starts at `start` ends: its CR or LF, or the text's length. */
  endOf(start: number): number {
    if (this.cr < start) this.cr = indexOrEnd(this.text, '\r', start);
    if (this.lf < start) this.lf = indexOrEnd(this.text, '\n', start);
    return this.cr < this.lf ? this.cr : this.lf;
  }

  /** Where the next line starts after a line that ends at `end` (past CR LF as one break). */
  nextStart(end: number): number {
    return end === this.cr && this.text.charCodeAt(end + 1) === 0x0a ? end + 2 : end + 1;
  }
}

function indexOrEnd(text: string, ch: string, from: number): number {
  const i = text.indexOf(ch, from);
  return i === -1 ? text.length : i;
}
