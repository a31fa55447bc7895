import * as vscode from 'vscode';
import { treeItem, treeText } from './sinks';
import type { GapItem } from '../core/profile';
import { markLabel, monthsText, sourceLabel } from '../core/format';
import { CommandId } from './manifestNames';
import type { DatasetStore } from './datasetStore';
import type { PlanPayload, PersonService } from './personService';

export type PlanNode =
  | { kind: 'summary'; plan: PlanPayload }
  | { kind: 'group'; label: string; items: GapItem[]; icon: string }
  | { kind: 'skill'; item: GapItem }
  | { kind: 'time'; text: string; source: string };

/** My Plan view: the gap to the target role. Empty (so the welcome shows) until skills are marked. */
export class PlanTreeProvider implements vscode.TreeDataProvider<PlanNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[];
  private sources: Awaited<ReturnType<DatasetStore['get']>>['sources'] = [];

  constructor(
    private readonly store: DatasetStore,
    private readonly person: PersonService,
  ) {
    this.subscriptions = [
      store.onDidChange(() => this.changed.fire()),
      person.profile.onDidChange(() => this.changed.fire()),
    ];
  }

  async getChildren(node?: PlanNode): Promise<PlanNode[]> {
    if (node?.kind === 'group') return node.items.map((item) => ({ kind: 'skill', item }));
    if (node) return [];
    const plan = await this.person.plan();
    this.sources = (await this.store.get()).sources;
    if (Object.keys(plan.marks).length === 0) return [];
    const out: PlanNode[] = [{ kind: 'summary', plan }];
    if (!plan.gap) return out;
    for (const t of plan.gap.time) out.push({ kind: 'time', text: monthsText(t, vscode.l10n), source: t.source });
    out.push({
      kind: 'group',
      label: vscode.l10n.t('To learn'),
      items: plan.gap.missing,
      icon: 'circle-large-outline',
    });
    out.push({
      kind: 'group',
      label: vscode.l10n.t('Already transfers'),
      items: plan.gap.transfers,
      icon: 'pass-filled',
    });
    return out;
  }

  getTreeItem(node: PlanNode): vscode.TreeItem {
    const open = { command: CommandId.openComparison, title: vscode.l10n.t('Open Plan'), arguments: [{ tab: 'plan' }] };
    switch (node.kind) {
      case 'summary': {
        const gap = node.plan.gap;
        const item = treeItem(
          gap ? vscode.l10n.t('Towards {0}', gap.target.name) : vscode.l10n.t('Choose a target role'),
        );
        item.description = treeText(gap ? vscode.l10n.t('{0}% covered', Math.round(gap.coverage * 100)) : undefined);
        item.iconPath = new vscode.ThemeIcon('target');
        item.command = open;
        return item;
      }
      case 'time': {
        const item = treeItem(node.text);
        item.description = treeText(sourceLabel({ sources: this.sources }, node.source, vscode.l10n));
        item.iconPath = new vscode.ThemeIcon('watch');
        return item;
      }
      case 'group': {
        const item = treeItem(
          node.label,
          node.items.length ? vscode.TreeItemCollapsibleState.Expanded : vscode.TreeItemCollapsibleState.None,
        );
        item.description = treeText(String(node.items.length));
        item.iconPath = new vscode.ThemeIcon(node.icon);
        return item;
      }
      case 'skill': {
        const item = treeItem(node.item.skill.name);
        // A "have" says what it rests on: evidence from a scan, or the user's word.
        item.description = treeText(
          node.item.mark === 'learning'
            ? markLabel('learning', vscode.l10n)
            : node.item.mark === 'have'
              ? node.item.evidence
                ? vscode.l10n.t('evidence')
                : vscode.l10n.t('your word')
              : undefined,
        );
        if (node.item.mark === 'have' && node.item.evidence) item.tooltip = treeText(node.item.evidence);
        item.iconPath = new vscode.ThemeIcon(
          node.item.mark === 'have'
            ? 'pass-filled'
            : node.item.mark === 'learning'
              ? 'loading'
              : 'circle-large-outline',
        );
        item.command = open;
        return item;
      }
    }
  }

  dispose(): void {
    this.changed.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
