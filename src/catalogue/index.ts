export { CATALOGUE, SUBJECTS, type CatalogueEntry } from './entries.js';
export { matchCatalogue, catalogueEntry, type MatchInput } from './match.js';
