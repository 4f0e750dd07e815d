import { Option } from 'commander';
import { parseJobs } from './count.js';

/** The options of a command that runs over many reports: --jobs, --cache, --cache-location. */
export function batchOptions(): Option[] {
  return [
    new Option('-j, --jobs <n>', 'reports processed at once, in worker threads (default: the number of cores less one; 1: in this process)').argParser(parseJobs),
    new Option('--cache', 'keep results in a cache file and reuse those of unchanged reports'),
    new Option('--cache-location <path>', 'the cache file (default: .reportlintcache in the working directory)'),
  ];
}

