// `npm run pack -- check`: the built CLI (out/cli/pack.js, built by `node esbuild.mjs --tests`)
// run as a user runs it, on packs signed by the real minisign.
import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { makeKey, sign, type Key } from '../harness/minisign.mjs';

const CLI = resolve(__dirname, '..', '..', 'cli', 'pack.js');
const PACK = `${JSON.stringify({
  sources: [{ id: 'acme-bands', publisher: 'Acme', title: 'Acme bands', asOf: '2026', basis: null }],
  compensation: [
    {
      id: 'acme-de-mid',
      role: 'data-engineer',
      level: 'mid',
      region: 'us',
      currency: 'USD',
      period: 'year',
      kind: 'total',
      min: 150000,
      max: 170000,
      source: 'acme-bands',
    },
  ],
})}\n`;

function run(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

describe('npm run pack -- check', function () {
  this.timeout(30_000);
  let dir: string;
  let key: Key;
  let other: Key;
  let pack: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'career-lens-cli-'));
    key = makeKey(mkdtempSync(join(dir, 'a-')));
    other = makeKey(mkdtempSync(join(dir, 'b-')));
    pack = join(dir, 'acme.careerlens.json');
    writeFileSync(pack, PACK);
    sign(key, pack, 'pack:acme-pay version:1.2.0');
  });

  it('verifies a signed pack against the key file or its base64 line, and names signer and version', () => {
    for (const k of [key.publicFile, key.publicKey]) {
      const r = run('check', pack, '--key', k);
      assert.equal(r.code, 0, r.out + r.err);
      assert.match(r.out, /^ok: .*acme\.careerlens\.json: a valid data pack \(2 entries added, 0 overriding/m);
      assert.match(r.out, /signed by the given key · [0-9A-F]{1,16} · v1\.2\.0 \(pack acme-pay\)/);
    }
  });

  it('refuses one altered byte, another key, and a missing signature when a key is given (exit 1)', () => {
    const altered = join(dir, 'altered.careerlens.json');
    writeFileSync(altered, PACK.replace('150000', '150001'));
    let r = run('check', altered, '--signature', `${pack}.minisig`, '--key', key.publicKey);
    assert.equal(r.code, 1);
    assert.match(r.out, /refused: .*the signature does not match the file/);
    r = run('check', pack, '--key', other.publicKey);
    assert.equal(r.code, 1);
    assert.match(r.out, /which is not a trusted publisher's key/);
    r = run('check', altered, '--key', key.publicKey);
    assert.equal(r.code, 1);
    assert.match(r.out, /no signature/);
  });

  it("checks an unsigned pack's schema and references like the extension", () => {
    const bad = join(dir, 'bad.json');
    writeFileSync(bad, JSON.stringify({ compensation: [{ ...JSON.parse(PACK).compensation[0], source: 'nowhere' }] }));
    const r = run('check', bad);
    assert.equal(r.code, 1);
    assert.match(r.out, /refused: .*bad\.json: \$\.compensation\[0\]\.source: unknown source 'nowhere'/);
    const plain = join(dir, 'plain.json');
    writeFileSync(plain, readFileSync(pack));
    assert.equal(run('check', plain).code, 0);
    assert.match(run('check', plain).out, /^unsigned$/m);
  });

  it('prints the usage and exits 2 for an unknown flag, a missing file argument or another command', () => {
    for (const args of [['check', pack, '--bogus'], ['check'], ['sign', pack], []]) {
      const r = run(...args);
      assert.equal(r.code, 2, args.join(' '));
      assert.match(r.err, /usage: npm run pack -- check FILE/);
    }
  });
});
