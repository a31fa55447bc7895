// The history reader as a child process of the extension host (dist/historyReader.js): the host
// never blocks on git or on parsing, and Cancel is a kill. It takes one request on its IPC
// channel, reports counts as it goes, and answers with the report. Identities come from the
// request (the setting) and from git's user.email, global and per repository. Only the
// person's own commits leave this process; other authors' addresses are dropped as read.
import { basename, relative } from 'node:path';
import { identityMatcher } from '../core/evidence/history/identity';
import { historyReport, type HistoryReport } from '../core/evidence/history/report';
import { findRepositories, gitText, readRepository } from './git';

export interface HistoryRequest {
  folders: string[];
  identities: string[];
  years: number;
  cap: number;
  now: number;
}
export type HistoryMessage =
  | { type: 'progress'; repos: number; reposDone: number; commits: number }
  | { type: 'done'; report: HistoryReport }
  | { type: 'error'; message: string };

/** The address git would commit under: global, then each repository's own. */
async function gitEmails(repos: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  // Reading config runs nothing; the global file is allowed here, and only here.
  const { spawnSync } = await import('node:child_process');
  const global = spawnSync('git', ['config', '--global', '--get', 'user.email'], {
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH ?? '',
      HOME: process.env.HOME ?? '',
      USERPROFILE: process.env.USERPROFILE ?? '',
      XDG_CONFIG_HOME: process.env.XDG_CONFIG_HOME ?? '',
      GIT_CONFIG_NOSYSTEM: '1',
    },
    shell: false,
  });
  if (global.status === 0) out.push(global.stdout.trim());
  for (const repo of repos) {
    const local = await gitText(repo, ['config', '--local', '--get', 'user.email']);
    if (local.ok) out.push(local.text.trim());
  }
  return out.filter(Boolean);
}

export async function readHistory(req: HistoryRequest, send: (m: HistoryMessage) => void): Promise<HistoryReport> {
  const repos = findRepositories(req.folders);
  const identities = identityMatcher([...req.identities, ...(await gitEmails(repos))]);
  const reads = [];
  let commits = 0;
  for (const [i, repo] of repos.entries()) {
    send({ type: 'progress', repos: repos.length, reposDone: i, commits });
    let last = 0;
    const r = await readRepository(repo, {
      identities,
      cap: req.cap,
      since: req.now - Math.round(req.years * 365.25 * 86_400),
      onCommit: (n) => {
        if (n - last >= 50) {
          last = n;
          send({ type: 'progress', repos: repos.length, reposDone: i, commits: commits + n });
        }
      },
    });
    commits += r.commits.length;
    const root = req.folders.find((f) => repo.startsWith(f));
    const name = root
      ? `${req.folders.length > 1 ? `${basename(root)}/` : ''}${relative(root, repo) || basename(repo)}`
      : basename(repo);
    reads.push({ ...r, repo: name, skipped: r.skipped.map((s) => ({ ...s, file: s.file === repo ? name : s.file })) });
  }
  send({ type: 'progress', repos: repos.length, reposDone: repos.length, commits });
  return historyReport(reads, identities.list, { anchor: 'now', now: req.now, years: req.years });
}

if (require.main === module && process.send) {
  process.once('message', (req: HistoryRequest) => {
    readHistory(req, (m) => process.send!(m))
      .then((report) => process.send!({ type: 'done', report } satisfies HistoryMessage, () => process.exit(0)))
      .catch((err: unknown) =>
        process.send!(
          { type: 'error', message: err instanceof Error ? err.message : String(err) } satisfies HistoryMessage,
          () => process.exit(1),
        ),
      );
  });
}
