import { wireReport } from './html-behaviour.js';

/** The report's script: the source of wireReport, run over the document when it loads. */
export function htmlScript(): string {
  // A `</script` in the source would end the element early: written so it cannot.
  return `(${wireReport.toString()})(document);`.replace(/<\/script/gi, '<\\/script');
}
