// How far a proportion measured on a few letters can be trusted: the Wilson score interval. A test
// half's 45 of 66 says little to two decimals; the interval says which targets are missed for
// certain and which only by the luck of the draw. Wilson's, not the textbook p ± z·√(p(1−p)/n),
// because that one collapses to a point at 0 and 1 and runs outside [0, 1] for small counts.

/** z for a two-sided 95 % interval. */
const Z95 = 1.959963984540054;

/** The 95 % Wilson interval of `k` successes in `n` trials; undefined when there were no trials. */
export function wilson(k: number, n: number, z = Z95): [number, number] | undefined {
  if (!Number.isInteger(k) || !Number.isInteger(n) || k < 0 || n < k) throw new RangeError(`wilson: expected 0 ≤ k ≤ n, got k=${k}, n=${n}`);
  if (n === 0) return undefined;
  const p = k / n;
  const z2 = z * z;
  const centre = (p + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z / (1 + z2 / n)) * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  // At k = 0 or k = n the bound is exactly 0 or 1; rounding must not leave it a hair inside.
  return [k === 0 ? 0 : Math.max(0, centre - half), k === n ? 1 : Math.min(1, centre + half)];
}

/** "0.62–0.79", or "—" with nothing to measure. */
export function formatInterval(k: number, n: number): string {
  const ci = wilson(k, n);
  return ci ? `${ci[0].toFixed(2)}–${ci[1].toFixed(2)}` : '—';
}
