// The real `minisign` (Debian's), as a publisher runs it: the tests sign data packs with it and
// never with our own code. Keys are made at test time, without a password, in a temp folder.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const MINISIGN = process.env.CAREER_LENS_MINISIGN ?? '/usr/bin/minisign';

/** A fresh key pair: its folder, the files, and the public key's base64 line. */
export function makeKey(dir = mkdtempSync(join(tmpdir(), 'career-lens-key-'))) {
  // test/harness/install.mjs installs it (npm test does that first), as it does Chromium.
  if (!existsSync(MINISIGN))
    throw new Error(
      `${MINISIGN} is missing: run \`node test/harness/install.mjs\` as root, or: apt-get update && apt-get install -y minisign`,
    );
  const publicFile = join(dir, 'minisign.pub');
  const secretFile = join(dir, 'minisign.key');
  execFileSync(MINISIGN, ['-G', '-W', '-p', publicFile, '-s', secretFile], { stdio: 'ignore' });
  const publicKey = readFileSync(publicFile, 'utf8').trim().split('\n')[1];
  return { dir, publicFile, secretFile, publicKey };
}

/**
 * Signs `file` into `file.minisig` (or `sigFile`) with `trustedComment`; `legacy` uses
 * minisign's old 'Ed' format (the file itself is signed, not its BLAKE2b-512).
 */
export function sign(key, file, trustedComment, { legacy = false, sigFile = `${file}.minisig` } = {}) {
  execFileSync(
    MINISIGN,
    ['-S', ...(legacy ? ['-l'] : []), '-s', key.secretFile, '-m', file, '-x', sigFile, '-t', trustedComment],
    { stdio: 'ignore' },
  );
  return sigFile;
}

/** minisign's own verdict, to show our verifier agrees with the tool. */
export function minisignVerifies(key, file, sigFile = `${file}.minisig`) {
  try {
    execFileSync(MINISIGN, ['-V', '-q', '-p', key.publicFile, '-m', file, '-x', sigFile], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}
