import * as vscode from 'vscode';
import type { Role } from '../core/schema';
import { ViewItem } from './manifestNames';
import { treeItem, treeText } from './sinks';
import { markdownTooltip } from './treeText';

/** What a role's row in the Roles view shows; all the activation entry embeds of a role. */
export type RoleRow = Pick<Role, 'id' | 'name' | 'kind' | 'summary' | 'aliases'>;

/**
 * A role's row in the Roles view. The activation entry draws the first rows with it before
 * the host is loaded (src/extension.ts), and the host's provider draws every later one, so the
 * two cannot differ. Imports nothing that loads zod or the data.
 */
export function roleTreeItem(role: RoleRow): vscode.TreeItem {
  const item = treeItem(role.name, vscode.TreeItemCollapsibleState.Collapsed);
  item.id = `role/${role.id}`;
  item.description = treeText(role.kind === 'hybrid' ? vscode.l10n.t('hybrid') : undefined);
  item.tooltip = markdownTooltip([
    `**${role.name}**`,
    role.summary,
    role.aliases.length ? `Also called: ${role.aliases.join(', ')}` : '',
  ]);
  item.iconPath = new vscode.ThemeIcon(role.kind === 'hybrid' ? 'git-merge' : 'person');
  item.contextValue = ViewItem.role;
  return item;
}
