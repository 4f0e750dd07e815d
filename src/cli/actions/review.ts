import { extractIndicators } from '../../extract/index.js';
import type { Lang } from '../../i18n/text.js';
import { InputError } from '../../read/error.js';
import { readReport } from '../../read/file.js';
import { reviewTargets } from '../../review/index.js';
import type { ReviewOutput } from '../../schema/review.js';
import { outputHeader } from '../../schema/version.js';
import type { ReviewFormat } from '../options.js';
import { EXIT_FAILURE, EXIT_OK } from '../exit.js';
import { describeFailure, type Io } from '../io.js';
import { analyse } from '../load.js';

async function load(path: string) {
  const { doc, locator, outline } = await analyse(await readReport(path));
  return { doc, input: { text: doc.text, outline, indicators: extractIndicators(doc.text, outline, locator) } };
}

export async function runReview(previousPath: string, currentPath: string, options: { format: ReviewFormat; lang: Lang }, io: Io): Promise<number> {
  let previous: Awaited<ReturnType<typeof load>>;
  let current: Awaited<ReturnType<typeof load>>;
  try {
    previous = await load(previousPath);
    current = await load(currentPath);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    io.stderr(`${describeFailure(error, options.lang)}\n`);
    return EXIT_FAILURE;
  }
  const source = (d: typeof previous.doc) => ({ file: d.path, encoding: d.encoding, format: d.format });
  const output: ReviewOutput = {
    ...outputHeader('review'),
    previous: source(previous.doc),
    current: source(current.doc),
    review: reviewTargets(previous.input, current.input),
  };
  if (options.format === 'json') {
    io.stdout(`${JSON.stringify(output, null, 2)}\n`);
  } else if (options.format === 'markdown') {
    const { formatReviewMarkdown } = await import('../../format/review-markdown.js');
    io.stdout(formatReviewMarkdown(output, options.lang));
  } else {
    const [{ formatReviewStylish }, { styleFor }] = await Promise.all([import('../../format/review-stylish.js'), import('../../format/style.js')]);
    io.stdout(formatReviewStylish(output, await styleFor(io.color), options.lang));
  }
  return EXIT_OK;
}
