// The career dataset's schema. Every type in the domain is inferred from these zod schemas.
import { z } from 'zod';

export const Id = z.string().min(1).max(80).regex(/^[a-z0-9][a-z0-9-]*$/, 'must be a kebab-case id');

export const Source = z.object({
  id: Id,
  publisher: z.string().min(1),
  title: z.string().min(1),
});
export type Source = z.infer<typeof Source>;

export const Role = z.object({
  id: Id,
  name: z.string().min(1),
  kind: z.enum(['core', 'hybrid']),
  summary: z.string().min(1),
  sources: z.array(Id).min(1),
});
export type Role = z.infer<typeof Role>;

/** A data file or a user pack: every section optional; entries add or override by id. */
export const DataPack = z.object({
  sources: z.array(Source).optional(),
  roles: z.array(Role).optional(),
}).strict();
export type DataPack = z.infer<typeof DataPack>;

export interface Dataset {
  sources: Source[];
  roles: Role[];
}
