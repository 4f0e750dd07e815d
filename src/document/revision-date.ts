/** The time of a revision or a comment, as Word writes it (w:date): to the second, in UTC. */
export function revisionDate(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d+Z$/, 'Z');
}
