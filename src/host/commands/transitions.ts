// How long a move takes, from a role or a background to a role: every source's estimate.
import * as vscode from 'vscode';
import { z } from 'zod';
import { transitionInfos } from '../../core/compare';
import { monthsText, sourceLabel } from '../../core/format';
import { CommandId } from '../manifestNames';
import { notify, pick } from '../sinks';
import { ArgumentError, args, command, knownRole, pickRole } from './command';

export const showTransitionPlan = command({
  id: CommandId.showTransitionPlan,
  args: args(z.string().optional().describe('from'), z.string().optional().describe('to')),
  run: async (s, fromIn, toIn) => {
    const d = await s.store.get();
    const fromIds = [...d.roles.map((r) => r.id), ...d.backgrounds.map((b) => b.id)];
    if (fromIn !== undefined && !fromIds.includes(fromIn))
      throw new ArgumentError(vscode.l10n.t("Unknown starting point '{0}'", fromIn));
    let from = fromIn;
    if (!from) {
      const items = [
        ...d.roles.map((r) => ({ label: r.name, value: r.id })),
        ...d.backgrounds.map((b) => ({ label: b.name, value: b.id, description: vscode.l10n.t('background') })),
      ];
      from = (await pick(items, { title: vscode.l10n.t('Transition Plan: where are you now? (1/2)') }))?.value;
      if (!from) return undefined;
    }
    const to =
      knownRole(d, toIn, 'to') ??
      (await pickRole(d, vscode.l10n.t('Transition Plan: where do you want to go? (2/2)'), from));
    if (!to) return undefined;
    const transitions = transitionInfos(d, from, to);
    if (toIn === undefined) {
      if (transitions.length === 0)
        void notify('info', vscode.l10n.t('No source gives a transition time for this move.'));
      else
        await pick(
          transitions.map((t) => ({
            label: monthsText(t, vscode.l10n),
            description: sourceLabel(d, t.source, vscode.l10n),
            detail: [t.gaps.length ? vscode.l10n.t('Gaps: {0}', t.gaps.join(', ')) : '', t.note ?? '']
              .filter(Boolean)
              .join(' · '),
          })),
          { title: vscode.l10n.t('{0} → {1}: every source', transitions[0]!.fromName, transitions[0]!.toName) },
        );
    }
    return transitions;
  },
});
