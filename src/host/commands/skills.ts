// Finding a skill in the Skills view, and marking the skills the user has.
import * as vscode from 'vscode';
import { z } from 'zod';
import type { Mark } from '../../core/profile';
import { searchSkills } from '../../core/skills';
import { CommandId } from '../manifestNames';
import { pick } from '../sinks';
import { args, command } from './command';
import { SkillArg } from './nodes';

export const findSkill = command({
  id: CommandId.findSkill,
  args: args(z.string().max(200).optional().describe('query')),
  run: async (s, query) => {
    const d = await s.store.get();
    let skillId: string | undefined;
    if (query !== undefined && d.skills.some((x) => x.id === query)) skillId = query;
    else {
      const initial = query !== undefined ? searchSkills(d, query) : d.skills;
      const picked = await pick(
        initial.map((x) => ({ label: x.name, description: x.category, detail: x.description, value: x.id })),
        {
          title: vscode.l10n.t('Find Skill'),
          placeHolder: vscode.l10n.t('Type a skill or tool, e.g. Airflow, PyTorch, SQL'),
          matchOnDescription: true,
          matchOnDetail: true,
        },
      );
      skillId = picked?.value;
    }
    if (!skillId) return undefined;
    await s.revealSkill(skillId);
    return skillId;
  },
});

const markCommand = <Id extends CommandId>(id: Id, mark: Mark | null) =>
  command({
    id,
    args: args(SkillArg.describe('skill')),
    run: async (s, skillId) => (await s.person.mark(skillId, mark)).skills[skillId] ?? null,
  });

export const markHave = markCommand(CommandId.markHave, 'have');
export const markLearning = markCommand(CommandId.markLearning, 'learning');
export const markNotYet = markCommand(CommandId.markNotYet, 'not-yet');
export const clearMark = markCommand(CommandId.clearMark, null);
