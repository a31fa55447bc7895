// A pair of roles read back from settings or saved state. No zod and no dataset here: the
// activation entry reaches this through the Roles view's row builder (treeText.ts), and it must
// stay small (esbuild.mjs, src/extension.ts).

/**
 * A pair read back from settings or saved state, if it still names two different roles of the
 * dataset; undefined otherwise (a role removed with its pack, a hand-edited setting).
 */
export function knownPair(value: unknown, roleIds: readonly string[]): [string, string] | undefined {
  if (!Array.isArray(value) || value.length !== 2) return undefined;
  const [a, b] = value as unknown[];
  return typeof a === 'string' && typeof b === 'string' && a !== b && roleIds.includes(a) && roleIds.includes(b)
    ? [a, b]
    : undefined;
}
