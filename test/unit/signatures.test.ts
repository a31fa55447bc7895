// Signed data packs: every signature here is made by the real `minisign` binary (Debian's),
// with keys generated at test time; our code only verifies.
import * as assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { keyIdHex, parsePublicKey, parseSignature, verifySignature } from '../../src/core/minisign';
import {
  checkPackTrust,
  compareVersions,
  packIdentity,
  parseTrustedPublishers,
  versionKey,
  type TrustInput,
} from '../../src/core/packTrust';
import { applyUserPacks } from '../../src/core/packs';
import { labelOfSource } from '../../src/core/format';
import { sourcesMarkdown } from '../../src/core/markdown';
import { makeKey, minisignVerifies, sign, type Key } from '../harness/minisign.mjs';
import { builtIn } from './fixtures';

const PACK = JSON.stringify(
  {
    sources: [
      {
        id: 'acme-survey',
        publisher: 'Acme People team',
        title: 'Acme pay bands 2026',
        asOf: '2026',
        basis: 'HR bands',
      },
    ],
  },
  null,
  2,
);

describe('minisign signatures, made by the real minisign', function () {
  this.timeout(30_000);
  let dir: string;
  let key: Key;
  let other: Key;
  let packPath: string;
  const bytes = (p: string) => new Uint8Array(readFileSync(p));
  const text = (p: string) => readFileSync(p, 'utf8');

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'career-lens-sign-'));
    key = makeKey(mkdtempSync(join(dir, 'a-')));
    other = makeKey(mkdtempSync(join(dir, 'b-')));
    packPath = join(dir, 'acme.careerlens.json');
    writeFileSync(packPath, PACK);
  });

  const publishers = () => parseTrustedPublishers([{ name: 'Acme People', publicKey: key.publicKey }]).publishers;
  const input = (over: Partial<TrustInput> = {}): TrustInput => ({
    bytes: bytes(packPath),
    signature: text(`${packPath}.minisig`),
    publishers: publishers(),
    allowUnsigned: true,
    seen: {},
    ...over,
  });

  it("parses the public key file and its base64 line alike, with minisign's key id", () => {
    const fromFile = parsePublicKey(text(key.publicFile));
    const fromLine = parsePublicKey(key.publicKey);
    assert.ok(fromFile.ok && fromLine.ok);
    assert.deepEqual(fromFile.value.key, fromLine.value.key);
    // minisign names the key id in the public key's untrusted comment.
    assert.match(text(key.publicFile), new RegExp(`minisign public key ${fromLine.value.fingerprint}\\b`));
    assert.equal(keyIdHex(fromLine.value.keyId), fromLine.value.fingerprint);
    // minisign prints the number without leading zeros.
    assert.equal(keyIdHex(new Uint8Array([0xa2, 0x35, 0x1d, 0x11, 0x56, 0x23, 0xd7, 0x07])), '7D72356111D35A2');
    assert.equal(keyIdHex(new Uint8Array(8)), '0');
  });

  it('verifies the default prehashed (ED) signature and its trusted comment', () => {
    sign(key, packPath, 'pack:acme-pay version:2.0.0');
    assert.ok(minisignVerifies(key, packPath));
    const sig = parseSignature(text(`${packPath}.minisig`));
    assert.ok(sig.ok);
    assert.equal(sig.value.algorithm, 'ED');
    assert.equal(sig.value.trustedComment, 'pack:acme-pay version:2.0.0');
    const k = parsePublicKey(key.publicKey);
    assert.ok(k.ok);
    assert.deepEqual(verifySignature(bytes(packPath), sig.value, k.value), { ok: true });
  });

  it('verifies the legacy (Ed) format, which signs the file itself', () => {
    const sigFile = sign(key, packPath, 'pack:acme-pay version:2.0.0', {
      legacy: true,
      sigFile: join(dir, 'legacy.minisig'),
    });
    const sig = parseSignature(text(sigFile));
    const k = parsePublicKey(key.publicKey);
    assert.ok(sig.ok && k.ok);
    assert.equal(sig.value.algorithm, 'Ed');
    assert.deepEqual(verifySignature(bytes(packPath), sig.value, k.value), { ok: true });
  });

  it('a signed pack is trusted, labelled with publisher, key id and version, and remembered', () => {
    sign(key, packPath, 'pack:acme-pay version:2.0.0');
    const r = checkPackTrust(input());
    assert.ok(r.ok, JSON.stringify(r));
    const fingerprint = parsePublicKey(key.publicKey).ok
      ? (parsePublicKey(key.publicKey) as { value: { fingerprint: string } }).value.fingerprint
      : '';
    assert.deepEqual(r.trust, {
      kind: 'signed',
      publisher: 'Acme People',
      fingerprint,
      packId: 'acme-pay',
      version: '2.0.0',
    });
    assert.deepEqual(r.record, { key: versionKey(fingerprint, 'acme-pay'), version: '2.0.0' });
    const applied = applyUserPacks(builtIn(), [
      { name: 'acme.careerlens.json', bytes: bytes(packPath), trust: r.trust },
    ]);
    const source = applied.dataset.sources.find((s) => s.id === 'acme-survey');
    assert.equal(
      labelOfSource(source, 'acme-survey'),
      `Acme People team (2026) · signed by Acme People · ${fingerprint} · v2.0.0`,
    );
    assert.equal(applied.applied[0]!.trust?.kind, 'signed');
    assert.ok(
      sourcesMarkdown(applied.dataset).some((l) =>
        l.includes(`Acme pay bands 2026, 2026. HR bands (signed by Acme People · ${fingerprint} · v2.0.0)`),
      ),
      "the export's source list says who signed it",
    );
  });

  it('one altered byte is refused', () => {
    sign(key, packPath, 'pack:acme-pay version:2.0.0');
    const altered = bytes(packPath);
    altered[altered.length - 3]! ^= 0x01;
    const r = checkPackTrust(input({ bytes: altered }));
    assert.equal(r.ok, false);
    assert.match((r as { reason: string }).reason, /does not match the file/);
  });

  it('an altered trusted comment is refused (the global signature)', () => {
    sign(key, packPath, 'pack:acme-pay version:1.0.0');
    const forged = text(`${packPath}.minisig`).replace('version:1.0.0', 'version:9.0.0');
    const r = checkPackTrust(input({ signature: forged }));
    assert.equal(r.ok, false);
    assert.match((r as { reason: string }).reason, /trusted comment's signature does not verify/);
  });

  it('a key the user does not trust is refused, naming the key id', () => {
    sign(other, packPath, 'pack:acme-pay version:2.0.0');
    const r = checkPackTrust(input());
    assert.equal(r.ok, false);
    const otherId = (parsePublicKey(other.publicKey) as { value: { fingerprint: string } }).value.fingerprint;
    assert.match(
      (r as { reason: string }).reason,
      new RegExp(`key ${otherId}, which is not a trusted publisher's key`),
    );
  });

  it('an older version after a newer one from the same key is refused; the same or newer is not', () => {
    sign(key, packPath, 'pack:acme-pay version:1.9.0');
    const fingerprint = (parsePublicKey(key.publicKey) as { value: { fingerprint: string } }).value.fingerprint;
    const seen = { [versionKey(fingerprint, 'acme-pay')]: '1.10.0' };
    const r = checkPackTrust(input({ seen }));
    assert.equal(r.ok, false);
    assert.match(
      (r as { reason: string }).reason,
      /downgrade: this is version 1\.9\.0 of pack acme-pay, but version 1\.10\.0/,
    );
    sign(key, packPath, 'pack:acme-pay version:1.10.0');
    assert.ok(checkPackTrust(input({ seen })).ok);
    // Another pack id from the same key has its own history.
    sign(key, packPath, 'pack:acme-levels version:1.0.0');
    assert.ok(checkPackTrust(input({ seen })).ok);
  });

  it('a hostile trusted comment yields only the checked pack id and version', () => {
    sign(
      key,
      packPath,
      'pack:acme-pay version:2.0.0 [Fix](command:workbench.action.terminal.new) $(warning) <img src=x onerror=alert(1)> \u202Eevil',
    );
    const r = checkPackTrust(input());
    assert.ok(r.ok, JSON.stringify(r));
    assert.deepEqual(
      [r.trust.kind, (r.trust as { packId: string }).packId, (r.trust as { version: string }).version],
      ['signed', 'acme-pay', '2.0.0'],
    );
    assert.doesNotMatch(JSON.stringify(r.trust), /command:|\$\(|<img/);
    sign(key, packPath, 'pack:[x](command:y) version:1');
    assert.match((checkPackTrust(input()) as { reason: string }).reason, /pack:<kebab-case-id>/);
  });

  it('a trusted comment without pack id and version is refused', () => {
    sign(key, packPath, 'timestamp:1 file:acme.careerlens.json');
    const r = checkPackTrust(input());
    assert.equal(r.ok, false);
    assert.match((r as { reason: string }).reason, /pack:<kebab-case-id>/);
  });

  it('unsigned packs: allowed and labelled when the setting allows them, refused otherwise', () => {
    assert.deepEqual(checkPackTrust(input({ signature: undefined })), { ok: true, trust: { kind: 'unsigned' } });
    const r = checkPackTrust(input({ signature: undefined, allowUnsigned: false }));
    assert.equal(r.ok, false);
    assert.match((r as { reason: string }).reason, /unsigned packs are turned off/);
  });
});

describe('minisign formats: hostile and broken input', () => {
  it('refuses keys and signatures that are not minisign', () => {
    for (const bad of [
      '',
      'RWQ',
      'not base64!',
      'untrusted comment: x\n',
      'a\nb\nc',
      btoa('Xx' + 'a'.repeat(40)),
      'x'.repeat(100_000),
    ]) {
      assert.equal(parsePublicKey(bad).ok, false, bad.slice(0, 20));
    }
    for (const bad of [
      '',
      'untrusted comment: x\nAAAA\ntrusted comment: y\nAAAA',
      'x'.repeat(100_000),
      'untrusted comment: a\n' + btoa('Zz'.padEnd(74, 'a')) + '\ntrusted comment: c\n' + btoa('b'.repeat(64)),
    ]) {
      assert.equal(parseSignature(bad).ok, false, bad.slice(0, 20));
    }
  });
  it('names bad trusted-publisher entries and keeps the good ones', () => {
    const r = parseTrustedPublishers([
      { name: 'x' },
      'nope',
      { name: '', publicKey: 'RWQ' },
      { name: 'Bad key', publicKey: 'AAAA' },
    ]);
    assert.equal(r.publishers.length, 0);
    assert.deepEqual(
      r.problems.map((p) => p.index),
      [0, 1, 2, 3],
    );
    assert.equal(parseTrustedPublishers({}).problems[0]!.index, -1);
  });
  it('reads pack id and version from the trusted comment, strictly', () => {
    assert.deepEqual(packIdentity('timestamp:17 pack:acme version:1.2.3'), {
      ok: true,
      packId: 'acme',
      version: '1.2.3',
    });
    assert.equal(packIdentity('pack:acme pack:other version:1').ok, false);
    assert.equal(packIdentity('pack:Acme_[x](command:y) version:1').ok, false);
    assert.equal(packIdentity('pack:acme version:1.2.3-beta').ok, false);
  });
  it('compares versions by number', () => {
    assert.equal(compareVersions('1.10', '1.9'), 1);
    assert.equal(compareVersions('1.2', '1.2.0'), 0);
    assert.equal(compareVersions('0.9.9', '1'), -1);
  });
});
