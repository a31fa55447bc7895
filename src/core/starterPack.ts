// The starter pack *Career Lens: New Data Pack…* writes: the schema attached, one source of the
// team's own, and one example of each kind of entry, each citing that source. The examples are
// the built-in data's first entry of each section, re-cited and renamed, so they are valid by
// construction and stay valid as the schema grows (a unit test applies the result).
import { SECTION_NAMES, type Dataset } from './schema';

export const STARTER_SOURCE = 'my-team-survey';

/** Sections whose ids other entries point at: their example gets a new id and a name that says so. */
const NAMED: Partial<Record<string, string>> = {
  roles: 'Example role',
  skills: 'Example skill',
  backgrounds: 'Example background',
};

function recite(entry: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...entry };
  if ('source' in out) {
    out.source = STARTER_SOURCE;
    delete out.editorial;
    // A quiz answer quotes the words of its source it rests on; the article's words are not the team's.
    if ('weights' in out) out.quote = 'the words of your source this answer rests on';
  }
  if (Array.isArray(out.sources)) out.sources = [STARTER_SOURCE];
  for (const list of ['values', 'options'] as const) {
    if (Array.isArray(out[list])) out[list] = (out[list] as Record<string, unknown>[]).map(recite);
  }
  return out;
}

export function starterPack(d: Dataset, schemaUrl: string): Record<string, unknown> {
  const pack: Record<string, unknown> = {
    $schema: schemaUrl,
    sources: [
      {
        id: STARTER_SOURCE,
        publisher: 'My team',
        title: 'Our own pay survey (replace with yours)',
        asOf: '2026',
        basis: 'What the figures rest on: how many people, which year',
      },
    ],
  };
  for (const section of SECTION_NAMES) {
    if (section === 'sources') continue;
    const first = (d[section] as Record<string, unknown>[])[0];
    if (!first) continue;
    const example = recite(first);
    if (typeof example.id === 'string') example.id = `example-${example.id}`.slice(0, 80);
    const name = NAMED[section];
    if (name) example.name = name;
    if (section === 'roles') example.aliases = [];
    pack[section] = [example];
  }
  // What the built-in data has no example of: a company's levels, and a survey's percentiles.
  pack.levels = [{ company: 'IC3', level: 'mid', source: STARTER_SOURCE }];
  (pack.compensation as unknown[]).push({
    id: 'example-survey-de-ic3',
    role: 'data-engineer',
    companyLevel: 'IC3',
    region: 'us',
    currency: 'USD',
    period: 'year',
    kind: 'total',
    percentiles: { p10: 120000, p25: 135000, p50: 150000, p75: 168000, p90: 185000 },
    sampleSize: 42,
    surveyDate: '2026-03',
    source: STARTER_SOURCE,
  });
  return pack;
}
