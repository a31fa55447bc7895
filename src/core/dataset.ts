import { DataPack, type Dataset } from './schema';

export function mergePacks(packs: DataPack[]): Dataset {
  const merged: Dataset = { sources: [], roles: [] };
  for (const pack of packs) {
    for (const key of ['sources', 'roles'] as const) {
      const byId = new Map(merged[key].map((e) => [e.id, e] as const));
      for (const entry of pack[key] ?? []) byId.set(entry.id, entry);
      (merged as unknown as Record<string, unknown[]>)[key] = [...byId.values()];
    }
  }
  return merged;
}

export function parsePack(json: unknown): DataPack {
  return DataPack.parse(json);
}
