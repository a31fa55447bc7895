// Opening the comparison: from the palette, a role in the tree, a section or item, or the API.
import * as vscode from 'vscode';
import { z } from 'zod';
import { checkPair, compare } from '../../core/compare';
import { SECTION_TAB } from '../../core/outline';
import { Tab } from '../../shared/protocol';
import { CommandId } from '../manifestNames';
import { ComparisonPanel } from '../comparisonPanel';
import { payFilterFromSettings } from '../treeText';
import { args, command, knownRole, otherRole, pickRole } from './command';
import { ItemNodeArg, RoleNodeArg, SectionNodeArg } from './nodes';

const OpenOptions = z.object({ roles: z.tuple([z.string(), z.string()]).optional(), tab: Tab.optional() }).strict();

export const openComparison = command({
  id: CommandId.openComparison,
  args: args(OpenOptions.optional().describe('options')),
  run: async (s, opts) => {
    const d = await s.store.get();
    let pair: [string, string] | undefined;
    if (opts?.roles) {
      pair = [knownRole(d, opts.roles[0], 'roles[0]')!, knownRole(d, opts.roles[1], 'roles[1]')!];
      checkPair(d, ...pair);
    }
    const panel = ComparisonPanel.createOrShow(s, { pair, tab: opts?.tab });
    return { pair: pair ?? (await panel.pair()), tab: opts?.tab };
  },
});

export const compareRoles = command({
  id: CommandId.compareRoles,
  args: args(z.string().optional().describe('roleA'), z.string().optional().describe('roleB')),
  run: async (s, a, b) => {
    const d = await s.store.get();
    const roleA = knownRole(d, a, 'roleA') ?? (await pickRole(d, vscode.l10n.t('Compare Roles (1/2)')));
    if (!roleA) return undefined;
    const roleB =
      knownRole(d, b, 'roleB') ??
      (await pickRole(d, vscode.l10n.t('Compare {0} with… (2/2)', d.roles.find((r) => r.id === roleA)!.name), roleA));
    if (!roleB) return undefined;
    checkPair(d, roleA, roleB);
    ComparisonPanel.createOrShow(s, { pair: [roleA, roleB] });
    return compare(d, roleA, roleB, payFilterFromSettings());
  },
});

export const compareWith = command({
  id: CommandId.compareWith,
  args: args(RoleNodeArg.optional().describe('role'), z.string().optional().describe('other')),
  run: async (s, node, otherIn) => {
    const d = await s.store.get();
    const roleId = node?.roleId ?? (await pickRole(d, vscode.l10n.t('Compare Roles')));
    if (!roleId) return undefined;
    const other =
      knownRole(d, otherIn, 'other') ??
      (await pickRole(d, vscode.l10n.t('Compare {0} with…', d.roles.find((r) => r.id === roleId)!.name), roleId));
    if (!other) return undefined;
    checkPair(d, roleId, other);
    ComparisonPanel.createOrShow(s, { pair: [roleId, other] });
    return [roleId, other];
  },
});

export const openSection = command({
  id: CommandId.openSection,
  args: args(z.union([SectionNodeArg, ItemNodeArg]).optional().describe('node')),
  run: async (s, node) => {
    if (!node) return undefined;
    const d = await s.store.get();
    const tab = SECTION_TAB[node.section];
    const pair: [string, string] = [node.roleId, otherRole(d, node.roleId)];
    ComparisonPanel.createOrShow(s, { pair, tab });
    return { pair, tab };
  },
});
