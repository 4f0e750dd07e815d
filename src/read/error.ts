/** A problem with the input, reported as one line `report-lint: <path>: <problem>` and exit code 2. */
export class InputError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'InputError';
  }
}
