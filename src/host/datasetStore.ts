import * as vscode from 'vscode';
import {
  applyUserPacks,
  formatPackError,
  MAX_PACK_BYTES,
  type AppliedPack,
  type PackError,
  type PackFile,
} from '../core/packs';
import { trustText } from '../core/format';
import type { Dataset } from '../core/schema';
import { BUILT_IN_DATASET } from './builtInDataset';
import { Setting } from './manifestNames';
import { decideTrust, readSignature, readTrustSettings, VersionMemory } from './packTrustHost';
import { logLine, notify } from './sinks';

export interface LoadedData {
  dataset: Dataset;
  /** Counts the loads: a webview keeps parts of a comparison only while it is unchanged. */
  version: number;
  applied: AppliedPack[];
  packErrors: PackError[];
}

/**
 * Owns the dataset: the built-in data (validated at build time) with the
 * user packs from `careerLens.dataPacks` are applied on top, and `reload()` re-reads packs.
 */
export class DatasetStore implements vscode.Disposable {
  private loaded: Promise<LoadedData> | undefined;
  private loads = 0;
  private readonly changed = new vscode.EventEmitter<LoadedData>();
  readonly onDidChange = this.changed.event;

  private readonly versions: VersionMemory | undefined;

  /** `state` keeps the highest version of each signed pack applied, to refuse downgrades. */
  constructor(
    private readonly log: vscode.LogOutputChannel,
    state?: vscode.Memento,
  ) {
    this.versions = state && new VersionMemory(state);
  }

  async get(): Promise<Dataset> {
    return (await this.load()).dataset;
  }

  load(): Promise<LoadedData> {
    this.loaded ??= this.loadAll();
    return this.loaded;
  }

  /** Re-reads the user packs (the built-in data cannot change while running). */
  async reload(): Promise<LoadedData> {
    this.loaded = this.loadAll();
    const data = await this.loaded;
    this.changed.fire(data);
    return data;
  }

  private async loadAll(): Promise<LoadedData> {
    const version = ++this.loads;
    const { files, errors: readErrors, order, records } = await this.readUserPacks();
    const result = applyUserPacks(BUILT_IN_DATASET, files);
    for (const a of result.applied) {
      const record = records.get(a.file);
      if (record) await this.versions?.remember(record);
    }
    // Report problems in the order the user listed the packs.
    const packErrors = [...readErrors, ...result.errors].sort(
      (a, b) => (order.get(a.file) ?? -1) - (order.get(b.file) ?? -1),
    );
    for (const e of packErrors) this.log.error(logLine(`Data pack refused: ${formatPackError(e)}`));
    for (const a of result.applied)
      this.log.info(
        logLine(
          `Data pack applied: ${a.file} (${a.added} added, ${a.overrides.length} overridden; ${a.trust ? trustText(a.trust) : 'unsigned'})`,
        ),
      );
    // The notification names nothing from the pack or the setting (file names, keys and
    // reasons are all untrusted); the details are in the log, one line per pack.
    if (packErrors.length) {
      const message =
        packErrors.length === 1
          ? vscode.l10n.t(
              'Career Lens ignored a data pack that did not pass its checks. The built-in data is still in use.',
            )
          : vscode.l10n.t(
              'Career Lens ignored {0} data packs that did not pass their checks. The built-in data is still in use.',
              packErrors.length,
            );
      const details = vscode.l10n.t('Show Details');
      void notify('warning', message, details).then((choice) => {
        if (choice === details) this.log.show(true);
      });
    }
    return { dataset: result.dataset, version, applied: result.applied, packErrors };
  }

  private async readUserPacks(): Promise<{
    files: PackFile[];
    errors: PackError[];
    order: Map<string, number>;
    records: Map<string, { key: string; version: string }>;
  }> {
    const raw = vscode.workspace.getConfiguration().get<unknown>(Setting.dataPacks, []);
    const records = new Map<string, { key: string; version: string }>();
    const trust = readTrustSettings();
    for (const problem of trust.problems) this.log.warn(logLine(`Trusted publisher ignored: ${problem}`));
    const seen = this.versions?.seen() ?? {};
    const paths = Array.isArray(raw) ? raw : [];
    const order = new Map(paths.map((p, i) => [String(p), i]));
    const files: PackFile[] = [];
    const errors: PackError[] = [];
    if (!Array.isArray(raw))
      errors.push({ file: Setting.dataPacks, path: '$', reason: 'the setting must be a list of file paths' });
    for (const [i, p] of paths.entries()) {
      if (typeof p !== 'string' || p.trim() === '') {
        errors.push({ file: Setting.dataPacks, path: `$[${i}]`, reason: 'each entry must be a non-empty file path' });
        continue;
      }
      const uri = this.resolve(p);
      try {
        const stat = await vscode.workspace.fs.stat(uri);
        if (stat.size > MAX_PACK_BYTES) {
          errors.push({
            file: p,
            path: '$',
            reason: `file is ${(stat.size / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_PACK_BYTES / 1024 / 1024} MB`,
          });
          continue;
        }
        const bytes = await vscode.workspace.fs.readFile(uri);
        const signature = await readSignature(uri);
        if (signature.error) {
          errors.push({ file: p, path: '$', reason: `refused: ${signature.error}` });
          continue;
        }
        const decided = decideTrust(bytes, signature.text, trust, seen);
        if (!decided.ok) {
          errors.push({ file: p, path: '$', reason: `refused: ${decided.reason}` });
          continue;
        }
        if (decided.record) records.set(p, decided.record);
        files.push({ name: p, bytes, trust: decided.trust });
      } catch (err) {
        errors.push({
          file: p,
          path: '$',
          reason:
            err instanceof vscode.FileSystemError && err.code === 'FileNotFound'
              ? 'file not found'
              : `cannot read the file (${String(err)})`,
        });
      }
    }
    return { files, errors, order, records };
  }

  private resolve(p: string): vscode.Uri {
    if (p.startsWith('/') || /^[A-Za-z]:[\\/]/.test(p)) return vscode.Uri.file(p);
    const folder = vscode.workspace.workspaceFolders?.[0];
    return folder ? vscode.Uri.joinPath(folder.uri, p) : vscode.Uri.file(p);
  }

  dispose(): void {
    this.changed.dispose();
  }
}
