// What `npm run pack -- check` decides and prints; no file or process access, so a test can
// call it with bytes. The checks are the extension's own (packs.ts, packTrust.ts).
import { trustText } from '../core/format';
import { forLog } from '../core/inert';
import { parsePublicKey } from '../core/minisign';
import { checkPackTrust, type TrustedPublisher } from '../core/packTrust';
import { applyUserPacks, formatPackError } from '../core/packs';
import { BUILT_IN_DATASET } from '../host/builtInDataset';

export interface PackCheckInput {
  name: string;
  bytes: Uint8Array;
  signature: string | undefined;
  /** The publisher's public key; when given, the pack must be signed with it. */
  key: string | undefined;
}

export function checkPack(input: PackCheckInput): { ok: boolean; lines: string[] } {
  // Pack text is untrusted here too: each line is one plain line, whatever is in the file.
  const fail = (reason: string) => ({ ok: false, lines: [forLog(`refused: ${input.name}: ${reason}`)] });
  let publishers: TrustedPublisher[] = [];
  if (input.key !== undefined) {
    const key = parsePublicKey(input.key);
    if (!key.ok) return fail(`--key: ${key.reason}`);
    publishers = [{ name: 'the given key', key: key.value }];
    if (input.signature === undefined)
      return fail(`no signature (expected ${input.name}.minisig, or give --signature)`);
  }
  const trust = checkPackTrust({
    bytes: input.bytes,
    signature: input.key === undefined ? undefined : input.signature,
    publishers,
    allowUnsigned: true,
    seen: {},
  });
  if (!trust.ok) return fail(trust.reason);
  const applied = applyUserPacks(BUILT_IN_DATASET, [{ name: input.name, bytes: input.bytes, trust: trust.trust }]);
  if (applied.errors.length)
    return { ok: false, lines: applied.errors.map((e) => forLog(`refused: ${formatPackError(e)}`)) };
  const a = applied.applied[0]!;
  const lines = [
    forLog(
      `ok: ${input.name}: a valid data pack (${a.added} entries added, ${a.overrides.length} overriding built-in entries)`,
    ),
  ];
  lines.push(
    trust.trust.kind === 'signed'
      ? forLog(
          `${trustText(trust.trust)} (pack ${trust.trust.packId}); trust it with careerLens.trustedPublishers in user settings`,
        )
      : input.signature !== undefined
        ? "a signature is present but not checked: give --key with the publisher's public key"
        : 'unsigned',
  );
  return { ok: true, lines };
}
