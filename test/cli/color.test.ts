import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { wantsColor } from '../../src/cli/io.js';
import { cli } from '../support/cli.js';
import { BIN, ROOT, SEED } from '../support/paths.js';

const ESC = /\u001b\[/;
const onTerminal = () => true;
const notTerminal = () => false;

describe('wantsColor', () => {
  it('a terminal gets colour; a pipe or TERM=dumb does not', () => {
    expect(wantsColor({}, onTerminal)).toBe(true);
    expect(wantsColor({}, notTerminal)).toBe(false);
    expect(wantsColor({ TERM: 'dumb' }, onTerminal)).toBe(false);
  });

  it('NO_COLOR set to a non-empty value wins over everything, FORCE_COLOR included', () => {
    for (const force of [undefined, '', '1', '3', 'true']) {
      expect(wantsColor({ NO_COLOR: '1', FORCE_COLOR: force }, onTerminal)).toBe(false);
      expect(wantsColor({ NO_COLOR: 'yes', FORCE_COLOR: force }, notTerminal)).toBe(false);
    }
  });

  it('NO_COLOR set to the empty string does not turn colour off (no-color.org)', () => {
    expect(wantsColor({ NO_COLOR: '' }, onTerminal)).toBe(true);
    expect(wantsColor({ NO_COLOR: '', FORCE_COLOR: '1' }, notTerminal)).toBe(true);
  });

  it('FORCE_COLOR=0 or false turns colour off even on a terminal; other values turn it on anywhere', () => {
    expect(wantsColor({ FORCE_COLOR: '0' }, onTerminal)).toBe(false);
    expect(wantsColor({ FORCE_COLOR: 'false' }, onTerminal)).toBe(false);
    for (const force of ['', '1', '2', 'true']) expect(wantsColor({ FORCE_COLOR: force }, notTerminal)).toBe(true);
  });

  it('does not ask about the terminal when the environment decides', () => {
    const ask = () => {
      throw new Error('asked');
    };
    expect(wantsColor({ NO_COLOR: '1' }, ask)).toBe(false);
    expect(wantsColor({ FORCE_COLOR: '1' }, ask)).toBe(true);
  });
});

describe('colour in the CLI, through a pipe', () => {
  const run = (env: Record<string, string>) => cli([SEED], { env: { NO_COLOR: '', ...env } });

  it('FORCE_COLOR colours a pipe, unless NO_COLOR is set', () => {
    expect(run({ FORCE_COLOR: '1' }).stdout).toMatch(ESC);
    expect(run({ FORCE_COLOR: '1', NO_COLOR: '1' }).stdout).not.toMatch(ESC);
    expect(run({}).stdout).not.toMatch(ESC);
  });
});

// `script` (util-linux) runs the CLI on a pseudo-terminal, the one place colour is on by default.
const hasScript = spawnSync('script', ['-qec', 'true', '/dev/null'], { stdio: 'ignore' }).status === 0;
if (!hasScript) console.warn('SKIPPED: `script` is not available; colour on a real terminal was not tested');

describe.skipIf(!hasScript)('colour in the CLI, on a terminal', () => {
  const onTty = (env: Record<string, string | undefined>) => {
    const command = `'${process.execPath}' '${BIN}' '${SEED}'`;
    const r = spawnSync('script', ['-qec', command, '/dev/null'], {
      cwd: ROOT,
      encoding: 'utf8',
      input: '',
      env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined, TERM: 'xterm', ...env },
    });
    return r.stdout;
  };

  it('a terminal is coloured; NO_COLOR=1 or FORCE_COLOR=0 is not; NO_COLOR= (empty) is', () => {
    expect(onTty({})).toMatch(ESC);
    expect(onTty({ NO_COLOR: '1' })).not.toMatch(ESC);
    expect(onTty({ NO_COLOR: '1', FORCE_COLOR: '1' })).not.toMatch(ESC);
    expect(onTty({ FORCE_COLOR: '0' })).not.toMatch(ESC);
    expect(onTty({ NO_COLOR: '' })).toMatch(ESC);
  });
});
