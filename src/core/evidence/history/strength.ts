// From the person's commits to suggestions with a strength. A skill is shown only when the work
// behind it was sustained: STRONG needs at least 3 commits on at least 2 days with some real
// lines, and its latest commit within RECENT_DAYS of the window's end; MEDIUM is sustained work
// that is older, or 2 commits on 2 days; anything else (one commit, however large: a bulk import
// or a one-off) is WEAK. Only strong and medium are offered: a weak skill is one the person
// touched, not one they can be credited with, and one big commit is exactly how teammates'
// work or a copied project arrives.
import type { Commit, FileChange } from './gitLog';
import { classify, PROGRAM_KINDS, type Classified } from './paths';
import { CONTEXT_MIN_LINES, signalsOf, type Grade, type Signal } from './signals';

export const DAY_S = 86_400;
export const STRONG_MIN_COMMITS = 3;
export const MIN_DAYS = 2;
export const MIN_LINES = 10;
export const RECENT_DAYS = 548;

export type HistoryStrength = 'strong' | 'medium' | 'weak';

export interface HistoryEvidence {
  repo: string;
  commit: string;
  date: string;
  file: string;
  lines: number;
  match: string;
  /** The person's own subject line. */ subject: string;
}

export interface HistorySkill {
  id: string;
  strength: HistoryStrength;
  commits: number;
  lines: number;
  days: number;
  first: string;
  last: string;
  /** Why it is as strong as it is, in words. */
  because: string;
  /** The largest changes first, one per file. */
  evidence: HistoryEvidence[];
}

export interface RepoCommit extends Commit {
  repo: string;
}

interface Acc {
  commits: Map<string, number>;
  days: Set<string>;
  lines: number;
  first: number;
  last: number;
  work: boolean;
  evidence: Map<string, HistoryEvidence>;
}

const isoDay = (t: number) => new Date(t * 1000).toISOString().slice(0, 10);

/** Credit the changes in the person's commits to skills. `dbtRoots` are per repository. */
export function creditCommits(
  commits: readonly RepoCommit[],
  opts: { dbtRoots?: ReadonlyMap<string, readonly string[]>; windowEnd: number; skip?: ReadonlySet<string> },
): HistorySkill[] {
  const acc = new Map<string, Acc>();
  const get = (id: string): Acc => {
    let a = acc.get(id);
    if (!a) {
      a = { commits: new Map(), days: new Set(), lines: 0, first: Infinity, last: 0, work: false, evidence: new Map() };
      acc.set(id, a);
    }
    return a;
  };
  const credit = (id: string, grade: Grade, c: RepoCommit, f: FileChange, match: string) => {
    const a = get(id);
    const key = `${c.repo}\0${c.hash}\0${f.path}`;
    const lines = Math.max(0, f.added);
    if (grade === 'work') {
      a.work = true;
      if (!a.evidence.has(key)) a.lines += lines;
      a.commits.set(`${c.repo}\0${c.hash}`, c.time);
      a.days.add(isoDay(c.time));
      a.first = Math.min(a.first, c.time);
      a.last = Math.max(a.last, c.time);
    }
    const prev = a.evidence.get(key);
    if (!prev || (grade === 'work' && prev.match !== match && prev.lines === 0))
      a.evidence.set(key, {
        repo: c.repo,
        commit: c.hash,
        date: isoDay(c.time),
        file: f.path,
        lines: grade === 'work' ? lines : 0,
        match,
        subject: c.subject,
      });
  };
  // Oldest first: what a file imports, once seen in the person's own changes, holds for their later
  // real changes to it (the import line is written once; the work on it goes on).
  const fileImports = new Map<string, Signal[]>();
  for (const c of [...commits].sort((a, b) => a.time - b.time)) {
    if (opts.skip?.has(`${c.repo}\0${c.hash}`)) continue;
    const roots = opts.dbtRoots?.get(c.repo) ?? [];
    for (const f of c.files) {
      const kind: Classified = classify(f.path, roots);
      const signals = signalsOf(f, kind);
      const fileKey = `${c.repo}\0${f.path}`;
      const imported = signals.filter((s) => s.imported);
      if (f.oldPath !== undefined && fileImports.has(`${c.repo}\0${f.oldPath}`))
        fileImports.set(fileKey, fileImports.get(`${c.repo}\0${f.oldPath}`)!);
      if (imported.length)
        fileImports.set(fileKey, [
          ...(fileImports.get(fileKey) ?? []).filter((k) => !imported.some((i) => i.skill === k.skill)),
          ...imported,
        ]);
      else if (f.added >= CONTEXT_MIN_LINES)
        for (const k of fileImports.get(fileKey) ?? [])
          signals.push({ ...k, match: `${k.match.replace(/ \(.*\)$/, '')} (imported in this file)` });
      for (const s of signals) credit(s.skill, s.grade, c, f, s.match);
      // Software engineering: code in a general-purpose language, with tests or CI of one's own.
      if (f.added > 0) {
        // Notebooks are analysis, not engineering practice: they count for their language, not here.
        if (PROGRAM_KINDS.has(kind.kind) && kind.kind !== 'notebook')
          credit(
            kind.test ? 'software-engineering:test' : 'software-engineering:code',
            'work',
            c,
            f,
            f.path.split('/').pop()!,
          );
        if (kind.kind === 'ci') credit('software-engineering:ci', 'work', c, f, f.path.split('/').pop()!);
      }
    }
  }
  mergeSoftwareEngineering(acc);
  return [...acc.entries()]
    .filter(([id]) => !id.includes(':'))
    .map(([id, a]) => finish(id, a, opts.windowEnd))
    .sort((x, y) => rank(y.strength) - rank(x.strength) || y.commits - x.commits || x.id.localeCompare(y.id));
}

/** Engineering practice needs both: program code, and tests or CI the person wrote. */
function mergeSoftwareEngineering(acc: Map<string, Acc>): void {
  const code = acc.get('software-engineering:code');
  const test = acc.get('software-engineering:test');
  const ci = acc.get('software-engineering:ci');
  if (!(code || test) || !(test || ci)) return;
  const parts = [code, test, ci].filter((x): x is Acc => !!x);
  const merged: Acc = {
    commits: new Map(),
    days: new Set(),
    lines: 0,
    first: Infinity,
    last: 0,
    work: true,
    evidence: new Map(),
  };
  for (const p of parts) {
    for (const [k, v] of p.commits) merged.commits.set(k, v);
    for (const d of p.days) merged.days.add(d);
    for (const [k, v] of p.evidence) merged.evidence.set(k, v);
    merged.lines += p.lines;
    merged.first = Math.min(merged.first, p.first);
    merged.last = Math.max(merged.last, p.last);
  }
  acc.set('software-engineering', merged);
}

const rank = (s: HistoryStrength) => (s === 'strong' ? 2 : s === 'medium' ? 1 : 0);

/** The strength rule, on its own so it can be tested and explained. */
export function strengthOf(
  stats: { commits: number; days: number; lines: number; last: number; work: boolean },
  windowEnd: number,
): { strength: HistoryStrength; because: string } {
  if (!stats.work) return { strength: 'weak', because: 'only named in a dependency list, an image or a CI step' };
  if (stats.commits < 2) return { strength: 'weak', because: 'a single commit' };
  if (stats.days < MIN_DAYS) return { strength: 'weak', because: 'all on one day' };
  if (stats.lines < MIN_LINES) return { strength: 'weak', because: `fewer than ${MIN_LINES} lines` };
  const recent = windowEnd - stats.last <= RECENT_DAYS * DAY_S;
  if (stats.commits >= STRONG_MIN_COMMITS && recent)
    return {
      strength: 'strong',
      because: `${stats.commits} commits on ${stats.days} days, the last within ${Math.round(RECENT_DAYS / 30)} months`,
    };
  return {
    strength: 'medium',
    because: recent
      ? `${stats.commits} commits on ${stats.days} days`
      : `sustained, but the last was over ${Math.round(RECENT_DAYS / 30)} months before the window's end`,
  };
}

function finish(id: string, a: Acc, windowEnd: number): HistorySkill {
  const { strength, because } = strengthOf(
    { commits: a.commits.size, days: a.days.size, lines: a.lines, last: a.last, work: a.work },
    windowEnd,
  );
  const evidence = [...a.evidence.values()].sort((x, y) => y.lines - x.lines || (x.date < y.date ? 1 : -1));
  return {
    id,
    strength,
    because,
    commits: a.commits.size,
    lines: a.lines,
    days: a.days.size,
    first: a.first === Infinity ? '' : isoDay(a.first),
    last: a.last ? isoDay(a.last) : '',
    evidence,
  };
}
