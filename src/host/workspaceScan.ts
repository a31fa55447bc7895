import * as vscode from 'vscode';
import { MAX_FILE_BYTES, scanListing, type ScanReport, type Suggestion } from '../core/evidence/scan';
import { drain, taking } from '../core/pool';
import type { MarkEvidence } from '../core/profile';
import { fileAccess } from './fileAccess';
import type { DatasetStore } from './datasetStore';
import type { PersonService } from './personService';
import { Setting } from './manifestNames';
import { historyOffered, runHistoryCommand, type HistoryResult } from './historyScan';
import { logLine, notify, pick } from './sinks';
import { listWorkspace, type Listing, type ListingOptions } from './workspaceListing';

/** stat calls in flight at once. */
const STAT_CONCURRENCY = 128;

export interface ScanResult extends ScanReport, Pick<Listing, 'walked' | 'incomplete'> {
  /** Why nothing was scanned, when nothing was. */
  skippedScan: string | null;
}

/**
 * Lists the workspace's manifest files (a search, or a walk where a file system cannot search),
 * marks symbolic links so nothing under them is read, and runs the evidence pipeline with the
 * host's file reader. Honours Workspace Trust and `careerLens.scan.enabled`.
 */
export async function scanWorkspace(
  token?: vscode.CancellationToken,
  progress?: vscode.Progress<{ message?: string; increment?: number }>,
  listingOptions?: ListingOptions,
): Promise<ScanResult> {
  const none = (skippedScan: string, listed?: Listing): ScanResult => ({
    skippedScan,
    skills: [],
    skipped: [],
    filesRead: 0,
    cancelled: false,
    walked: listed?.walked ?? [],
    incomplete: listed?.incomplete ?? [],
  });
  if (!vscode.workspace.isTrusted) return none(vscode.l10n.t('the workspace is not trusted'));
  if (!vscode.workspace.getConfiguration().get<boolean>(Setting.scanEnabled, true))
    return none(vscode.l10n.t('{0} is off', Setting.scanEnabled));
  const folders = vscode.workspace.workspaceFolders ?? [];
  if (!folders.length) return none(vscode.l10n.t('no folder is open'));

  const listed = await listWorkspace(folders, token, listingOptions);
  // Nothing listed and a reason: say it, rather than report an empty scan as a finding.
  if (!listed.uris.length && listed.incomplete.length && !token?.isCancellationRequested) {
    return none(listed.incomplete.map((i) => `${i.folder}: ${i.reason}`).join('; '), listed);
  }
  // Paths relative to their folder, prefixed with the folder's name in a multi-root workspace.
  const byPath = new Map<string, vscode.Uri>();
  for (const uri of listed.uris)
    byPath.set(vscode.workspace.asRelativePath(uri, folders.length > 1).replace(/\\/g, '/'), uri);
  const symlinked = await symlinkedFolders(byPath, token);
  let last = 0;
  const report = await scanListing([...byPath.keys()], {
    symlinked,
    isCancelled: () => token?.isCancellationRequested ?? false,
    onProgress: (done, total) => {
      const pct = Math.floor((100 * done) / Math.max(1, total));
      if (pct > last) {
        progress?.report({ increment: pct - last, message: vscode.l10n.t('{0} of {1} files', done, total) });
        last = pct;
      }
    },
    read: async (path) => {
      const uri = byPath.get(path) ?? includeUri(path, folders);
      if (!uri) return undefined;
      const files = fileAccess(uri);
      const entry = await files.stat(uri);
      if (entry.link) throw new Error('a symbolic link, not followed');
      // Refused on its size before reading, so a huge file costs nothing.
      if (entry.size > MAX_FILE_BYTES) throw new Error(`larger than ${MAX_FILE_BYTES / 1024} KB`);
      return files.read(uri);
    },
  });
  return { ...report, skippedScan: null, walked: listed.walked, incomplete: listed.incomplete };
}

/** A file named by a `-r` include, in a single-folder workspace. */
function includeUri(path: string, folders: readonly vscode.WorkspaceFolder[]): vscode.Uri | undefined {
  return folders.length === 1 ? vscode.Uri.joinPath(folders[0]!.uri, ...path.split('/')) : undefined;
}

/**
 * One wide pass of stat calls over every folder above a listed file: which are symbolic links,
 * so that nothing under them is read. Each call is a round trip to the file system, so they run
 * many at a time. Files are stat'ed as they are read, each just before its read.
 */
async function symlinkedFolders(
  byPath: ReadonlyMap<string, vscode.Uri>,
  token?: vscode.CancellationToken,
): Promise<Set<string>> {
  const dirs = new Map<string, vscode.Uri>();
  for (const [path, uri] of byPath) {
    const parts = path.split('/');
    for (let depth = parts.length - 1; depth >= 1; depth--) {
      const dir = parts.slice(0, depth).join('/');
      if (dirs.has(dir)) break; // its parents are in already
      dirs.set(
        dir,
        uri.with({
          path: uri.path
            .split('/')
            .slice(0, depth - parts.length)
            .join('/'),
        }),
      );
    }
  }
  const links = new Set<string>();
  await drain(
    taking([...dirs], () => token?.isCancellationRequested ?? false),
    STAT_CONCURRENCY,
    async ([path, uri]) => {
      const entry = await fileAccess(uri)
        .stat(uri)
        .then(
          (x) => x,
          () => undefined,
        );
      if (entry?.link) links.add(path);
    },
  );
  return links;
}

export interface ScanCommandDeps {
  store: DatasetStore;
  person: PersonService;
  log: vscode.LogOutputChannel;
  setEvidence(skills: Suggestion[]): void;
}

/**
 * 'Find Skill Evidence in Workspace…': scans with progress (cancellable), then offers what it
 * found as marks, with only strong evidence ticked. `{ apply: true }` marks unmarked skills with
 * strong evidence without asking; `{ apply: false }` only returns the scan.
 */
export async function runScanCommand(
  s: ScanCommandDeps,
  opts: { apply?: boolean; source?: 'manifests' | 'commits' } = {},
): Promise<ScanResult | HistoryResult> {
  // Two sources: the manifests (what the project uses) and the person's own commits (what they
  // did). The choice is offered only where history can be read and there is a repository.
  let source = opts.source;
  if (!source && opts.apply === undefined && historyOffered()) {
    const choice = await pick(
      [
        {
          label: vscode.l10n.t('From your commits'),
          detail: vscode.l10n.t(
            "What you changed, in the git history of this workspace's repositories (read here, nothing leaves this computer)",
          ),
          value: 'commits' as const,
        },
        {
          label: vscode.l10n.t("From this workspace's manifests"),
          detail: vscode.l10n.t('What the projects declare: requirements, package.json, Dockerfiles, Terraform, dbt'),
          value: 'manifests' as const,
        },
      ],
      { title: vscode.l10n.t('Find skill evidence') },
    );
    if (!choice) return { report: null, skippedScan: vscode.l10n.t('cancelled'), cancelled: true };
    source = choice.value;
  }
  if (source === 'commits') return runHistoryCommand(s, opts);
  const result = await vscode.window.withProgress(
    {
      location: vscode.ProgressLocation.Notification,
      title: vscode.l10n.t('Career Lens: looking for skill evidence in the workspace'),
      cancellable: true,
    },
    (progress, token) => scanWorkspace(token, progress),
  );
  s.setEvidence(result.skills);
  for (const w of result.walked)
    s.log.info(logLine(`Workspace scan listed ${w.folder} by reading its folders: ${w.reason}`));
  for (const i of result.incomplete)
    s.log.warn(logLine(`Workspace scan listing of ${i.folder} is incomplete: ${i.reason}`));
  for (const r of result.skipped) s.log.info(logLine(`Workspace scan skipped ${r.file}: ${r.reason}`));
  s.log.info(
    logLine(
      `Workspace scan: ${result.filesRead} file(s) read, ${result.skipped.length} skipped, ${result.skills.length} skill(s) with evidence${result.cancelled ? ' (cancelled)' : ''}`,
    ),
  );
  const marks = s.person.profile.get().skills;
  if (opts.apply === true) {
    for (const skill of result.skills)
      if (skill.strength === 'strong' && !marks[skill.id])
        await s.person.mark(skill.id, 'have', manifestEvidence(skill));
    return result;
  }
  if (opts.apply === false) return result;
  if (result.skippedScan) {
    void notify('info', vscode.l10n.t('Career Lens did not scan: {0}.', result.skippedScan));
    return result;
  }
  if (result.skills.length === 0) {
    void notify('info', vscode.l10n.t('No skill evidence found in {0} manifest file(s).', result.filesRead));
    return result;
  }
  const d = await s.store.get();
  const strengthLabel = {
    strong: vscode.l10n.t('strong evidence'),
    context: vscode.l10n.t('depends on context'),
    weak: vscode.l10n.t('weak evidence'),
  };
  const items = result.skills.map((skill) => ({
    label: d.skills.find((x) => x.id === skill.id)?.name ?? skill.id,
    description: [
      strengthLabel[skill.strength],
      marks[skill.id] ? vscode.l10n.t('already marked: {0}', marks[skill.id]!) : '',
    ]
      .filter(Boolean)
      .join(' · '),
    detail:
      skill.evidence
        .slice(0, 3)
        .map((e) => `${e.file}:${e.line} (${e.match})`)
        .join(', ') + (skill.evidence.length > 3 ? ' …' : ''),
    picked: skill.strength === 'strong' && !marks[skill.id],
    value: skill.id,
  }));
  const left = result.skipped.length;
  const placeHolder = left
    ? vscode.l10n.t(
        'Evidence from {0} file(s); {1} file(s) not read (see the log); nothing was run',
        result.filesRead,
        left,
      )
    : vscode.l10n.t('Evidence from {0} file(s); nothing was run', result.filesRead);
  const picked = await pick(items, {
    canPickMany: true,
    title: vscode.l10n.t('Mark these skills as ones you have?'),
    placeHolder,
  });
  for (const p of picked ?? [])
    await s.person.mark(p.value, 'have', manifestEvidence(result.skills.find((k) => k.id === p.value)!));
  return result;
}

/** What a suggestion ticked from the manifests keeps in the profile. */
function manifestEvidence(skill: Suggestion): MarkEvidence {
  const e = skill.evidence.slice(0, 5);
  return {
    source: 'manifests',
    summary: `${skill.strength}: ${e.map((x) => `${x.file}:${x.line} (${x.match})`).join(', ')}`.slice(0, 300),
    foundAt: new Date().toISOString(),
    examples: e.map((x) => ({ file: x.file.slice(0, 500) })),
  };
}
