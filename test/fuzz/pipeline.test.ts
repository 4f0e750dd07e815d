import fc from 'fast-check';
import { describe, it } from 'vitest';
import { checkBytes, checkCase } from './pipeline.js';
import { anyBytes, anyTextCase, reportCase, stretchedCase } from './reports.js';

// A slice of `npm run fuzz` (scripts/fuzz.mjs runs 100,000 cases and more): the whole pipeline
// on generated reports, on any string and on any bytes, checked for what must hold of every
// input (see checkCase). A failure prints the case and the seed to replay it.
describe('the pipeline on generated input', () => {
  it('holds on generated reports, as text and as Markdown', () => {
    fc.assert(fc.property(reportCase, (c) => checkCase(c)), { numRuns: 200 });
  });

  it('holds on reports with a piece stretched into a long run', () => {
    fc.assert(fc.property(stretchedCase, (c) => checkCase(c)), { numRuns: 3 });
  });

  it('holds on any string', () => {
    fc.assert(fc.property(anyTextCase, (c) => checkCase(c)), { numRuns: 100 });
  });

  it('holds on any bytes, decoded as a file is', () => {
    fc.assert(fc.property(anyBytes, fc.boolean(), (bytes, markdown) => checkBytes(bytes, markdown)), { numRuns: 100 });
  });
});
