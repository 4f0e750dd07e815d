export { CATALOGUE, type CatalogueEntry } from './entries.js';
export { matchCatalogue, catalogueEntry, type MatchInput } from './match.js';
