export * from './position.js';
export * from './outline.js';
export * from './indicator.js';
export * from './diagnostic.js';
export * from './report.js';
export * from './version.js';
export * from './output.js';
export * from './extract.js';
