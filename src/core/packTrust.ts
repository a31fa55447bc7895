// Whether a user data pack may be applied, and how its figures are labelled: signed by a
// publisher the user trusts (checked with minisign signatures), unsigned (when the user allows
// it), or refused with a reason. Pure; the hosts and the `pack` CLI read the files and the
// settings and call this.
import { keyIdHex, parsePublicKey, parseSignature, verifySignature, type MinisignPublicKey } from './minisign';
import { plainLine } from './inert';
import type { PackTrust } from './trustSchema';

export type { PackTrust };

export interface TrustedPublisher {
  /** The user's name for the publisher, from their own settings. */
  name: string;
  key: MinisignPublicKey;
}

export interface SettingProblem {
  index: number;
  reason: string;
}

/** `careerLens.trustedPublishers`: a list of { name, publicKey }; bad entries are named and skipped. */
export function parseTrustedPublishers(raw: unknown): { publishers: TrustedPublisher[]; problems: SettingProblem[] } {
  const publishers: TrustedPublisher[] = [];
  const problems: SettingProblem[] = [];
  if (raw === undefined || raw === null) return { publishers, problems };
  if (!Array.isArray(raw))
    return {
      publishers,
      problems: [{ index: -1, reason: 'the setting must be a list of { "name", "publicKey" } objects' }],
    };
  raw.forEach((entry: unknown, index) => {
    const e = entry as { name?: unknown; publicKey?: unknown } | null;
    if (
      typeof e !== 'object' ||
      e === null ||
      typeof e.name !== 'string' ||
      e.name.trim() === '' ||
      typeof e.publicKey !== 'string'
    ) {
      problems.push({
        index,
        reason: 'each entry needs a non-empty "name" and a "publicKey" (the base64 line of minisign.pub)',
      });
      return;
    }
    const key = parsePublicKey(e.publicKey);
    if (!key.ok) problems.push({ index, reason: key.reason });
    // A settings value is untrusted text too: one line, capped; each sink still makes it inert.
    else publishers.push({ name: plainLine(e.name.trim(), 80), key: key.value });
  });
  return { publishers, problems };
}

const VERSION = /^\d{1,9}(?:\.\d{1,9}){0,3}$/;
const PACK_ID = /^[a-z0-9][a-z0-9-]{0,79}$/;

/** Compares dotted numeric versions ("1.10" > "1.9"; "1.2" = "1.2.0"). */
export function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/**
 * The pack's id and version from a trusted comment: `pack:<id>` and `version:<n.n.n>` among
 * space-separated words (minisign's own `timestamp:… file:…` words may stay beside them).
 */
export function packIdentity(
  trustedComment: string,
): { ok: true; packId: string; version: string } | { ok: false; reason: string } {
  const words = trustedComment.split(/\s+/);
  const ids = words.filter((w) => w.startsWith('pack:')).map((w) => w.slice(5));
  const versions = words.filter((w) => w.startsWith('version:')).map((w) => w.slice(8));
  if (ids.length !== 1 || !PACK_ID.test(ids[0]!))
    return {
      ok: false,
      reason:
        'the trusted comment must name the pack once as pack:<kebab-case-id> (sign with minisign -t "pack:<id> version:<n.n.n>")',
    };
  if (versions.length !== 1 || !VERSION.test(versions[0]!))
    return {
      ok: false,
      reason:
        'the trusted comment must give the version once as version:<n.n.n> (sign with minisign -t "pack:<id> version:<n.n.n>")',
    };
  return { ok: true, packId: ids[0]!, version: versions[0]! };
}

/** Highest version seen per publisher key and pack id: the key of that record. */
export function versionKey(fingerprint: string, packId: string): string {
  return `${fingerprint}/${packId}`;
}

export interface TrustInput {
  bytes: Uint8Array;
  /** The `.minisig` beside the pack, if there is one. */
  signature: string | undefined;
  publishers: readonly TrustedPublisher[];
  allowUnsigned: boolean;
  /** Highest version seen so far, by versionKey(). */
  seen: Readonly<Record<string, string>>;
}

export type TrustResult =
  | {
      ok: true;
      trust: PackTrust;
      /** What to remember once the pack is applied. */ record?: { key: string; version: string };
    }
  | { ok: false; reason: string };

/** Decides a pack's trust. A signature that is present must verify, whatever the unsigned setting. */
export function checkPackTrust(input: TrustInput): TrustResult {
  if (input.signature === undefined) {
    return input.allowUnsigned
      ? { ok: true, trust: { kind: 'unsigned' } }
      : { ok: false, reason: 'the pack is unsigned, and unsigned packs are turned off (Allow Unsigned Packs setting)' };
  }
  const sig = parseSignature(input.signature);
  if (!sig.ok) return { ok: false, reason: `signature: ${sig.reason}` };
  const publisher = input.publishers.find((p) => p.key.keyId.every((b, i) => b === sig.value.keyId[i]));
  if (!publisher) {
    const trusted = input.publishers.map((p) => p.key.fingerprint).join(', ') || 'none';
    return {
      ok: false,
      reason: `signed with key ${keyIdHex(sig.value.keyId)}, which is not a trusted publisher's key (trusted: ${trusted})`,
    };
  }
  const verified = verifySignature(input.bytes, sig.value, publisher.key);
  if (!verified.ok) return { ok: false, reason: `signature: ${verified.reason}` };
  const id = packIdentity(sig.value.trustedComment);
  if (!id.ok) return { ok: false, reason: id.reason };
  const key = versionKey(publisher.key.fingerprint, id.packId);
  const highest = input.seen[key];
  if (highest !== undefined && compareVersions(id.version, highest) < 0) {
    return {
      ok: false,
      reason: `downgrade: this is version ${id.version} of pack ${id.packId}, but version ${highest} from the same publisher key was already applied`,
    };
  }
  return {
    ok: true,
    trust: {
      kind: 'signed',
      publisher: publisher.name,
      fingerprint: publisher.key.fingerprint,
      packId: id.packId,
      version: id.version,
    },
    record: { key, version: id.version },
  };
}
