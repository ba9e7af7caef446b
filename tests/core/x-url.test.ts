import { describe, expect, it } from 'vitest';
import { isXUrl, parseStatusUrl } from '../../src/core/x-url';

describe('parseStatusUrl', () => {
  it.each([
    ['https://x.com/dotey/status/1910445678658281935', 'dotey', '1910445678658281935'],
    ['https://twitter.com/a_b/status/1567177071725793283?s=46', 'a_b', '1567177071725793283'],
    ['https://x.com/rxin/status/2001122758730899659/history', 'rxin', '2001122758730899659'],
    ['https://x.com/i/status/2066933826740535440', null, '2066933826740535440'],
    ['https://mobile.twitter.com/i/web/status/1', null, '1'],
  ])('%s', (url, handle, statusId) => {
    expect(parseStatusUrl(url)).toEqual({ handle, statusId });
  });

  it('rejects what is not a status', () => {
    expect(parseStatusUrl('https://x.com/i/grok?conversation=1989012079643357360')).toBeNull();
    expect(parseStatusUrl('https://x.com/karpathy')).toBeNull();
    expect(parseStatusUrl('https://example.com/a/status/1')).toBeNull();
    expect(isXUrl('https://x.com/karpathy')).toBe(true);
    expect(isXUrl('https://xx.com/')).toBe(false);
  });
});
