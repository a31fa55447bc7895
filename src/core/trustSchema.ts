// The shape of a pack's trust as the dataset, the protocol and the webview carry it. Kept apart
// from packTrust.ts so that what only needs the shape does not bundle the signature code.
import { z } from 'zod';

/** How a pack's figures are labelled wherever they appear. Set by Career Lens, never by a pack. */
export const PackTrust = z.discriminatedUnion('kind', [
  z
    .object({
      kind: z.literal('signed'),
      publisher: z.string(),
      fingerprint: z.string(),
      packId: z.string(),
      version: z.string(),
    })
    .strict(),
  z.object({ kind: z.literal('unsigned') }).strict(),
]);
export type PackTrust = z.infer<typeof PackTrust>;
