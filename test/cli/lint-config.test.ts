import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';
import { SEED } from '../support/paths.js';

/** A project: root/report-lint.config.json, root/sub/.reportlintrc.json, the seed in both. */
function project(rootConfig: unknown, subConfig?: unknown) {
  const root = mkdtempSync(join(tmpdir(), 'report-lint-config-'));
  const sub = join(root, 'sub');
  mkdirSync(sub);
  const seed = readFileSync(SEED);
  writeFileSync(join(root, 'a.txt'), seed);
  writeFileSync(join(sub, 'b.txt'), seed);
  writeFileSync(join(root, 'report-lint.config.json'), typeof rootConfig === 'string' ? rootConfig : JSON.stringify(rootConfig));
  if (subConfig !== undefined) writeFileSync(join(sub, '.reportlintrc.json'), JSON.stringify(subConfig));
  return { root, sub };
}

const counts = (stdout: string) => /✖ (\d+) 个问题/.exec(stdout)?.[1] ?? '0';

describe('config files', () => {
  it('are found upward from each report; the nearest one applies', () => {
    const { root } = project({ rules: { 'half-width-punctuation': 'off' } }, { rules: { 'vague-date': 'off' } });
    const r = cli(['a.txt', 'sub/b.txt'], { cwd: root });
    // a.txt: 7 warnings (punctuation off); sub/b.txt: its own config only, 212 + 4.
    expect(r.stdout).toMatch(/a\.txt\n(?: .*\n)*\nsub\/b\.txt/);
    expect(r.stdout.split('sub/b.txt')[0]).not.toContain('half-width-punctuation');
    expect(r.stdout.split('sub/b.txt')[1]).toContain('half-width-punctuation');
    expect(r.stdout.split('sub/b.txt')[1]).not.toContain('vague-date');
    expect(counts(r.stdout)).toBe(String(7 + 212 + 4));
  });

  it('set severities with options, the language and the profile', () => {
    const { root } = project({ lang: 'en', profile: 'generic', rules: { 'half-width-punctuation': 'warn', 'repeated-sentence': ['error', { minLength: 40 }] } });
    const r = cli(['a.txt'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('warning  Half-width “,”');
    expect(r.stdout).not.toContain('repeated-sentence'); // 37 characters of substance < 40
    expect(r.stdout).not.toContain('shortcoming-causes'); // generic: no required parts
  });

  it('--config names the file, --rule and --lang override it', () => {
    const { root } = project({ rules: {} });
    const config = join(root, 'strict.json');
    writeFileSync(config, JSON.stringify({ rules: { 'vague-date': 'error', 'half-width-punctuation': 'off' } }));
    const r = cli(['a.txt', '--config', config, '--rule', 'vague-date=off', '--lang', 'en'], { cwd: root });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('✖ 4 problems (0 errors, 4 warnings)');
  });

  it('a bad config file: one line naming it and what is wrong, exit 2', () => {
    const syntax = project('{ "rules": ');
    const r = cli(['a.txt'], { cwd: syntax.root });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^report-lint: .*report-lint\.config\.json: 不是有效的 JSON（.*）\n$/);

    // A setting that cannot be used is named by its config file, once for all the reports under it.
    const unknown = project({ rules: { 'no-such-rule': 'off' } });
    const u = cli(['.'], { cwd: unknown.root });
    expect(u.code).toBe(2);
    expect(u.stderr).toBe(`report-lint: ${join(unknown.root, 'report-lint.config.json')}: 未知规则“no-such-rule”（report-lint rules 列出全部规则）\n`);

    const options = project({ rules: { 'repeated-sentence': ['warn', { minLength: 'long' }] } });
    expect(cli(['a.txt'], { cwd: options.root }).stderr).toBe(
      `report-lint: ${join(options.root, 'report-lint.config.json')}: 规则“repeated-sentence”的选项：minLength：应为数字\n`,
    );
    const misspelt = project({ rules: { 'repeated-sentence': ['warn', { minLenght: 30 }] } });
    expect(cli(['a.txt'], { cwd: misspelt.root }).stderr).toBe(
      `report-lint: ${join(misspelt.root, 'report-lint.config.json')}: 规则“repeated-sentence”的选项：未知选项“minLenght”\n`,
    );
    expect(cli([SEED, '--rule', 'HALF-width-punctuation=off']).stderr).toBe('report-lint: --rule：未知规则“HALF-width-punctuation”（report-lint rules 列出全部规则）\n');

    const key = project({ rule: {} });
    expect(cli(['a.txt'], { cwd: key.root }).stderr).toMatch(/report-lint\.config\.json: 未知的键 “rule”\n$/);

    expect(cli([SEED, '--config', 'nope.json'])).toEqual({ code: 2, stdout: '', stderr: 'report-lint: nope.json: 找不到该文件或目录\n' });
  });
});
