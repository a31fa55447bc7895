// The figures check as a function, so the test can run it on the real data and on mutated
// copies: a check that cannot fail on a wrong table is no check.
import { EDITORIAL } from '../../src/core/editorial';
import type { Dataset } from '../../src/core/schema';

/** Where in its article a pay figure sits, so its role cannot be swapped unnoticed. */
export type Place =
  | { heading: true } // the nearest role heading before the quote (see ROLE_HEADINGS)
  | { column: 0 | 1 } // a two-column table row; COLUMN_ROLES says which role each column is
  | { mentions: string }; // the quote itself names the role

export type Row =
  | {
      kind: 'pay';
      role: string;
      level: string;
      pay: string;
      region: string;
      min: number | null;
      max: number | null;
      source: string;
      quote: string;
      place: Place;
    }
  | {
      kind: 'metric';
      id: string;
      min: number;
      max: number;
      unit: string;
      roles: string[];
      source: string;
      quote: string;
    }
  | { kind: 'months'; from: string; to: string; min: number; max: number; source: string; quote: string }
  | { kind: 'text'; source: string; quote: string };

/** Role headings per source, as the article writes them. */
export const ROLE_HEADINGS: Record<string, Record<string, string>> = {
  'ai-pulse': { 'ml-engineer': 'ML Engineer Salary (2026)', 'data-engineer': 'Data Engineer Salary (2026)' },
  'interview-kickstart': {
    'data-engineer': 'Data Engineer (average in us)',
    'ml-engineer': 'ML Engineer (average in us)',
  },
};
/** Two-column tables: which role each column is, with the header line that says so. */
export const COLUMN_ROLES: Record<string, { header: string; roles: [string, string] }> = {
  'career-compare': {
    header: '| Factor | Data Engineer | Machine Learning Engineer |',
    roles: ['data-engineer', 'ml-engineer'],
  },
  skilldential: {
    header: '| Region | Machine Learning Engineer (Mid-Senior) | Data Engineer (Mid-Senior) |',
    roles: ['ml-engineer', 'data-engineer'],
  },
  datadriven: { header: 'DimensionData EngineerML Engineer', roles: ['data-engineer', 'ml-engineer'] },
};

/** Every figure in a text, in order: "$115K" → 115000, "₦3.5m" → 3500000, "48%" → 48. Not the 5 of "L5". */
export function figures(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(/(?<![A-Za-z0-9.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(?:\s?([kKmMbB])(?![a-zA-Z]))?/g)) {
    const n = Number(m[1]!.replace(/,/g, ''));
    const mult = { k: 1e3, m: 1e6, b: 1e9 }[(m[2] ?? '').toLowerCase() as 'k' | 'm' | 'b'] ?? 1;
    out.push(Math.round(n * mult * 1000) / 1000);
  }
  return out;
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
const has = (xs: number[], n: number) => xs.some((x) => near(x, n));

function roleAt(article: string, source: string, at: number): string | undefined {
  let best: [number, string] | undefined;
  for (const [role, heading] of Object.entries(ROLE_HEADINGS[source] ?? {})) {
    for (let i = article.indexOf(heading); i >= 0 && i < at; i = article.indexOf(heading, i + 1))
      if (!best || i > best[0]) best = [i, role];
  }
  return best?.[1];
}

/** Every number a statement states, with where, for the coverage check. */
function statedNumbers(d: Dataset): { path: string; sources: string[]; value: number }[] {
  const out: { path: string; sources: string[]; value: number }[] = [];
  const walk = (v: unknown, path: string, sources: string[]) => {
    if (typeof v === 'number') out.push({ path, sources, value: v });
    else if (typeof v === 'string') for (const n of figures(v)) out.push({ path, sources, value: n });
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, `${path}[${i}]`, sources));
    else if (v && typeof v === 'object') {
      const o = v as Record<string, unknown>;
      const own =
        typeof o.source === 'string' ? [o.source] : Array.isArray(o.sources) ? (o.sources as string[]) : sources;
      if (own.includes(EDITORIAL)) return; // Career Lens's own reading: labelled, not checked against a source
      for (const [k, x] of Object.entries(o)) {
        if (
          ['id', 'source', 'sources', 'editorial', 'weights', 'role', 'roles', 'skill', 'owners', 'openEnded'].includes(
            k,
          )
        )
          continue;
        walk(x, `${path}.${k}`, own);
      }
    }
  };
  for (const [section, entries] of Object.entries(d)) {
    // Sources describe themselves; skills are editorial by schema; quiz weights are editorial.
    if (section === 'sources' || section === 'skills' || section === 'backgrounds') continue;
    walk(entries, `$.${section}`, []);
  }
  return out;
}

/**
 * Problems with the data or the table: a quote not in its article, a quote without its
 * row's numbers, a figure pinned to the wrong role, a field that differs from its row, a
 * metric's roles that differ, and any number in the data that no checked row covers.
 */
export function figureProblems(d: Dataset, rows: Row[], articles: Record<string, string>): string[] {
  const problems: string[] = [];
  const covered = new Map<string, number[]>();
  for (const row of rows) {
    const name = `${row.kind} ${row.kind === 'pay' ? `${row.role}/${row.level}/${row.pay}` : row.kind === 'metric' ? row.id : row.kind === 'months' ? `${row.from}->${row.to}` : ''} (${row.source})`;
    const article = articles[row.source];
    if (article === undefined) {
      problems.push(`${name}: no article for source '${row.source}'`);
      continue;
    }
    const at = article.indexOf(row.quote);
    if (at < 0) {
      problems.push(`${name}: "${row.quote}" is not in the article`);
      continue;
    }
    const nums = figures(row.quote);
    covered.set(row.source, [...(covered.get(row.source) ?? []), ...nums]);
    const need = row.kind === 'text' ? [] : [...new Set([row.min, row.max].filter((n): n is number => n !== null))];
    for (const n of need) if (!has(nums, n)) problems.push(`${name}: the quote does not contain ${n}`);
    if (row.kind === 'pay') {
      const hits = d.compensation.filter(
        (c) =>
          c.role === row.role &&
          c.level === row.level &&
          c.kind === row.pay &&
          c.region === row.region &&
          c.source === row.source,
      );
      if (hits.length !== 1) {
        problems.push(`${name}: ${hits.length} matching figures in the data`);
        continue;
      }
      if (hits[0]!.min !== row.min || hits[0]!.max !== row.max)
        problems.push(`${name}: data says ${hits[0]!.min}–${hits[0]!.max}, the row ${row.min}–${row.max}`);
      const p = row.place;
      if ('heading' in p && roleAt(article, row.source, at) !== row.role)
        problems.push(`${name}: the quote sits under another role's heading`);
      if ('column' in p) {
        const table = COLUMN_ROLES[row.source];
        if (!table || !article.includes(table.header)) problems.push(`${name}: no table header for '${row.source}'`);
        else if (table.roles[p.column] !== row.role)
          problems.push(`${name}: column ${p.column} is ${table.roles[p.column]}, not ${row.role}`);
        const single = row.min === row.max || row.max === null;
        const mine = single ? [nums[p.column]] : [nums[2 * p.column], nums[2 * p.column + 1]];
        if (!need.every((n, i) => mine[i] !== undefined && near(mine[i]!, n)))
          problems.push(`${name}: column ${p.column} of the quote is not ${need.join('–')}`);
      }
      if ('mentions' in p && !row.quote.includes(p.mentions))
        problems.push(`${name}: the quote does not mention "${p.mentions}"`);
    } else if (row.kind === 'metric') {
      const m = d.metrics.find((x) => x.id === row.id);
      if (!m) {
        problems.push(`${name}: no such metric`);
        continue;
      }
      if (m.min !== row.min || m.max !== row.max || m.unit !== row.unit || m.source !== row.source)
        problems.push(`${name}: data says ${m.min}–${m.max} ${m.unit} (${m.source})`);
      if ([...m.roles].sort().join(',') !== [...row.roles].sort().join(','))
        problems.push(`${name}: data gives roles [${m.roles.join(', ')}], the article [${row.roles.join(', ')}]`);
    } else if (row.kind === 'months') {
      const t = d.transitions.filter((x) => x.from === row.from && x.to === row.to && x.source === row.source);
      if (t.length !== 1 || t[0]!.monthsMin !== row.min || t[0]!.monthsMax !== row.max)
        problems.push(`${name}: data says ${t.map((x) => `${x.monthsMin}–${x.monthsMax}`).join(', ') || 'nothing'}`);
    }
  }
  for (const n of statedNumbers(d)) {
    if (!n.sources.length) {
      problems.push(`${n.path}: ${n.value} has no source and is not editorial`);
      continue;
    }
    if (!n.sources.some((s) => has(covered.get(s) ?? [], n.value)))
      problems.push(`${n.path}: ${n.value} (${n.sources.join(', ')}) is not covered by a checked row`);
  }
  return problems;
}
