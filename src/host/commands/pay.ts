// Pay by level for a role: every source's figure, never one merged number.
import * as vscode from 'vscode';
import { z } from 'zod';
import { levelLabel, payText, sourceLabel } from '../../core/format';
import { payByLevel, type PayFilter } from '../../core/pay';
import { LEVELS } from '../../core/schema';
import { PayKindChoice, RegionChoice } from '../../shared/protocol';
import { CommandId } from '../manifestNames';
import { notify, pick } from '../sinks';
import { payFilterFromSettings } from '../treeText';
import { args, command, knownRole, pickRole } from './command';

const Filter = z.object({ kind: PayKindChoice.optional(), region: RegionChoice.optional() }).strict();

export const showPay = command({
  id: CommandId.showPay,
  args: args(
    z.string().optional().describe('role'),
    z.enum(LEVELS).optional().describe('level'),
    Filter.optional().describe('filter'),
  ),
  run: async (s, roleIn, levelIn, filterIn) => {
    const d = await s.store.get();
    const role = knownRole(d, roleIn, 'role') ?? (await pickRole(d, vscode.l10n.t('Show Pay (1/2)')));
    if (!role) return undefined;
    const filter: PayFilter = { ...payFilterFromSettings(), ...filterIn };
    const levels = payByLevel(d, role, filter);
    const roleName = d.roles.find((r) => r.id === role)!.name;
    let level = levelIn;
    if (!level) {
      if (levels.length === 0) {
        void notify('info', vscode.l10n.t('No source gives pay figures for {0} in this region and kind.', roleName));
        return [];
      }
      level = (
        await pick(
          levels.map((l) => ({
            label: levelLabel(l.level, vscode.l10n),
            description: vscode.l10n.t('{0} figure(s)', l.figures.length),
            value: l.level,
          })),
          { title: vscode.l10n.t('Show Pay (2/2)') },
        )
      )?.value;
      if (!level) return undefined;
      const figures = levels.find((l) => l.level === level)!.figures;
      await pick(
        figures.map((f) => ({
          label: payText(f, vscode.l10n),
          description: sourceLabel(d, f.source, vscode.l10n),
          detail: [f.years, f.employer, f.note].filter(Boolean).join(' · ') || undefined,
        })),
        { title: vscode.l10n.t('{0}, {1}: each source', roleName, levelLabel(level, vscode.l10n)) },
      );
    }
    return levels.find((l) => l.level === level)?.figures ?? [];
  },
});
