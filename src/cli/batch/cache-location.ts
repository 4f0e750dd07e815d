/** Where --cache keeps its file when --cache-location does not say: in the working directory, as ESLint's .eslintcache. */
export const DEFAULT_CACHE = '.reportlintcache';
