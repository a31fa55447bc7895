// Pay figures by level, one entry per source, never averaged into an invented number.
import type { PayChoice, PayKindChoice } from './payChoices';
import { LEVELS, type Compensation, type Dataset, type Level, type PayKind } from './schema';
import type { PayFigure, Spread } from './results';

/** A pay question: either part may be left open. */
export type PayFilter = Partial<PayChoice>;

/** Which stated kinds answer a base or total question. "unspecified" answers both, marked. */
const KINDS_FOR: Record<PayKindChoice, PayKind[]> = {
  total: ['total', 'average', 'unspecified'],
  base: ['base', 'unspecified'],
};

export function matchesFilter(c: Compensation, f: PayFilter): boolean {
  if (f.kind && !KINDS_FOR[f.kind].includes(c.kind)) return false;
  if (f.region) {
    // USD figures whose source names no region are shown with the US, marked "region not stated".
    const region = c.region === 'unstated' && c.currency === 'USD' ? 'us' : c.region;
    if (region !== f.region) return false;
  }
  return true;
}

export function toFigure(c: Compensation): PayFigure {
  const survey = {
    ...(c.percentiles ? { percentiles: c.percentiles } : {}),
    ...(c.sampleSize ? { sampleSize: c.sampleSize } : {}),
    ...(c.surveyDate ? { surveyDate: c.surveyDate } : {}),
    ...(c.companyLevel ? { companyLevel: c.companyLevel } : {}),
  };
  // An entry with percentiles and no range spans its outer given percentiles in spreads and
  // scales; its text always names the percentiles themselves (format.ts payText).
  const p = c.percentiles;
  const min = c.min ?? (p ? (p.p10 ?? p.p25) : null);
  const max = c.max ?? (p ? p.p90 : null);
  return {
    id: c.id,
    role: c.role,
    level: c.level,
    years: c.years,
    region: c.region,
    currency: c.currency,
    period: c.period,
    kind: c.kind,
    min,
    max,
    openEnded: c.openEnded,
    employer: c.employer,
    note: c.note,
    source: c.source,
    ...survey,
  };
}

export function spreadOf(figures: PayFigure[]): Spread | null {
  if (figures.length === 0) return null;
  const mins = figures.map((f) => f.min).filter((n): n is number => n !== null);
  const maxs = figures.map((f) => f.max).filter((n): n is number => n !== null);
  return {
    min: mins.length ? Math.min(...mins) : null,
    max: maxs.length ? Math.max(...maxs) : null,
    sources: new Set(figures.map((f) => f.source)).size,
  };
}

export interface PayLevel {
  level: Level;
  figures: PayFigure[];
  spread: Spread | null;
}

export function payByLevel(dataset: Dataset, role: string, filter: PayFilter = {}): PayLevel[] {
  const figures = dataset.compensation.filter((c) => c.role === role && matchesFilter(c, filter)).map(toFigure);
  return LEVELS.map((level) => {
    const at = figures.filter((f) => f.level === level);
    return { level, figures: at, spread: spreadOf(at) };
  }).filter((l) => l.figures.length > 0);
}
