/**
 * One value per key object, built on first use: phrase indexes are compiled once per distinct set of
 * options (defaults, or one configuration file), not once per letter.
 */
export function memoize<K extends object, V>(build: (key: K) => V): (key: K) => V {
  const cache = new WeakMap<K, V>();
  return (key) => {
    let value = cache.get(key);
    if (value === undefined) {
      value = build(key);
      cache.set(key, value);
    }
    return value;
  };
}
