/** Exit codes, as ESLint: 0 clean, 1 problems found, 2 the run itself failed. */
export const EXIT_OK = 0;
export const EXIT_PROBLEMS = 1;
export const EXIT_FAILURE = 2;
