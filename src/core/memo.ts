import type { Dataset } from './schema';

/**
 * Caches a value derived from a dataset. Datasets are never changed once built (a pack merge
 * makes a new one), so a result stays valid for as long as its dataset lives.
 */
export function perDataset<T>(build: (d: Dataset) => T): (d: Dataset) => T {
  const cache = new WeakMap<Dataset, T>();
  return (d) => {
    let value = cache.get(d);
    if (value === undefined) cache.set(d, (value = build(d)));
    return value;
  };
}
