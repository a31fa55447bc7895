// What each source contributes to the dataset.
import { perDataset } from './memo';
import { SECTION_NAMES, type Dataset } from './schema';
import type { SourceInfo } from './results';

function citedSources(entry: unknown): string[] {
  const e = entry as {
    source?: string;
    sources?: string[];
    values?: { source: string }[];
    options?: { source: string }[];
  };
  return [
    ...(e.source ? [e.source] : []),
    ...(e.sources ?? []),
    ...(e.values ?? []).map((v) => v.source),
    ...(e.options ?? []).map((o) => o.source),
  ];
}

/** Every source with what it contributes; the same for every comparison of one dataset. */
export const sourceInfos = perDataset((d: Dataset): SourceInfo[] =>
  d.sources.map((s) => {
    const contributes: Record<string, number> = {};
    for (const section of SECTION_NAMES) {
      if (section === 'sources') continue;
      const n = (d[section] as unknown[]).filter((e) => citedSources(e).includes(s.id)).length;
      if (n) contributes[section] = n;
    }
    return {
      id: s.id,
      publisher: s.publisher,
      title: s.title,
      author: s.author,
      asOf: s.asOf,
      basis: s.basis,
      contributes,
      ...(s.trust ? { trust: s.trust } : {}),
    };
  }),
);

/** The sources behind a figure: a compensation, metric, transition, dimension or FAQ id. */
