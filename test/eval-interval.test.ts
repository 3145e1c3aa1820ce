// The eval's 95 % intervals: Wilson's score interval, checked against values worked by hand from
// the formula and against what any interval of a proportion must do.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatInterval, wilson } from '../src/eval/interval.js';

describe('the Wilson interval', () => {
  it('gives the published bounds', () => {
    // 0 of 3: the upper bound is z²/(n + z²) = 3.8415/6.8415.
    expect(wilson(0, 3)![1]).toBeCloseTo(0.5615, 4);
    expect(wilson(0, 3)![0]).toBe(0);
    expect(wilson(45, 66)![0]).toBeCloseTo(0.5621, 4);
    expect(wilson(45, 66)![1]).toBeCloseTo(0.7815, 4);
    expect(wilson(10, 10)).toEqual([expect.closeTo(0.7225, 4), 1]);
    expect(wilson(346, 391)![0]).toBeCloseTo(0.8495, 4);
  });

  it('holds the measured share, stays in [0, 1], and narrows as the same share is measured on more', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2000 }), fc.double({ min: 0, max: 1, noNaN: true }), (n, share) => {
        const k = Math.round(share * n);
        const [lo, hi] = wilson(k, n)!;
        expect(lo).toBeGreaterThanOrEqual(0);
        expect(hi).toBeLessThanOrEqual(1);
        expect(lo).toBeLessThanOrEqual(k / n + 1e-12);
        expect(hi).toBeGreaterThanOrEqual(k / n - 1e-12);
        const [lo4, hi4] = wilson(4 * k, 4 * n)!;
        expect(hi4 - lo4).toBeLessThan(hi - lo);
      }),
    );
  });

  it('has nothing to say of no trials, and refuses counts that cannot be', () => {
    expect(wilson(0, 0)).toBeUndefined();
    expect(formatInterval(0, 0)).toBe('—');
    expect(formatInterval(45, 66)).toBe('0.56–0.78');
    expect(() => wilson(3, 2)).toThrow(RangeError);
    expect(() => wilson(-1, 2)).toThrow(RangeError);
    expect(() => wilson(0.5, 2)).toThrow(RangeError);
  });
});
