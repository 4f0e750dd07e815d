import { LISTING_WORDS } from '../i18n/listing-words.js';
import { localize, type Lang } from '../i18n/text.js';
import { paragraphPlace } from '../i18n/ui.js';
import type { ExtractReport } from '../schema/extract.js';
import { timeFrameOf } from './diff-rows.js';
import type { Style } from './style.js';
import { padEndWidth, widthOf } from './width.js';

/** Indicators as a person skims them: place, quantity as written, what it counts, catalogue key. */
export function formatExtractText(reports: readonly ExtractReport[], c: Style, lang: Lang = 'zh'): string {
  const out: string[] = [];
  const timeFrame = lang === 'zh' ? (i: ExtractReport['indicators'][number]) => timeFrameOf(i, lang) : fieldsOfTimeFrame;
  for (const report of reports) {
    out.push(`${c.underline(report.file)}  ${c.dim(localize(LISTING_WORDS.indicatorCount, lang, { count: report.indicators.length }))}`);
    // A Word file, web page or PDF is found by paragraph (or page and line), a text file by line.
    const places = report.indicators.map((i) => (i.place ? paragraphPlace(i.place, lang) : `${i.span.start.line}:${i.span.start.column}`));
    // Not Math.max(...): a spread of a hundred thousand figures overflows the stack.
    const placeWidth = places.reduce((w, p) => Math.max(w, widthOf(p)), 0);
    const texts = report.indicators.map(written);
    const textWidth = Math.min(16, texts.reduce((w, t) => Math.max(w, widthOf(t)), 0));
    const frames = report.indicators.map(timeFrame);
    const frameWidth = frames.reduce((w, f) => Math.max(w, widthOf(f)), 0);
    report.indicators.forEach((i, n) => {
      const key = i.key ? c.cyan(i.key) : '';
      const frame = c.dim(padEndWidth(frames[n] as string, frameWidth));
      out.push(`  ${c.dim(padEndWidth(places[n] as string, placeWidth))}  ${c.bold(padEndWidth(texts[n] as string, textWidth))}  ${frame}  ${i.label}  ${key}`.trimEnd());
    });
    out.push('');
  }
  return out.join('\n');
}

// How a target's bound reads beside its figure: 不少于60学时 → 60学时(≥).
const BOUND_MARK = { 'at-least': '≥', 'at-most': '≤', about: '≈', exact: '' } as const;

/** The figure as written, with its qualifier or, for a target, its bound when the text leaves them out. */
function written(i: ExtractReport['indicators'][number]): string {
  if (i.approx && !i.text.includes(i.approx)) return `${i.text}(${i.approx})`;
  const mark = i.target ? BOUND_MARK[i.target.bound] : '';
  return mark ? `${i.text}(${mark})` : i.text;
}

/**
 * When the figure holds, in English as the fields say it: "2024 result", "2013/2017 result
 * cumulative", "2025 target change" (in Chinese as the diff says it: 2024年实绩).
 */
function fieldsOfTimeFrame(i: ExtractReport['indicators'][number]): string {
  const parts = [i.period ?? '?', i.status];
  if (i.aggregate !== 'level') parts.push(i.aggregate);
  return parts.join(' ');
}
