/**
 * A memo of the last `limit` results, by key: for work a build repeats on neighbouring pages (a
 * readout's pages are built one after another), without keeping every page's result in a large
 * collection. The result used last is the last to go.
 */
export function recent<K, V>(limit: number): (key: K, make: () => V) => V {
  const kept = new Map<K, V>();
  return (key, make) => {
    const value = kept.has(key) ? kept.get(key)! : make();
    kept.delete(key);
    kept.set(key, value);
    if (kept.size > limit) kept.delete(kept.keys().next().value!);
    return value;
  };
}
