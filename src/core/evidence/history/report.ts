// The whole history step after reading: the window, the credit, and what the person is told.
// The window ends now in the editor; for the CLI, which is often pointed at archived clones, it
// ends at the person's newest commit in what was read, so old projects are judged on their own
// last years rather than dropped. Work older than the window is not used.
import type { Commit } from './gitLog';
import { creditCommits, DAY_S, type HistorySkill, type RepoCommit } from './strength';

export const DEFAULT_WINDOW_YEARS = 3;
export const DEFAULT_COMMIT_CAP = 5000;

export interface RepoInput {
  /** The name shown for the repository (a path relative to what was scanned). */
  repo: string;
  commits: readonly Commit[];
  dbtRoots: readonly string[];
  boundary: ReadonlySet<string>;
  skipped: readonly { file: string; reason: string }[];
}

export interface HistoryReport {
  /** Offered: strong and medium. */
  skills: HistorySkill[];
  /** Found but not offered, with the reason. */
  weak: HistorySkill[];
  repos: number;
  commits: number;
  identities: string[];
  since: string;
  until: string;
  skipped: { file: string; reason: string }[];
}

export interface WindowOptions {
  /** Unix seconds: an explicit start (the CLI's --since). */
  since?: number;
  years?: number;
  /** 'now': the editor; 'latest': the person's newest commit read. */
  anchor: 'now' | 'latest';
  now: number;
}

export function windowOf(times: readonly number[], o: WindowOptions): { since: number; until: number } {
  const latest = times.length ? Math.max(...times) : o.now;
  const until = o.anchor === 'now' ? o.now : latest;
  const since = o.since ?? until - Math.round((o.years ?? DEFAULT_WINDOW_YEARS) * 365.25 * DAY_S);
  return { since, until };
}

const day = (t: number) => new Date(t * 1000).toISOString().slice(0, 10);

export function historyReport(
  repos: readonly RepoInput[],
  identities: readonly string[],
  w: WindowOptions,
): HistoryReport {
  const all: RepoCommit[] = repos.flatMap((r) => r.commits.map((c) => ({ ...c, repo: r.repo })));
  const { since, until } = windowOf(
    all.map((c) => c.time),
    w,
  );
  const inWindow = all.filter((c) => c.time >= since && c.time <= until + DAY_S);
  const skip = new Set(repos.flatMap((r) => [...r.boundary].map((h) => `${r.repo}\0${h}`)));
  const skills = creditCommits(inWindow, {
    dbtRoots: new Map(repos.map((r) => [r.repo, r.dbtRoots])),
    windowEnd: until,
    skip,
  });
  const skipped = repos.flatMap((r) =>
    r.skipped.map((s) => ({ file: s.file === r.repo ? r.repo : s.file, reason: s.reason })),
  );
  const older = all.length - inWindow.length;
  if (older > 0)
    skipped.push({
      file: '(history)',
      reason: `${older} commit(s) before ${day(since)} are outside the window and not used`,
    });
  return {
    skills: skills.filter((s) => s.strength !== 'weak'),
    weak: skills.filter((s) => s.strength === 'weak'),
    repos: repos.length,
    commits: inWindow.length,
    identities: [...identities],
    since: day(since),
    until: day(until),
    skipped,
  };
}
