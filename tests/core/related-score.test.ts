import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MIN_STRENGTH, WEIGHTS, compareRanked, rarityStrength, scoreOf, selectTop, strengths } from '../../src/core/related/score';
import { REASON_KINDS } from '../../src/core/related';

describe('selectTop', () => {
  it('returns the k first items of the sorted list (paths are unique, so the order is total)', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.record({ score: fc.integer({ min: 0, max: 5 }), path: fc.string({ maxLength: 3 }) }), { selector: (r) => r.path }), fc.integer({ min: 0, max: 12 }), (items, k) => {
        const sorted = [...items].sort(compareRanked);
        expect(selectTop(items, k, compareRanked)).toEqual(sorted.slice(0, k));
        expect(selectTop(items, Infinity, compareRanked)).toEqual(sorted);
      }),
    );
  });
});

describe('scoreOf', () => {
  it('is the weighted sum of the strengths, soft reasons below their threshold left out', () => {
    fc.assert(
      fc.property(
        fc.record({
          sharedIds: fc.nat(3),
          sameAuthor: fc.boolean(),
          peopleIdf: fc.double({ min: 0, max: 20, noNaN: true }),
          tagsIdf: fc.double({ min: 0, max: 20, noNaN: true }),
          textBm25: fc.double({ min: 0, max: 100, noNaN: true }),
          linked: fc.boolean(),
        }),
        fc.double({ min: 20, max: 200, noNaN: true }),
        (e, norm) => {
          const s = strengths(e, norm);
          let sum = 0;
          for (const kind of REASON_KINDS) sum += WEIGHTS[kind] * s[kind];
          expect(scoreOf(e.sharedIds, e.sameAuthor, e.peopleIdf, e.tagsIdf, e.textBm25, e.linked, norm)).toBe(sum);
          for (const kind of ['people', 'tags', 'text'] as const) expect(s[kind] === 0 || s[kind] >= MIN_STRENGTH[kind]).toBe(true);
        },
      ),
    );
  });

  it('lets one rare shared item count more than several common ones', () => {
    // idf of an item 2 in 10,000 captures have, against three that 900 have.
    const rare = Math.log(1 + (10_000 - 2 + 0.5) / 2.5);
    const common = Math.log(1 + (10_000 - 900 + 0.5) / 900.5);
    expect(rarityStrength(rare)).toBeGreaterThan(rarityStrength(3 * common));
  });
});
