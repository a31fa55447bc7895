import * as vscode from 'vscode';
import type { Role } from '../core/schema';
import { CommandId } from './commandIds';
import type { DatasetStore } from './datasetStore';

export class RolesTreeProvider implements vscode.TreeDataProvider<Role> {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;

  constructor(private readonly store: DatasetStore) {
    store.onDidChange(() => this.changed.fire());
  }

  getTreeItem(role: Role): vscode.TreeItem {
    const item = new vscode.TreeItem(role.name, vscode.TreeItemCollapsibleState.None);
    item.id = `role:${role.id}`;
    item.description = role.kind === 'hybrid' ? vscode.l10n.t('hybrid') : undefined;
    item.tooltip = role.summary;
    item.iconPath = new vscode.ThemeIcon(role.kind === 'hybrid' ? 'git-merge' : 'person');
    item.contextValue = 'role';
    item.command = { command: CommandId.openComparison, title: vscode.l10n.t('Open Comparison') };
    return item;
  }

  async getChildren(element?: Role): Promise<Role[]> {
    if (element) return [];
    return (await this.store.get()).roles;
  }
}
