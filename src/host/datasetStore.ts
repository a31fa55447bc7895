import * as vscode from 'vscode';
import { mergePacks, parsePack } from '../core/dataset';
import type { Dataset } from '../core/schema';

/** Loads the built-in dataset on first use and caches it; nothing is parsed at activation. */
export class DatasetStore {
  private loading: Promise<Dataset> | undefined;

  constructor(private readonly extensionUri: vscode.Uri) {}

  get(): Promise<Dataset> {
    this.loading ??= this.load();
    return this.loading;
  }

  private async load(): Promise<Dataset> {
    const dir = vscode.Uri.joinPath(this.extensionUri, 'data');
    const entries = await vscode.workspace.fs.readDirectory(dir);
    const files = entries.filter(([name, type]) => type === vscode.FileType.File && name.endsWith('.json')).map(([n]) => n).sort();
    const packs = await Promise.all(files.map(async (name) => {
      const bytes = await vscode.workspace.fs.readFile(vscode.Uri.joinPath(dir, name));
      return parsePack(JSON.parse(new TextDecoder().decode(bytes)));
    }));
    return mergePacks(packs);
  }
}
