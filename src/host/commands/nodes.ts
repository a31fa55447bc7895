// Tree nodes as command arguments: the fields a command uses, checked like any argument.
import { z } from 'zod';
import { SECTIONS } from '../../core/outline';

const Section = z.enum(SECTIONS);

export const RoleNodeArg = z.looseObject({ kind: z.literal('role'), roleId: z.string() });
export const SectionNodeArg = z.looseObject({ kind: z.literal('section'), roleId: z.string(), section: Section });
export const ItemNodeArg = z.looseObject({
  kind: z.literal('item'),
  roleId: z.string(),
  section: Section,
  item: z.looseObject({ figure: z.string().optional(), sources: z.array(z.string()) }),
});
/** Any node of the Roles view a command can act on. */
export const RolesViewNodeArg = z.union([RoleNodeArg, SectionNodeArg, ItemNodeArg]);

/** A skill: its id, or a Skills view node. */
export const SkillArg = z.union([z.string(), z.looseObject({ skillId: z.string() }).transform((n) => n.skillId)]);
