import * as vscode from 'vscode';
import type { Comparison } from './core/views';
import type { Dataset } from './core/schema';
import type { PayFilter } from './core/pay';
import { registerAllCommands } from './host/commands';
import { DATA_PACKS_SETTING, DatasetStore, type LoadedData } from './host/datasetStore';
import { RolesTreeProvider } from './host/rolesTree';

/** The public API other extensions (and our tests) get from `activate()`. */
export interface CareerLensApi {
  readonly apiVersion: 1;
  /** The built-in dataset with the user's valid data packs applied. */
  getDataset(): Promise<Dataset>;
  /** Everything the comparison view shows for two roles; throws on an unknown role id. */
  compare(roleA: string, roleB: string, pay?: PayFilter): Promise<Comparison>;
  /** Which data packs applied and which were refused, with file, JSON path and reason. */
  getDataStatus(): Promise<Omit<LoadedData, 'dataset'>>;
}

export function activate(context: vscode.ExtensionContext): CareerLensApi {
  const log = vscode.window.createOutputChannel('Career Lens', { log: true });
  const store = new DatasetStore(context.extensionUri, log);
  context.subscriptions.push(
    log,
    store,
    vscode.window.registerTreeDataProvider('careerLens.roles', new RolesTreeProvider(store)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration(DATA_PACKS_SETTING)) void store.reload();
    }),
    ...registerAllCommands({ context, store, log }),
  );
  return {
    apiVersion: 1,
    getDataset: () => store.get(),
    getDataStatus: async () => {
      const { applied, packErrors } = await store.load();
      return { applied, packErrors };
    },
    // The core is loaded on first use so activation stays light.
    compare: async (a, b, pay) => (await import('./core/compare')).compare(await store.get(), a, b, pay),
  };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
