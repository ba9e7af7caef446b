import { describe, expect, it } from 'vitest';
import { isPromoted, promotedSignals } from '../../src/core/promoted';

describe('promoted posts', () => {
  it('a dated post is never an ad, whatever it says', () => {
    const input = { undated: false, othersDated: true, text: 'Sign up now! https://a.example/?twclid=1 #deal #sale' };
    expect(promotedSignals(input)).toEqual([]);
    expect(isPromoted(input)).toBe(false);
  });

  it('an undated author line among dated posts is an ad', () => {
    expect(isPromoted({ undated: true, othersDated: true, text: 'Talk therapy online.' })).toBe(true);
  });

  it('an undated post alone needs a supporting signal', () => {
    expect(isPromoted({ undated: true, othersDated: false, text: 'Plain words.' })).toBe(false);
    expect(isPromoted({ undated: true, othersDated: false, text: 'Get 80% off: https://v.example/?utm_source=x' })).toBe(true);
  });

  it('names every signal that fired', () => {
    expect(promotedSignals({ undated: true, othersDated: true, text: '官网：http://v.example/?twclid=2 #vpn开发 #vpn' })).toEqual([
      'no date on the author line',
      'tracking link',
      'hashtags',
      'call to action',
    ]);
  });
});
