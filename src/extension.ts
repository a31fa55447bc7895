import * as vscode from 'vscode';
import { registerAllCommands } from './host/commands';
import { DatasetStore } from './host/datasetStore';
import { RolesTreeProvider } from './host/rolesTree';

/** The public API other extensions (and our tests) get from `activate()`. */
export interface CareerLensApi {
  readonly apiVersion: 1;
}

export function activate(context: vscode.ExtensionContext): CareerLensApi {
  const log = vscode.window.createOutputChannel('Career Lens', { log: true });
  const store = new DatasetStore(context.extensionUri);
  context.subscriptions.push(
    log,
    vscode.window.registerTreeDataProvider('careerLens.roles', new RolesTreeProvider(store)),
    ...registerAllCommands({ context, store, log }),
  );
  return { apiVersion: 1 };
}

export function deactivate(): void {
  // Everything is disposed through context.subscriptions.
}
