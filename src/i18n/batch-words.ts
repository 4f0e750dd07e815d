import type { LocalizedText } from './text.js';

/** What a batch run (--cache) says on stderr when its cache cannot be used; the run goes on. */
export const CACHE_WORDS = {
  unusable: {
    zh: '缓存文件 {path} 无法使用（已损坏，或不是 report-lint 的缓存）：本次不用它，运行结束时重写',
    en: 'cache file {path} is unusable (corrupt, or not a report-lint cache): ignored this run, and written anew at its end',
  },
  unwritable: {
    zh: '无法写入缓存文件 {path}（{problem}）：结果不受影响，下次运行不能使用缓存',
    en: 'could not write the cache file {path} ({problem}): the results are as they are, the next run has no cache',
  },
} satisfies Record<string, LocalizedText>;
