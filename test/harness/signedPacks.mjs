// Signed data packs for the integration suites, made before each run with the real minisign
// and fresh keys: out/test/signed/ inside the extension folder, which both extension hosts
// read through workspace.fs (test/integration/packTrust.test.ts copies them into the workspace).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeKey, sign } from './minisign.mjs';

/** A pack with a source and one pay figure, so its trust shows in the trees and exports. */
export function teamPack(version) {
  return `${JSON.stringify(
    {
      sources: [
        {
          id: 'acme-bands',
          publisher: 'Acme People team',
          title: `Acme pay bands v${version}`,
          asOf: '2026',
          basis: 'Internal pay bands (test fixture)',
        },
      ],
      compensation: [
        {
          id: 'acme-de-senior',
          role: 'data-engineer',
          level: 'senior',
          region: 'us',
          currency: 'USD',
          period: 'year',
          kind: 'total',
          min: 171000,
          max: 199000,
          source: 'acme-bands',
        },
      ],
    },
    null,
    2,
  )}\n`;
}

export function prepareSignedPacks(repoRoot) {
  const out = join(repoRoot, 'out', 'test', 'signed');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const keys = mkdtempSync(join(tmpdir(), 'career-lens-keys-'));
  try {
    const publisher = makeKey(mkdtempSync(join(keys, 'publisher-')));
    const stranger = makeKey(mkdtempSync(join(keys, 'stranger-')));
    const write = (name, text) => {
      writeFileSync(join(out, name), text);
      return join(out, name);
    };
    sign(publisher, write('acme-v2.careerlens.json', teamPack('2.0.0')), 'pack:acme-pay version:2.0.0');
    sign(publisher, write('acme-v1.careerlens.json', teamPack('1.0.0')), 'pack:acme-pay version:1.0.0');
    sign(stranger, write('acme-stranger.careerlens.json', teamPack('3.0.0')), 'pack:acme-pay version:3.0.0');
    // Signed, then one byte changed (a figure: 171000 → 971000).
    const tampered = write('acme-tampered.careerlens.json', teamPack('2.0.0'));
    sign(publisher, tampered, 'pack:acme-pay version:2.0.0');
    write('acme-tampered.careerlens.json', teamPack('2.0.0').replace('171000', '971000'));
    writeFileSync(
      join(out, 'keys.json'),
      JSON.stringify({ publisher: publisher.publicKey, stranger: stranger.publicKey }),
    );
  } finally {
    rmSync(keys, { recursive: true, force: true });
  }
  return out;
}
