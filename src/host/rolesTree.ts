import * as vscode from 'vscode';
import { treeItem, treeText } from './sinks';
import { SECTIONS, SECTION_ICONS, sectionItems, type OutlineItem, type SectionId } from '../core/outline';
import type { Dataset } from '../core/schema';
import { CommandId, ContextKey, Setting, ViewItem } from './manifestNames';
import type { DatasetStore, LoadedData } from './datasetStore';
import { roleTreeItem } from './roleRow';
import { markdownTooltip, payFilterFromSettings } from './treeText';

export type RoleNode =
  | { kind: 'warning'; data: LoadedData }
  | { kind: 'role'; roleId: string }
  | { kind: 'section'; roleId: string; section: SectionId }
  | { kind: 'item'; roleId: string; section: SectionId; item: OutlineItem; parentItem?: OutlineItem };

/** Roles view: role → section → items; a refused data pack shows as a warning row on top. */
export class RolesTreeProvider implements vscode.TreeDataProvider<RoleNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private dataset: Dataset | undefined;

  constructor(private readonly store: DatasetStore) {
    this.subscriptions = [
      store.onDidChange(() => this.changed.fire()),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration(Setting.payKind) || e.affectsConfiguration(Setting.region)) this.changed.fire();
      }),
    ];
  }

  async getChildren(node?: RoleNode): Promise<RoleNode[]> {
    let data: LoadedData;
    try {
      data = await this.store.load();
    } catch {
      // The welcome view explains the failure and offers the log.
      this.setDataFailed(true);
      return [];
    }
    // Not awaited: the rows need not wait for a round trip to the workbench.
    this.setDataFailed(false);
    this.dataset = data.dataset;
    const d = data.dataset;
    if (!node) {
      const roles: RoleNode[] = d.roles.map((r) => ({ kind: 'role', roleId: r.id }));
      return data.packErrors.length ? [{ kind: 'warning', data }, ...roles] : roles;
    }
    switch (node.kind) {
      case 'role':
        return SECTIONS.map((section) => ({ kind: 'section', roleId: node.roleId, section }));
      case 'section':
        return sectionItems(d, node.roleId, node.section, payFilterFromSettings()).map((item) => ({
          kind: 'item',
          roleId: node.roleId,
          section: node.section,
          item,
        }));
      case 'item':
        return (node.item.children ?? []).map((item) => ({
          kind: 'item',
          roleId: node.roleId,
          section: node.section,
          item,
          parentItem: node.item,
        }));
      case 'warning':
        return [];
    }
  }

  /** An unset context key reads as false, so nothing is sent until the data first fails. */
  private dataFailed = false;
  private setDataFailed(failed: boolean): void {
    if (this.dataFailed === failed) return;
    this.dataFailed = failed;
    void vscode.commands.executeCommand('setContext', ContextKey.dataFailed, failed);
  }

  getTreeItem(node: RoleNode): vscode.TreeItem {
    const d = this.dataset!;
    switch (node.kind) {
      case 'warning': {
        const n = node.data.packErrors.length;
        const item = treeItem(
          n === 1 ? vscode.l10n.t('1 data pack refused') : vscode.l10n.t('{0} data packs refused', n),
        );
        item.iconPath = new vscode.ThemeIcon('warning', new vscode.ThemeColor('problemsWarningIcon.foreground'));
        item.description = treeText(vscode.l10n.t('built-in data in use'));
        item.tooltip = markdownTooltip(node.data.packErrors.map((e) => `${e.file}: ${e.path}: ${e.reason}`));
        item.command = { command: CommandId.showLog, title: vscode.l10n.t('Show Log') };
        return item;
      }
      case 'role':
        return roleTreeItem(d.roles.find((r) => r.id === node.roleId)!);
      case 'section': {
        const item = treeItem(sectionLabel(node.section), vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `role/${node.roleId}/${node.section}`;
        item.iconPath = new vscode.ThemeIcon(SECTION_ICONS[node.section]);
        item.contextValue = ViewItem.section;
        return item;
      }
      case 'item': {
        const it = node.item;
        const item = treeItem(
          it.label,
          it.children?.length ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None,
        );
        item.id = `role/${node.roleId}/${node.section}/${node.parentItem ? `${node.parentItem.id}/` : ''}${it.id}`;
        item.description = treeText(it.description);
        item.tooltip = markdownTooltip(it.tooltip);
        item.iconPath = new vscode.ThemeIcon(it.icon);
        // A 'no data' row takes no item action, so it gets no context value.
        item.contextValue = it.noData ? undefined : it.figure ? ViewItem.figure : ViewItem.fact;
        item.command = {
          command: CommandId.openSection,
          title: vscode.l10n.t('Open in Comparison'),
          arguments: [node],
        };
        return item;
      }
    }
  }

  getParent(): undefined {
    return undefined;
  }

  dispose(): void {
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}

function sectionLabel(section: SectionId): string {
  switch (section) {
    case 'overview':
      return vscode.l10n.t('Overview');
    case 'responsibilities':
      return vscode.l10n.t('Responsibilities');
    case 'skills':
      return vscode.l10n.t('Skills');
    case 'tools':
      return vscode.l10n.t('Tools');
    case 'pay':
      return vscode.l10n.t('Pay by level');
    case 'ladder':
      return vscode.l10n.t('Career ladder');
    case 'transitions':
      return vscode.l10n.t('Transitions');
    case 'interviews':
      return vscode.l10n.t('Interviews');
    case 'demand':
      return vscode.l10n.t('Demand and outlook');
    case 'entry':
      return vscode.l10n.t('Education and certification');
  }
}
