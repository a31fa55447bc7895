// minisign's public key and detached signature formats, and their verification. Pure: the same
// code runs in the Node extension host, the web worker host and the `pack` CLI.
//
// Formats (as written by minisign 0.11):
//   public key:  "untrusted comment: …" / base64( "Ed" | key id (8) | Ed25519 key (32) )
//   signature:   "untrusted comment: …" / base64( "ED" or "Ed" | key id (8) | signature (64) )
//                "trusted comment: …"   / base64( global signature (64) )
// "ED" signs BLAKE2b-512 of the file (minisign's default since 0.8); legacy "Ed" signs the file
// itself. The global signature covers signature (64) | trusted comment bytes, so the trusted
// comment cannot be changed or moved to another signature.
//
// Ed25519 and BLAKE2b come from @noble/ed25519 and @noble/hashes (audited, no dependencies,
// synchronous, the same in every host); WebCrypto has no BLAKE2b, and its Ed25519 is missing in
// some hosts VS Code runs in (see the README's "For teams" and test/bench/packs.mjs).
import { verify as ed25519Verify, hashes } from '@noble/ed25519';
import { blake2b } from '@noble/hashes/blake2.js';
import { sha512 } from '@noble/hashes/sha2.js';

hashes.sha512 = sha512;

const UNTRUSTED = 'untrusted comment:';
const TRUSTED = 'trusted comment: ';
/** minisign writes at most 1 KB comments; anything much larger is not a minisign file. */
const MAX_FILE_CHARS = 8192;

export interface MinisignPublicKey {
  /** 8 bytes, as stored. */
  keyId: Uint8Array;
  key: Uint8Array;
  /** The key id as minisign prints it: up to 16 upper-case hex digits. */
  fingerprint: string;
}

export interface MinisignSignature {
  /** 'ED': the file's BLAKE2b-512 is signed; 'Ed': the file itself (legacy). */
  algorithm: 'ED' | 'Ed';
  keyId: Uint8Array;
  signature: Uint8Array;
  /** The text after "trusted comment: ", exactly as signed. Untrusted until verified. */
  trustedComment: string;
  globalSignature: Uint8Array;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

function base64Bytes(text: string): Uint8Array | undefined {
  const s = text.trim();
  if (s.length === 0 || s.length % 4 !== 0 || !/^[A-Za-z0-9+/]+={0,2}$/.test(s)) return undefined;
  const binary = atob(s);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

function lines(text: string): string[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+$/, ''))
    .filter((l) => l !== '');
}

/**
 * The key id as minisign prints it (`minisign public key …`): the little-endian 64-bit number in
 * upper-case hex, without leading zeros, so users can compare it with their minisign.pub.
 */
export function keyIdHex(keyId: Uint8Array): string {
  return [...keyId]
    .reverse()
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase()
    .replace(/^0+(?=.)/, '');
}

/**
 * A public key: the whole `minisign.pub` file, or just its base64 line (what `minisign -G`
 * prints and what people paste into settings).
 */
export function parsePublicKey(text: string): Parsed<MinisignPublicKey> {
  if (typeof text !== 'string' || text.length > MAX_FILE_CHARS)
    return { ok: false, reason: 'a public key is one base64 line (or a minisign.pub file)' };
  const ls = lines(text);
  const keyLine = ls[0]?.startsWith(UNTRUSTED) ? ls[1] : ls[0];
  if (keyLine === undefined || ls.length > (ls[0]?.startsWith(UNTRUSTED) ? 2 : 1))
    return { ok: false, reason: 'a public key is one base64 line (or a minisign.pub file)' };
  const bytes = base64Bytes(keyLine);
  if (!bytes || bytes.length !== 42) return { ok: false, reason: 'the public key is not minisign base64 (42 bytes)' };
  if (bytes[0] !== 0x45 || bytes[1] !== 0x64)
    return { ok: false, reason: 'the public key is not an Ed25519 minisign key' };
  const keyId = bytes.slice(2, 10);
  return { ok: true, value: { keyId, key: bytes.slice(10, 42), fingerprint: keyIdHex(keyId) } };
}

/** A detached `.minisig` file. */
export function parseSignature(text: string): Parsed<MinisignSignature> {
  if (text.length > MAX_FILE_CHARS)
    return {
      ok: false,
      reason: `the signature file is over ${MAX_FILE_CHARS} characters; a minisign signature is four short lines`,
    };
  const ls = lines(text);
  if (ls.length !== 4 || !ls[0]!.startsWith(UNTRUSTED) || !ls[2]!.startsWith(TRUSTED)) {
    return {
      ok: false,
      reason:
        'the signature file is not in minisign format (untrusted comment, signature, trusted comment, global signature)',
    };
  }
  const sig = base64Bytes(ls[1]!);
  if (!sig || sig.length !== 74) return { ok: false, reason: 'the signature line is not minisign base64 (74 bytes)' };
  const algorithm = sig[0] === 0x45 && sig[1] === 0x44 ? 'ED' : sig[0] === 0x45 && sig[1] === 0x64 ? 'Ed' : undefined;
  if (!algorithm) return { ok: false, reason: 'unknown signature algorithm (minisign uses ED or Ed)' };
  const globalSignature = base64Bytes(ls[3]!);
  if (!globalSignature || globalSignature.length !== 64)
    return { ok: false, reason: 'the global signature line is not base64 of 64 bytes' };
  return {
    ok: true,
    value: {
      algorithm,
      keyId: sig.slice(2, 10),
      signature: sig.slice(10, 74),
      trustedComment: ls[2]!.slice(TRUSTED.length),
      globalSignature,
    },
  };
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function ed25519(signature: Uint8Array, message: Uint8Array, key: Uint8Array): boolean {
  try {
    // zip215 off: the strict RFC 8032 checks, as libsodium (and so minisign) applies them.
    return ed25519Verify(signature, message, key, { zip215: false });
  } catch {
    return false;
  }
}

/**
 * Checks `file` against a parsed signature and key: the key ids match, the signature over the
 * file (or its BLAKE2b-512) verifies, and the global signature over signature + trusted comment
 * verifies. Only then is the trusted comment trustworthy.
 */
export function verifySignature(
  file: Uint8Array,
  sig: MinisignSignature,
  key: MinisignPublicKey,
): { ok: true } | { ok: false; reason: string } {
  if (!sameBytes(sig.keyId, key.keyId)) {
    return { ok: false, reason: `signed with key ${keyIdHex(sig.keyId)}, not ${key.fingerprint}` };
  }
  const message = sig.algorithm === 'ED' ? blake2b(file, { dkLen: 64 }) : file;
  if (!ed25519(sig.signature, message, key.key))
    return {
      ok: false,
      reason: `the signature does not match the file (key ${key.fingerprint}): the file was changed after signing, or the signature is for another file`,
    };
  const comment = new TextEncoder().encode(sig.trustedComment);
  const signed = new Uint8Array(64 + comment.length);
  signed.set(sig.signature, 0);
  signed.set(comment, 64);
  if (!ed25519(sig.globalSignature, signed, key.key))
    return {
      ok: false,
      reason: `the trusted comment's signature does not verify (key ${key.fingerprint}): the comment was changed`,
    };
  return { ok: true };
}
