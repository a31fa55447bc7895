// Sources: the Sources tab, an item's sources, and copying a figure with its citation.
import * as vscode from 'vscode';
import { sourceLabel } from '../../core/format';
import { CommandId } from '../manifestNames';
import { ComparisonPanel } from '../comparisonPanel';
import { notify, pick, statusMessage } from '../sinks';
import { args, command } from './command';
import { ItemNodeArg, RolesViewNodeArg } from './nodes';

export const openSources = command({
  id: CommandId.openSources,
  args: args(),
  run: async (s) => {
    ComparisonPanel.createOrShow(s, { tab: 'sources' });
    return (await s.store.get()).sources;
  },
});

export const showItemSources = command({
  id: CommandId.showItemSources,
  args: args(RolesViewNodeArg.optional().describe('node')),
  run: async (s, node) => {
    const d = await s.store.get();
    const ids =
      node?.kind === 'item'
        ? node.item.sources
        : node?.kind === 'role'
          ? (d.roles.find((r) => r.id === node.roleId)?.sources ?? [])
          : [];
    const sources = d.sources.filter((x) => ids.includes(x.id));
    if (sources.length === 0) {
      void notify('info', vscode.l10n.t('No source is attached to this item.'));
      return [];
    }
    // Not awaited: the command returns the sources at once; picking one opens the Sources tab.
    void pick(
      sources.map((x) => ({
        label: x.publisher ?? vscode.l10n.t('Publisher not stated'),
        description: x.asOf ?? undefined,
        detail: `${x.title}${x.basis ? ` — ${x.basis}` : ''}`,
      })),
      { title: vscode.l10n.t('Sources') },
    ).then((picked) => {
      if (picked) ComparisonPanel.createOrShow(s, { tab: 'sources' });
    });
    return sources.map((x) => x.id);
  },
});

export const copyFigure = command({
  id: CommandId.copyFigure,
  args: args(ItemNodeArg.optional().describe('item')),
  run: async (s, node) => {
    if (!node?.item.figure) return undefined;
    const d = await s.store.get();
    const text = `${node.item.figure} (${node.item.sources.map((id) => sourceLabel(d, id, vscode.l10n)).join('; ')})`;
    await vscode.env.clipboard.writeText(text);
    statusMessage(vscode.l10n.t('Copied: {0}', text), 3000);
    return text;
  },
});
