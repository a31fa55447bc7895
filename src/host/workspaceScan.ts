import * as vscode from 'vscode';
import { EVIDENCE_EXCLUDE, EVIDENCE_GLOB, EVIDENCE_MAX_BYTES, EVIDENCE_MAX_FILES, evidenceFromFile, type Evidence } from '../core/evidence';

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
