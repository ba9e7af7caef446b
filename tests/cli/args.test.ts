import { describe, expect, it } from 'vitest';
import { parseArgs, positiveInteger } from '../../src/cli/args';
import { UsageError } from '../../src/cli/command';

const SPEC = { '--json': 'flag', '--out': 'value' } as const;

describe('parseArgs', () => {
  it('takes values spaced or after "=", aliases, and paths in order', () => {
    const p = parseArgs(['a.md', '--out', 'x.html', '--json', '-', '-o', 'y.html', 'b.md'], SPEC, { '-o': '--out' });
    expect([...p.flags]).toEqual(['--json']);
    expect(p.values.get('--out')).toBe('y.html');
    expect(p.positional).toEqual(['a.md', '-', 'b.md']);
    expect(parseArgs(['--out=a=b'], SPEC).values.get('--out')).toBe('a=b');
  });

  it('takes everything after "--" as paths', () => {
    expect(parseArgs(['--json', '--', '--out', '-x.md'], SPEC).positional).toEqual(['--out', '-x.md']);
  });

  it('refuses unknown options, missing values and values given to flags', () => {
    expect(() => parseArgs(['--bogus'], SPEC)).toThrow(new UsageError('unknown option --bogus'));
    expect(() => parseArgs(['--bogus=1'], SPEC)).toThrow(new UsageError('unknown option --bogus'));
    expect(() => parseArgs(['--out'], SPEC)).toThrow(new UsageError('--out needs a value'));
    expect(() => parseArgs(['--out='], SPEC)).toThrow(new UsageError('--out needs a value'));
    expect(() => parseArgs(['--json=yes'], SPEC)).toThrow(new UsageError('--json takes no value'));
  });
});

describe('positiveInteger', () => {
  it('takes whole numbers above 0 only', () => {
    expect(positiveInteger('--top', '3')).toBe(3);
    for (const bad of ['0', '-1', '1.5', 'x', '']) expect(() => positiveInteger('--top', bad)).toThrow(UsageError);
  });
});
