import { localize } from '../i18n/text.js';
import { paragraphPlace } from '../i18n/ui.js';
import type { Diagnostic, Severity } from '../schema/diagnostic.js';
import type { Span } from '../schema/position.js';
import { JsonWriter, type JsonOut } from './json-layout.js';
import { utf8Text } from './utf8-sink.js';
import { placeOf, type LintResults, type RuleInfo } from './lint-results.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INFORMATION_URI = 'https://www.npmjs.com/package/report-lint';
const LEVEL: Record<Severity, 'error' | 'warning' | 'note'> = { error: 'error', warning: 'warning', info: 'note' };

/**
 * SARIF 2.1.0 as GitHub code scanning takes it: one run, the rules in tool.driver.rules, each
 * result with a physical location relative to the repository root (%SRCROOT%). Columns count
 * UTF-16 code units, as report-lint's positions do.
 */
export function formatSarif(results: LintResults, options: { toolVersion: string }): string {
  return utf8Text((out) => writeSarif(results, options, out));
}

/**
 * The SARIF log as `JSON.stringify(log, null, 2)` writes it, in pieces: its results one by one,
 * each made when written (158,000 findings are 116 MB of SARIF, more than a string may hold for
 * a longer report).
 */
export function writeSarif(results: LintResults, options: { toolVersion: string }, out: JsonOut): void {
  const { lang } = results;
  const sarif = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'report-lint',
            version: options.toolVersion,
            informationUri: INFORMATION_URI,
            rules: results.rules.map((rule) => describeRule(rule, lang)),
          },
        },
        // Whether the run read every report, and what it could not (GitHub shows these).
        invocations: [
          {
            executionSuccessful: (results.failures ?? []).length === 0,
            toolExecutionNotifications: (results.failures ?? []).map((text) => ({ level: 'error', message: { text } })),
          },
        ],
        columnKind: 'utf16CodeUnits',
        // In its place among the run's members; made finding by finding as it is written.
        results: [],
      },
    ],
  };
  const writer = new JsonWriter(out);
  writer.object(sarif, 0, (key, value, depth) => {
    if (key !== 'runs') return writer.value(value, depth);
    writer.array(value as object[], depth, (run, d) =>
      writer.object(run, d, (k, v, dd) => (k === 'results' ? writer.array(resultsOf(results), dd) : writer.value(v, dd))),
    );
  });
  writer.raw('\n');
  writer.end();
}

/** Each finding of each report as a SARIF result, made as it is written. */
function* resultsOf(results: LintResults): Generator<object> {
  const index = new Map(results.rules.map((r, i) => [r.id, i]));
  for (const report of results.reports) {
    for (const d of report.diagnostics) {
      yield {
        ruleId: d.ruleId,
        ...(index.has(d.ruleId) ? { ruleIndex: index.get(d.ruleId) } : {}),
        level: LEVEL[d.severity],
        message: { text: d.message },
        ...(d.messageId !== undefined ? { properties: { messageId: d.messageId } } : {}),
        locations: [report.placeKind === 'paragraph' ? wordLocation(report.file, d, results.lang) : location(report.file, d.span)],
        ...(d.related && d.related.length > 0
          ? { relatedLocations: d.related.map((r, id) => ({ id, ...location(report.file, r.span), message: { text: r.message } })) }
          : {}),
      };
    }
  }
}

function describeRule(rule: RuleInfo, lang: LintResults['lang']) {
  const description = localize(rule.description, lang);
  const rationale = localize(rule.docs.rationale, lang);
  const examples = [
    ...rule.docs.bad.map((s) => `${lang === 'zh' ? '错误示例' : 'Incorrect'}:\n\n\`\`\`text\n${s}\n\`\`\``),
    ...rule.docs.good.map((s) => `${lang === 'zh' ? '正确示例' : 'Correct'}:\n\n\`\`\`text\n${s}\n\`\`\``),
  ];
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: description },
    fullDescription: { text: rationale },
    help: { text: rationale, markdown: [`**${description}**`, rationale, ...examples].join('\n\n') },
    defaultConfiguration: { level: LEVEL[rule.severity] },
    properties: { tags: [...rule.tags], fixable: rule.fixable },
  };
}

/**
 * A place in a Word document: a .docx has no lines, so the region gives offsets into its
 * extracted text (charOffset, charLength), and the location says the paragraph and character
 * a person finds it at (message and properties).
 */
function wordLocation(file: string, d: Diagnostic, lang: LintResults['lang']) {
  const place = placeOf(d);
  return {
    physicalLocation: {
      artifactLocation: artifactOf(file),
      region: { charOffset: d.span.start.offset, charLength: d.span.end.offset - d.span.start.offset },
    },
    ...(place
      ? {
          message: { text: paragraphPlace(place, lang) },
          properties: { placeKind: 'paragraph', paragraph: place.paragraph, character: place.character, excerpt: place.excerpt },
        }
      : {}),
  };
}

function location(file: string, span: Span) {
  return {
    physicalLocation: {
      artifactLocation: artifactOf(file),
      region: { startLine: span.start.line, startColumn: span.start.column, endLine: span.end.line, endColumn: span.end.column },
    },
  };
}

/** A relative path as a URI reference under %SRCROOT%; an absolute one as a file: URI. */
export function artifactOf(file: string): { uri: string; uriBaseId?: string } {
  const posix = file.replace(/\\/g, '/');
  if (/^[A-Za-z]:\//.test(posix)) return { uri: `file:///${encodePath(posix)}` };
  if (posix.startsWith('/')) return { uri: `file://${encodePath(posix)}` };
  return { uri: encodePath(posix.replace(/^\.\//, '')), uriBaseId: '%SRCROOT%' };
}

function encodePath(path: string): string {
  return path.split('/').map((segment) => (/^[A-Za-z]:$/.test(segment) ? segment : encodeURIComponent(segment))).join('/');
}
