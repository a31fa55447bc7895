import * as vscode from 'vscode';
import { EVIDENCE_EXCLUDE, EVIDENCE_GLOB, EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES, evidenceFromFile, groupEvidence, type Evidence } from '../core/evidence';
import type { DatasetStore } from './datasetStore';
import type { PlanService } from './planService';
import { logLine, notify, pick } from './sinks';

export const SCAN_SETTING = 'careerLens.scan.enabled';

export interface ScanResult {
  /** Why nothing was scanned, when nothing was. */
  skipped: string | null;
  evidence: Evidence[];
  filesRead: number;
  refused: { file: string; reason: string }[];
  cancelled: boolean;
}

/**
 * Looks for skill evidence in manifest files of the open workspace. Reads only files matching
 * EVIDENCE_GLOB, skips large ones before reading, runs nothing, and honours Workspace Trust
 * and `careerLens.scan.enabled`.
 */
export async function scanWorkspace(token?: vscode.CancellationToken): Promise<ScanResult> {
  const empty = (skipped: string): ScanResult => ({ skipped, evidence: [], filesRead: 0, refused: [], cancelled: false });
  if (!vscode.workspace.isTrusted) return empty(vscode.l10n.t('the workspace is not trusted'));
  if (!vscode.workspace.getConfiguration().get<boolean>(SCAN_SETTING, true)) return empty(vscode.l10n.t('{0} is off', SCAN_SETTING));
  if (!vscode.workspace.workspaceFolders?.length) return empty(vscode.l10n.t('no folder is open'));

  const uris = await vscode.workspace.findFiles(EVIDENCE_GLOB, EVIDENCE_EXCLUDE, EVIDENCE_MAX_FILES, token);
  const result: ScanResult = { skipped: null, evidence: [], filesRead: 0, refused: [], cancelled: false };
  for (const uri of uris.sort((a, b) => a.path.localeCompare(b.path))) {
    if (token?.isCancellationRequested) {
      result.cancelled = true;
      break;
    }
    // The folder name only helps tell files apart in a multi-root workspace.
    const path = vscode.workspace.asRelativePath(uri, (vscode.workspace.workspaceFolders?.length ?? 0) > 1);
    try {
      const stat = await vscode.workspace.fs.stat(uri);
      if (stat.size > EVIDENCE_MAX_BYTES) {
        result.refused.push({ file: path, reason: `larger than ${EVIDENCE_MAX_BYTES / 1024} KB` });
        continue;
      }
      const verdict = evidenceFromFile({ path, bytes: await vscode.workspace.fs.readFile(uri) });
      result.filesRead++;
      if (verdict.ok) result.evidence.push(...verdict.evidence);
      else result.refused.push({ file: path, reason: verdict.reason });
    } catch (err) {
      result.refused.push({ file: path, reason: String(err instanceof Error ? err.message : err) });
    }
  }
  return result;
}

export interface ScanCommandDeps {
  store: DatasetStore;
  plans: PlanService;
  log: vscode.LogOutputChannel;
  setEvidence(evidence: Evidence[]): void;
}

/**
 * The 'Find Skill Evidence in Workspace…' command: scans with progress, then offers what it
 * found as marks. `{ apply: true }` marks unmarked skills without asking; `{ apply: false }`
 * only returns the scan.
 */
export async function runScanCommand(s: ScanCommandDeps, arg?: unknown): Promise<ScanResult> {
  const opts = (typeof arg === 'object' && arg !== null ? arg : {}) as { apply?: unknown };
  const result = await vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Career Lens: looking for skill evidence in the workspace'), cancellable: true },
    (_progress, token) => scanWorkspace(token),
  );
  s.setEvidence(result.evidence);
  for (const r of result.refused) s.log.warn(logLine(`Workspace scan skipped ${r.file}: ${r.reason}`));
  const d = await s.store.get();
  const grouped = groupEvidence(result.evidence);
  const marks = s.plans.profile.get().skills;
  if (opts.apply === true) {
    for (const skill of grouped.keys()) if (!marks[skill]) await s.plans.mark(skill, 'have');
    return result;
  }
  if (opts.apply === false) return result;
  if (result.skipped) {
    void notify('info', vscode.l10n.t('Career Lens did not scan: {0}.', result.skipped));
    return result;
  }
  if (grouped.size === 0) {
    void notify('info', vscode.l10n.t('No skill evidence found in {0} manifest file(s).', result.filesRead));
    return result;
  }
  const items = [...grouped].map(([skill, ev]) => ({
    label: d.skills.find((x) => x.id === skill)?.name ?? skill,
    description: marks[skill] ? vscode.l10n.t('already marked: {0}', marks[skill]) : undefined,
    detail: ev.slice(0, 4).map((e) => `${e.file} (${e.match})`).join(', ') + (ev.length > 4 ? ' …' : ''),
    picked: !marks[skill],
    skill,
  }));
  const picked = await pick(items, { canPickMany: true, title: vscode.l10n.t('Mark these skills as ones you have?'), placeHolder: vscode.l10n.t('Evidence from {0} manifest file(s); nothing was run', result.filesRead) });
  for (const p of picked ?? []) await s.plans.mark(p.skill, 'have');
  return result;
}
