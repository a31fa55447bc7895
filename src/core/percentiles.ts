// A survey's pay figure as percentiles (p25/p50/p75/p90, p10 where given) with its number of
// data points and survey date, as teams' own surveys and sites such as Levels.fyi give them.
// An entry gives these instead of (or beside) a min–max range.
import { z } from 'zod';

const Amount = z.number().nonnegative();

/** The shape, as results and the protocol carry it. */
export const PercentileShape = z
  .object({ p10: Amount.optional(), p25: Amount, p50: Amount, p75: Amount, p90: Amount })
  .strict();
export type Percentiles = z.infer<typeof PercentileShape>;

export const PERCENTILE_KEYS = ['p10', 'p25', 'p50', 'p75', 'p90'] as const;

/** As a pack writes them: in order, each at least the one before. */
export const Percentiles = PercentileShape.refine(
  (p) =>
    PERCENTILE_KEYS.map((k) => p[k])
      .filter((v): v is number => v !== undefined)
      .every((v, i, all) => i === 0 || all[i - 1]! <= v),
  'percentiles must not decrease: p10 ≤ p25 ≤ p50 ≤ p75 ≤ p90',
);

/**
 * A company's own level mapped to the product's ladder ("IC3" → mid), so a pack's figures line
 * up with the public ones by level. A pay entry then names `companyLevel` instead of `level`.
 */
export const companyLevelFields = {
  /** The company's own name for the level, as its people know it. */
  company: z.string().min(1).max(80),
};

/** The fields a pay entry may add: percentiles, the number of data points and the survey date. */
export const surveyFields = {
  percentiles: Percentiles.optional(),
  /** How many data points the figures rest on; under SMALL_SAMPLE is marked as a small sample. */
  sampleSize: z.number().int().positive().optional(),
  /** When the survey was taken, as the publisher states it ("2026-03"). */
  surveyDate: z.string().min(1).max(40).optional(),
  /** The company's own level; with a `levels` table in the pack, `level` may be left out. */
  companyLevel: z.string().min(1).max(80).optional(),
};
