// What scripts/fuzz.mjs bundles: the generators, the properties and fast-check to run them.
export { default as fc } from 'fast-check';
export { checkBytes, checkCase, PropertyFailure } from './pipeline.js';
export { anyBytes, anyTextCase, report, reportCase, stretchedCase } from './reports.js';
