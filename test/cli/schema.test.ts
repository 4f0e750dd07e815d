import { describe, expect, it } from 'vitest';
import { cli } from '../support/cli.js';

describe('report-lint schema', () => {
  it.each(['outline', 'extract', 'row', 'diff', 'review'])('prints the JSON Schema of %s', (name) => {
    const r = cli(['schema', name]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout) as { $schema: string; type: string; properties: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.type).toBe('object');
    expect(Object.keys(schema.properties).length).toBeGreaterThan(3);
  });

  it('names the recursive section type', () => {
    const schema = JSON.parse(cli(['schema', 'outline']).stdout) as { $defs: Record<string, unknown> };
    expect(Object.keys(schema.$defs)).toContain('Section');
  });

  it('refuses an unknown output with exit 2', () => {
    const r = cli(['schema', 'nonsense']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/nonsense/);
  });
});
