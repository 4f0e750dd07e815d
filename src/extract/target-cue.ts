/** Whether a sentence announces goals (目标是, 力争, 预计), searched once per sentence as it is read. */
import { findTargetCue } from './target.js';

export class SentenceCue {
  private sentence = -1;
  /** Up to here nothing was found yet. */
  private to = 0;
  private found = false;

  /** Whether text[sentenceStart, at) holds a cue; `at` only grows within a sentence. */
  before(text: string, sentenceStart: number, at: number): boolean {
    if (this.sentence !== sentenceStart) {
      this.sentence = sentenceStart;
      this.to = sentenceStart;
      this.found = false;
    }
    if (!this.found && at > this.to) {
      // Overlap a few characters so a cue word cut by the previous search is still seen.
      this.found = findTargetCue(text.slice(Math.max(sentenceStart, this.to - 5), at));
      this.to = at;
    }
    return this.found;
  }
}
