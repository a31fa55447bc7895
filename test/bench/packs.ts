// `npm run bench:packs` (and part of `npm run bench`): what checking a signed 1 MB data pack
// costs, as ratios against a plain JSON.parse of the same bytes in the same run. The pack is
// signed by the real minisign (both formats); the verifier is the extension's own code.
// Also: @noble/ed25519 against WebCrypto's Ed25519 for the two signature checks alone, the
// measurement behind choosing the pure-JS library (WebCrypto has no BLAKE2b in any case).
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { verify as nobleVerify } from '@noble/ed25519';
import { blake2b } from '@noble/hashes/blake2.js';
import { parsePublicKey, parseSignature } from '../../src/core/minisign';
import { checkPackTrust, parseTrustedPublishers } from '../../src/core/packTrust';
import { parsePack } from '../../src/core/packs';
import { makeKey, sign } from '../harness/minisign.mjs';

/** A valid pack of about `bytes` bytes: one source and many pay figures. */
function bigPack(bytes: number): string {
  const compensation = [];
  for (let i = 0; JSON.stringify(compensation).length < bytes - 400; i++) {
    compensation.push({
      id: `band-${i}`,
      role: 'data-engineer',
      level: 'senior',
      region: 'us',
      currency: 'USD',
      period: 'year',
      kind: 'total',
      min: 150000 + i,
      max: 190000 + i,
      employer: `Team ${i}`,
      source: 'acme-bands',
    });
  }
  return JSON.stringify({
    sources: [{ id: 'acme-bands', publisher: 'Acme', title: 'Acme bands', asOf: '2026', basis: null }],
    compensation,
  });
}

function timeMs(fn: () => unknown, rounds = 15): number {
  for (let i = 0; i < 3; i++) fn();
  const xs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    fn();
    xs.push(performance.now() - t0);
  }
  return xs.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

async function timeMsAsync(fn: () => Promise<unknown>, n = 200, rounds = 7): Promise<number> {
  for (let i = 0; i < 20; i++) await fn();
  const xs: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) await fn();
    xs.push((performance.now() - t0) / n);
  }
  return xs.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'career-lens-bench-packs-'));
  try {
    const key = makeKey(mkdtempSync(join(dir, 'key-')));
    const file = join(dir, 'big.careerlens.json');
    writeFileSync(file, bigPack(1024 * 1024));
    const bytes = new Uint8Array(readFileSync(file));
    const prehashed = readFileSync(sign(key, file, 'pack:big version:1.0.0'), 'utf8');
    const legacy = readFileSync(
      sign(key, file, 'pack:big version:1.0.0', { legacy: true, sigFile: join(dir, 'legacy.minisig') }),
      'utf8',
    );
    const publishers = parseTrustedPublishers([{ name: 'Acme', publicKey: key.publicKey }]).publishers;
    const check = (signature: string) => {
      const r = checkPackTrust({ bytes, signature, publishers, allowUnsigned: false, seen: {} });
      if (!r.ok) throw new Error(r.reason);
    };

    const parse = timeMs(() => JSON.parse(new TextDecoder().decode(bytes)));
    const rows: [string, number][] = [
      ['verify, minisign default (ED: BLAKE2b-512 + 2 × Ed25519)', timeMs(() => check(prehashed))],
      ['  of which BLAKE2b-512 of the file', timeMs(() => blake2b(bytes, { dkLen: 64 }))],
      ['verify, legacy (Ed: Ed25519 over the whole file)', timeMs(() => check(legacy))],
      ['whole pack check (size, JSON, schema, duplicates)', timeMs(() => parsePack({ name: 'big', bytes }), 7)],
    ];
    console.log(
      `\nSigned data pack of ${(bytes.byteLength / 1024 / 1024).toFixed(2)} MB (median of 15; baseline JSON.parse ${parse.toFixed(1)} ms)`,
    );
    for (const [name, ms] of rows)
      console.log(
        `  ${name.padEnd(58)} ${`${ms.toFixed(1)} ms`.padStart(10)}  ${`${(ms / parse).toFixed(2)}x`.padStart(7)} JSON.parse`,
      );

    // The two Ed25519 checks alone (64-byte prehash and the global signature), noble against
    // WebCrypto where this Node has it.
    const sig = parseSignature(prehashed);
    const pub = parsePublicKey(key.publicKey);
    if (!sig.ok || !pub.ok) throw new Error('bench signature did not parse');
    const digest = blake2b(bytes, { dkLen: 64 });
    const noble = await timeMsAsync(async () =>
      nobleVerify(sig.value.signature, digest, pub.value.key, { zip215: false }),
    );
    let webcrypto = 'not available';
    try {
      const k = await crypto.subtle.importKey('raw', pub.value.key, { name: 'Ed25519' }, false, ['verify']);
      const ms = await timeMsAsync(() => crypto.subtle.verify({ name: 'Ed25519' }, k, sig.value.signature, digest));
      webcrypto = `${ms.toFixed(3)} ms (noble is ${(noble / ms).toFixed(1)}x it)`;
    } catch (err) {
      webcrypto = `not available (${String(err)})`;
    }
    console.log(`  one Ed25519 verify: @noble/ed25519 ${noble.toFixed(3)} ms; WebCrypto ${webcrypto}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
