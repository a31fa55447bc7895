import * as vscode from 'vscode';
import { CommandId } from './commandIds';
import { ComparisonPanel } from './comparisonPanel';
import type { DatasetStore } from './datasetStore';

export interface HostServices {
  context: vscode.ExtensionContext;
  store: DatasetStore;
  log: vscode.LogOutputChannel;
}

/** Registers every command in the catalogue; each returns its result for programmatic callers. */
export function registerAllCommands(s: HostServices): vscode.Disposable[] {
  const handlers: Record<CommandId, (...args: unknown[]) => unknown> = {
    [CommandId.openComparison]: () => {
      const panel = ComparisonPanel.createOrShow(s.context, s.store, s.log);
      return { pair: panel.currentPair };
    },
  };
  return Object.entries(handlers).map(([id, fn]) => vscode.commands.registerCommand(id, fn));
}
