// "From your commits": the evidence command's second source. Reads the person's own commits in
// every git repository of the workspace's folders, in a child process (historyAccess.ts), with
// counts as progress and a Cancel that kills it. Identities: git's user.email (global and per
// repository) and the user-scope setting careerLens.evidence.identities. Off in Restricted
// Mode; in the web worker host it says there is no git. Only the person's own commits are ever
// shown or logged; subjects, paths and repository names go through the sinks as plain text.
import * as vscode from 'vscode';
import { identityMatcher } from '../core/evidence/history/identity';
import { DEFAULT_COMMIT_CAP, DEFAULT_WINDOW_YEARS, type HistoryReport } from '../core/evidence/history/report';
import type { HistorySkill } from '../core/evidence/history/strength';
import type { MarkEvidence } from '../core/profile';
import { Setting } from './manifestNames';
import { hasRepositories, historyUnavailable, readHistory } from './historyAccess';
import { logLine, notify, pick } from './sinks';
import type { ScanCommandDeps } from './workspaceScan';

export type HistoryResult =
  | { report: HistoryReport; skippedScan: null; cancelled: false }
  | { report: null; skippedScan: string; cancelled: boolean };

/** Why history cannot be read in this window, or null. */
export function historyOff(): string | null {
  if (historyUnavailable) return historyUnavailable;
  if (!vscode.workspace.isTrusted) return vscode.l10n.t('the workspace is not trusted');
  if (!(vscode.workspace.workspaceFolders ?? []).some((f) => f.uri.scheme === 'file'))
    return vscode.l10n.t('no folder on this computer is open');
  return null;
}

/** Whether to offer the choice at all: a trusted local workspace with a repository in it. */
export function historyOffered(): boolean {
  return historyOff() === null && hasRepositories(localFolders());
}

const localFolders = () =>
  (vscode.workspace.workspaceFolders ?? []).filter((f) => f.uri.scheme === 'file').map((f) => f.uri.fsPath);

function settings(log: vscode.LogOutputChannel): { identities: string[]; years: number; cap: number } {
  const c = vscode.workspace.getConfiguration();
  const raw = c.get<unknown>(Setting.evidenceIdentities, []);
  const list = Array.isArray(raw) ? raw.filter((x): x is string => typeof x === 'string') : [];
  const ok = identityMatcher(list).list;
  if (!Array.isArray(raw) || ok.length !== list.length || list.length !== (Array.isArray(raw) ? raw.length : 0)) {
    log.warn(
      logLine(
        `${Setting.evidenceIdentities}: only email addresses are used; ${Math.max(0, (Array.isArray(raw) ? raw.length : 1) - ok.length)} value(s) ignored`,
      ),
    );
  }
  const num = (key: string, dflt: number, min: number, max: number) => {
    const v = c.get<unknown>(key, dflt);
    return typeof v === 'number' && Number.isFinite(v) && v >= min && v <= max ? v : dflt;
  };
  return {
    identities: ok,
    years: num(Setting.evidenceWindowYears, DEFAULT_WINDOW_YEARS, 0.1, 50),
    cap: Math.floor(num(Setting.evidenceMaxCommits, DEFAULT_COMMIT_CAP, 1, 1_000_000)),
  };
}

/** Reads the history with progress; Cancel kills the reader. */
export async function scanHistory(log: vscode.LogOutputChannel): Promise<HistoryResult> {
  const off = historyOff();
  if (off) return { report: null, skippedScan: off, cancelled: false };
  const { identities, years, cap } = settings(log);
  return vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Career Lens: reading your commits'),
      cancellable: true,
    },
    async (progress, token) => {
      const run = readHistory(
        { folders: localFolders(), identities, years, cap, now: Math.floor(Date.now() / 1000) },
        (m) => {
          progress.report({
            message: vscode.l10n.t('{0} of {1} repositories, {2} of your commits', m.reposDone, m.repos, m.commits),
          });
        },
      );
      const sub = token.onCancellationRequested(() => run.cancel());
      try {
        const r = await run.done;
        if ('cancelled' in r) return { report: null, skippedScan: vscode.l10n.t('cancelled'), cancelled: true };
        if ('error' in r) return { report: null, skippedScan: r.error, cancelled: false };
        return { report: r, skippedScan: null, cancelled: false };
      } finally {
        sub.dispose();
      }
    },
  );
}

const month = (iso: string) =>
  new Date(`${iso}T00:00:00Z`).toLocaleDateString('en', { month: 'short', year: 'numeric', timeZone: 'UTC' });

/** "41 commits · 1,930 lines · Mar 2025–Nov 2026 · e.g. models/staging/stg_orders.sql (a1b2c3d)" */
export function historyDetail(s: HistorySkill): string {
  const ex = s.evidence.find((e) => e.lines > 0) ?? s.evidence[0];
  return [
    vscode.l10n.t('{0} commits', s.commits.toLocaleString('en')),
    vscode.l10n.t('{0} lines', s.lines.toLocaleString('en')),
    s.first && s.last ? (month(s.first) === month(s.last) ? month(s.last) : `${month(s.first)}–${month(s.last)}`) : '',
    ex ? vscode.l10n.t('e.g. {0} ({1})', ex.file, ex.commit.slice(0, 7)) : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The command's flow for this source: read, say what was read, offer the sustained skills. */
export async function runHistoryCommand(s: ScanCommandDeps, opts: { apply?: boolean }): Promise<HistoryResult> {
  const result = await scanHistory(s.log);
  if (!result.report) {
    s.log.info(logLine(`History scan: not read (${result.skippedScan})`));
    if (opts.apply === undefined && !result.cancelled) {
      const manifests = vscode.l10n.t('Scan manifests instead');
      const answer = await notify(
        'info',
        vscode.l10n.t('Career Lens did not read your commits: {0}.', result.skippedScan),
        manifests,
      );
      if (answer === manifests)
        await vscode.commands.executeCommand('careerLens.scanWorkspace', { source: 'manifests' });
    }
    return result;
  }
  const r = result.report;
  for (const k of r.skipped) s.log.info(logLine(`History scan: ${k.file}: ${k.reason}`));
  s.log.info(
    logLine(
      `History scan: ${r.commits} commit(s) in ${r.repos} repositories, ${r.since} to ${r.until}, for ${r.identities.length} address(es); ${r.skills.length} skill(s) offered, ${r.weak.length} weak`,
    ),
  );
  if (opts.apply === true) {
    const marks = s.person.profile.get().skills;
    for (const skill of r.skills)
      if (skill.strength === 'strong' && !marks[skill.id]) await s.person.mark(skill.id, 'have', markEvidence(skill));
  }
  if (opts.apply !== undefined) return result;
  const who = r.identities.join(', ') || vscode.l10n.t('no address');
  const read =
    r.repos === 1
      ? vscode.l10n.t('Read {0} of your commits in 1 repository, {1} to {2}, for {3}', r.commits, r.since, r.until, who)
      : vscode.l10n.t(
          'Read {0} of your commits in {1} repositories, {2} to {3}, for {4}',
          r.commits,
          r.repos,
          r.since,
          r.until,
          who,
        );
  if (!r.skills.length) {
    void notify('info', vscode.l10n.t('{0}: no skill with sustained work of your own.', read));
    return result;
  }
  const d = await s.store.get();
  const marks = s.person.profile.get().skills;
  const items = historyPickItems(r, d.skills, marks);
  const picked = await pick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Mark these skills as ones you have?'),
    placeHolder: read,
  });
  for (const p of picked ?? [])
    await s.person.mark(p.value, 'have', markEvidence(r.skills.find((k) => k.id === p.value)!));
  const why = vscode.l10n.t('Why?');
  if ((await notify('info', vscode.l10n.t('{0} skill(s) from your commits.', r.skills.length), why)) === why)
    await showWhy(r, d.skills);
  return result;
}

/** What a ticked suggestion keeps in the profile: the person's own work only. */
export function markEvidence(skill: HistorySkill): MarkEvidence {
  return {
    source: 'commits',
    summary: historyDetail(skill).slice(0, 300),
    foundAt: new Date().toISOString(),
    examples: skill.evidence
      .slice(0, 5)
      .map((e) => ({ file: e.file.slice(0, 500), commit: e.commit, date: e.date, repo: e.repo.slice(0, 300) })),
  };
}

/** The suggestions as pick items (the sink, pick(), makes their text inert). */
export function historyPickItems(
  r: HistoryReport,
  names: readonly { id: string; name: string }[],
  marks: Readonly<Record<string, string>>,
) {
  return r.skills.map((skill) => ({
    label: names.find((x) => x.id === skill.id)?.name ?? skill.id,
    description: [
      skill.strength === 'strong' ? vscode.l10n.t('strong: sustained and recent') : vscode.l10n.t('medium'),
      marks[skill.id] ? vscode.l10n.t('already marked: {0}', marks[skill.id]!) : '',
    ]
      .filter(Boolean)
      .join(' · '),
    detail: historyDetail(skill),
    picked: skill.strength === 'strong' && !marks[skill.id],
    value: skill.id,
  }));
}

/** One suggestion's commits as pick items: hash, date, the person's subject; file; repository and lines. */
export function whyItems(s: HistorySkill) {
  return s.evidence.slice(0, 200).map((e) => ({
    label: `${e.commit.slice(0, 7)} ${e.date} ${e.subject}`,
    description: e.file,
    detail: `${e.repo} · ${e.match} · ${vscode.l10n.t('{0} lines', e.lines)}`,
  }));
}

/** The commits behind each suggestion, as plain text: hash, date, file, and what it showed. */
async function showWhy(r: HistoryReport, names: readonly { id: string; name: string }[]): Promise<void> {
  const skill = await pick(
    r.skills.map((s) => ({ label: names.find((n) => n.id === s.id)?.name ?? s.id, detail: s.because, value: s })),
    { title: vscode.l10n.t('Which suggestion?') },
  );
  if (!skill) return;
  const s = skill.value as HistorySkill;
  await pick(whyItems(s), { title: vscode.l10n.t('Commits behind this suggestion') });
}
