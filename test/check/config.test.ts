import { describe, expect, it } from 'vitest';
import { Config } from '../../src/check/config.js';
import { mergeConfigs } from '../../src/check/merge-config.js';
import { describeIssue } from '../../src/check/issue.js';
import { ConfigError, parseRuleFlag, resolveSettings } from '../../src/check/settings.js';
import { RULES } from '../../src/rules/registry.js';

describe('config', () => {
  it('accepts ESLint-style severities and [severity, options]', () => {
    const config = Config.parse({ profile: 'fazhi', lang: 'en', rules: { 'vague-date': 'off', 'repeated-sentence': ['warn', { minLength: 30 }], 'placeholder': 2 } });
    const settings = resolveSettings(RULES, config);
    expect(settings.get('vague-date')).toEqual({ severity: 'off', options: {} });
    expect(settings.get('repeated-sentence')).toEqual({ severity: 'warning', options: { minLength: 30 } });
    expect(settings.get('placeholder')?.severity).toBe('error');
    expect(settings.get('title-missing')?.severity).toBe('warning');
  });

  it('fills in option defaults', () => {
    expect(resolveSettings(RULES).get('repeated-sentence')?.options).toEqual({ minLength: 20 });
  });

  it('rejects unknown keys, unknown rules and bad options with a message naming them', () => {
    expect(Config.safeParse({ rule: {} }).success).toBe(false);
    expect(() => resolveSettings(RULES, { rules: { 'no-such-rule': 'off' } })).toThrow(/unknown rule “no-such-rule”/);
    expect(() => resolveSettings(RULES, { rules: { 'repeated-sentence': ['warn', { minLength: -1 }] } })).toThrow(
      /options of rule “repeated-sentence”: minLength: expected a value > 0/,
    );
    expect(() => resolveSettings(RULES, { rules: { 'placeholder': ['warn', { x: 1 }] } })).toThrow(ConfigError);
    const described = (value: unknown) => {
      const r = Config.safeParse(value);
      return r.success ? 'ok' : r.error.issues.map(describeIssue);
    };
    expect(described({ rules: { 'vague-date': 'loud' } })).toEqual(['rules.vague-date: expected "off", "warn" or "error" (or 0, 1, 2), or ["warn", { options }]']);
    expect(described({ profile: 'x' })).toEqual(['profile: expected one of "fazhi", "gzbg", "generic"']);
    expect(described([1])).toEqual(['expected an object']);
  });

  it('merges layers, later winning; a severity alone keeps earlier options', () => {
    const merged = mergeConfigs(
      { profile: 'fazhi', rules: { 'repeated-sentence': ['warn', { minLength: 30 }], 'vague-date': 'error' } },
      { lang: 'en', rules: { 'repeated-sentence': 'error' } },
      { profile: 'gzbg' },
    );
    expect(merged).toEqual({ profile: 'gzbg', lang: 'en', rules: { 'repeated-sentence': ['error', { minLength: 30 }], 'vague-date': 'error' } });
  });

  it('parses --rule id=severity', () => {
    expect(parseRuleFlag('vague-date=off')).toEqual(['vague-date', 'off']);
    expect(parseRuleFlag('placeholder=warn')).toEqual(['placeholder', 'warn']);
    expect(parseRuleFlag('placeholder=2')).toEqual(['placeholder', 2]);
    expect(() => parseRuleFlag('placeholder')).toThrow(/expected <rule-id>=off\|warn\|error/);
    expect(() => parseRuleFlag('placeholder=loud')).toThrow(ConfigError);
  });
});
