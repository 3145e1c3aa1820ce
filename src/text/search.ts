// Binary search over items in order, shared by every place that looks up an offset among sorted
// ranges (words, terms, metric starts, excluded ranges).

/** The index of the first item for which `before` is false; `before` must hold for a prefix of the items. */
export function firstIndex<T>(items: readonly T[], before: (item: T) => boolean): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(items[mid]!)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
