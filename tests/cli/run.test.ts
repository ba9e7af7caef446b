import { describe, expect, it } from 'vitest';
import { cliSandbox } from './sandbox';

const { xcap } = cliSandbox('xcap-run-');

describe('xcap dispatcher', () => {
  it('prints the help on stdout when asked, exit 0', async () => {
    for (const args of [['--help'], ['-h'], ['help']]) {
      const r = await xcap(...args);
      expect(r.code).toBe(0);
      expect(r.out).toContain('Usage: xcap <command> [options]');
      expect(r.err).toBe('');
    }
  });

  it('prints a command usage for `help NAME` and `NAME --help`, exit 0', async () => {
    expect((await xcap('help', 'scan')).out).toMatch(/^Usage: xcap scan DIR/);
    expect((await xcap('scan', '--help')).out).toMatch(/^Usage: xcap scan DIR/);
  });

  it('without a command or with an unknown one, explains on stderr and exits 2', async () => {
    const none = await xcap();
    expect(none.code).toBe(2);
    expect(none.out).toBe('');
    expect(none.err).toContain('Usage: xcap <command> [options]');
    const unknown = await xcap('bogus');
    expect(unknown.code).toBe(2);
    expect(unknown.err).toMatch(/^xcap: unknown command "bogus"\n/);
    const unknownHelp = await xcap('help', 'bogus');
    expect(unknownHelp.code).toBe(2);
    expect(unknownHelp.err).toMatch(/^xcap: unknown command "bogus"\n/);
  });
});
