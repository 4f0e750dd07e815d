import { describe, expect, it } from 'vitest';
import pkg from '../../package.json' with { type: 'json' };
import { cli } from '../support/cli.js';

const CLEAN = 'fixtures/drafts/fazhi-clean.txt';

/** A usage error: exactly one line on stderr, `report-lint: …`, exit 2, nothing on stdout. */
const expectUsageError = (args: string[], pattern: RegExp) => {
  const r = cli(args);
  expect(r.code).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toMatch(/^report-lint: [^\n]+ \(report-lint --help for usage\)\n$/);
  expect(r.stderr).toMatch(pattern);
};

describe('bad arguments: one line on stderr, exit 2', () => {
  it.each([
    [[CLEAN, '--lang', 'fr'], /^report-lint: option '--lang <lang>' argument 'fr' is invalid\. Allowed choices are zh, en\. \(/],
    [[CLEAN, '--profile', 'bogus'], /argument 'bogus' is invalid\. Allowed choices are fazhi, gzbg, generic\./],
    [[CLEAN, '--format', 'xml'], /argument 'xml' is invalid\. Allowed choices are stylish, json, sarif, github, markdown\./],
    [[CLEAN, '--bogus'], /^report-lint: unknown option '--bogus'/],
    [[CLEAN, '--max-warnings', '-1'], /option '--max-warnings <n>' argument '-1' is invalid/],
    [['schema', 'bogus'], /value 'bogus' is invalid for argument 'output'\. Allowed choices are outline/],
    [['diff', 'a', 'b', 'c'], /too many arguments for 'diff'/],
    [['diff', 'onlyone.txt'], /missing required argument 'new'/],
    [['outline'], /missing required argument 'paths'/],
  ])('%j', (args, pattern) => expectUsageError(args, pattern));

  it('a suggestion commander adds on a line of its own stays on the one line', () => {
    expectUsageError([CLEAN, '--quite'], /^report-lint: unknown option '--quite' \(Did you mean --quiet\?\) \(report-lint --help/);
  });

  it('--help and --version still exit 0 on stdout', () => {
    const help = cli(['--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toMatch(/^Usage: report-lint/);
    expect(help.stderr).toBe('');
    expect(cli(['diff', '--help']).code).toBe(0);
    expect(cli(['--version'])).toEqual({ code: 0, stdout: `${pkg.version}\n`, stderr: '' });
  });
});

describe('counts and percentages: plain decimal numbers only', () => {
  it.each(['', '1e3', '0x10', ' 5', '5 ', '1.5', '+3', 'Infinity'])('--max-warnings %j is refused', (value) => {
    expectUsageError([CLEAN, '--max-warnings', value], /option '--max-warnings <n>' argument '.*' is invalid\. expected a whole number ≥ 0/);
  });

  it('--max-warnings 0 and 007 are counts', () => {
    expect(cli([CLEAN, '--max-warnings', '0']).code).toBe(0);
    expect(cli([CLEAN, '--max-warnings', '007']).code).toBe(0);
  });

  it.each(['', ' ', '-1', '1e3', '0x10', '5%%', 'Infinity'])('diff --min-change %j is refused', (value) => {
    expectUsageError(['diff', CLEAN, CLEAN, '--min-change', value], /option '--min-change <percent>' argument '.*' is invalid\. expected a percentage ≥ 0/);
  });

  it.each(['5', '5%', '0.5', '.5', '10.'])('diff --min-change %j is a percentage', (value) => {
    expect(cli(['diff', CLEAN, CLEAN, '--min-change', value]).code).toBe(0);
  });
});
