// A pack's pay entries may name the company's own level ("IC3") instead of the product's; the
// pack's `levels` table maps one to the other. Resolved on the raw JSON before the schema check,
// so every entry the rest of the product sees has a product level.
import { quoteKey } from './inert';

export interface LevelProblem {
  path: string;
  reason: string;
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The pack with each `companyLevel`-only pay entry given its mapped `level`, or the first problem. */
export function resolveCompanyLevels(pack: Raw): { ok: true; pack: Raw } | { ok: false; problem: LevelProblem } {
  const entries = pack.compensation;
  if (!Array.isArray(entries) || !entries.some((e) => isObject(e) && 'companyLevel' in e)) return { ok: true, pack };
  const table = (Array.isArray(pack.levels) ? pack.levels : []).filter(isObject);
  const compensation: unknown[] = [];
  for (const [i, e] of entries.entries()) {
    if (!isObject(e) || typeof e.companyLevel !== 'string') {
      compensation.push(e);
      continue;
    }
    const rows = table.filter((r) => r.company === e.companyLevel && (r.role === undefined || r.role === e.role));
    // A row for this role wins over a row for every role.
    const row = rows.find((r) => r.role !== undefined) ?? rows[0];
    if (!row) {
      if (e.level !== undefined) {
        compensation.push(e);
        continue;
      }
      return {
        ok: false,
        problem: {
          path: `$.compensation[${i}].companyLevel`,
          reason: `${quoteKey(e.companyLevel)} is not in this pack's "levels" table; add {"company": ${quoteKey(e.companyLevel)}, "level": …, "source": …} to it, or give "level"`,
        },
      };
    }
    if (e.level !== undefined && e.level !== row.level) {
      return {
        ok: false,
        problem: {
          path: `$.compensation[${i}].level`,
          reason: `the "levels" table maps ${quoteKey(e.companyLevel)} to ${quoteKey(String(row.level))}, not ${quoteKey(String(e.level))}`,
        },
      };
    }
    compensation.push({ ...e, level: row.level });
  }
  return { ok: true, pack: { ...pack, compensation } };
}
