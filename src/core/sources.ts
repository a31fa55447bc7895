// What each source contributes, and which sources stand behind a given figure.
import { perDataset } from './memo';
import { EDITORIAL, SECTION_NAMES, type Dataset } from './schema';
import type { SourceInfo } from './views';

function citedSources(entry: unknown): string[] {
  const e = entry as { source?: string; sources?: string[]; values?: { source: string }[]; options?: { source: string }[] };
  return [
    ...(e.source ? [e.source] : []),
    ...(e.sources ?? []),
    ...(e.values ?? []).map((v) => v.source),
    ...(e.options ?? []).map((o) => o.source),
  ];
}

/** Every source with what it contributes; the same for every comparison of one dataset. */
export const sourceInfos = perDataset((d: Dataset): SourceInfo[] => d.sources.map((s) => {
    const contributes: Record<string, number> = {};
    for (const section of SECTION_NAMES) {
      if (section === 'sources') continue;
      const n = (d[section] as unknown[]).filter((e) => citedSources(e).includes(s.id)).length;
      if (n) contributes[section] = n;
    }
    return { id: s.id, publisher: s.publisher, title: s.title, author: s.author, asOf: s.asOf, basis: s.basis, contributes };
  }));

/** The sources behind a figure: a compensation, metric, transition, dimension or FAQ id. */
export function sourcesFor(d: Dataset, figureId: string): Dataset['sources'] {
  const sections = ['compensation', 'metrics', 'transitions', 'dimensions', 'faq', 'roles', 'duties', 'guidance', 'genai', 'quiz'] as const;
  for (const section of sections) {
    const hit = (d[section] as { id: string }[]).find((e) => e.id === figureId);
    if (hit) {
      const ids = new Set(citedSources(hit));
      return d.sources.filter((s) => ids.has(s.id));
    }
  }
  return [];
}

/** How an editorial statement is labelled wherever a source label would stand. */
export const EDITORIAL_LABEL = 'Career Lens (editorial)';
export const EDITORIAL_TITLE = "Career Lens's reading, not a figure from a source";

export function sourceLabel(d: Pick<Dataset, 'sources'>, id: string): string {
  if (id === EDITORIAL) return EDITORIAL_LABEL;
  const s = d.sources.find((x) => x.id === id);
  if (!s) return id;
  return s.publisher ? `${s.publisher}${s.asOf ? ` (${s.asOf})` : ''}` : `“${s.title}”`;
}
