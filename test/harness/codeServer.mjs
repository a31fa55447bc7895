// Starts code-server (real VS Code for the browser) on a free loopback port with fresh data
// dirs, and ends it by process group, whatever happens to the caller.
import { spawn, spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { cleanChildEnv } from './cleanEnv.mjs';
import { onCleanup, waitForExit } from './cleanup.mjs';
import { ensureCodeServer } from './install.mjs';

/** How long code-server gets to exit on SIGTERM before SIGKILL. */
const STOP_GRACE_MS = 5_000;

export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');
export const FIXTURE_WORKSPACE = join(REPO_ROOT, 'test', 'fixtures', 'workspace');
const manifest = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const EXTENSION_ID = `${manifest.publisher}.${manifest.name}`;

function freePort() {
  return new Promise((res, rej) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', rej);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => res(port));
    });
  });
}

async function waitForHttp(url, child, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`code-server exited early with code ${child.exitCode}`);
    try {
      const r = await fetch(url);
      if (r.status < 500) return;
    } catch {
      /* not up yet */
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`code-server did not answer at ${url} within ${timeoutMs} ms`);
}

/**
 * @param {{ userSettings?: Record<string, unknown>, verbose?: boolean, port?: number, trust?: boolean, workspace?: string, extraExtensions?: string[], vsix?: string, web?: boolean }} [opts]
 *   `web` runs Career Lens, installed or in development, in the browser's web worker extension
 *   host, as on vscode.dev.
 */
export async function startCodeServer(opts = {}) {
  const paths = ensureCodeServer();
  const port = opts.port ?? (await freePort());
  const scratch = mkdtempSync(join(tmpdir(), 'career-lens-cs-'));
  const userDataDir = join(scratch, 'user-data');
  const extensionsDir = join(scratch, 'extensions');
  mkdirSync(join(userDataDir, 'User'), { recursive: true });
  mkdirSync(extensionsDir, { recursive: true });
  // Extra extensions (the bench baseline) are installed by copying their folder, named publisher.name-version.
  for (const dir of opts.extraExtensions ?? []) {
    const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    cpSync(dir, join(extensionsDir, `${pkg.publisher}.${pkg.name}-${pkg.version}`), { recursive: true });
  }
  // A packaged extension is installed the way a user would, with code-server's own installer.
  if (opts.vsix) {
    const r = spawnSync(
      paths.nodeBin,
      [
        paths.codeServerEntry,
        '--install-extension',
        opts.vsix,
        '--extensions-dir',
        extensionsDir,
        '--user-data-dir',
        userDataDir,
      ],
      { encoding: 'utf8' },
    );
    if (r.status !== 0) throw new Error(`installing ${opts.vsix} failed:\n${r.stdout}${r.stderr}`);
  }
  // Tests get a throwaway copy of the sample workspace, so settings they write never touch the repo.
  const workspace = opts.workspace ?? join(scratch, 'workspace');
  if (!opts.workspace) cpSync(FIXTURE_WORKSPACE, workspace, { recursive: true });
  writeFileSync(
    join(userDataDir, 'User', 'settings.json'),
    JSON.stringify(
      {
        'workbench.startupEditor': 'none',
        'workbench.tips.enabled': false,
        'telemetry.telemetryLevel': 'off',
        'update.mode': 'none',
        'extensions.autoCheckUpdates': false,
        'security.workspace.trust.enabled': Boolean(opts.trust),
        // Keep the window about the extension under test: no chat side bar, no AI prompts.
        'chat.disableAIFeatures': true,
        'workbench.secondarySideBar.defaultVisibility': 'hidden',
        // With both a Node `main` and a `browser` entry the workbench prefers the Node host when it
        // has one; this is the setting a user would change to get the web one.
        ...(opts.web ? { 'remote.extensionKind': { [EXTENSION_ID]: ['web'] } } : {}),
        ...opts.userSettings,
      },
      null,
      2,
    ),
  );

  const args = [
    paths.codeServerEntry,
    '--auth',
    'none',
    '--bind-addr',
    `127.0.0.1:${port}`,
    '--user-data-dir',
    userDataDir,
    '--extensions-dir',
    extensionsDir,
    '--disable-telemetry',
    '--disable-update-check',
    ...(opts.trust ? [] : ['--disable-workspace-trust']),
    '--vscode-option',
    'enable-smoke-test-driver',
  ];
  const output = [];
  const child = spawn(paths.nodeBin, args, {
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: cleanChildEnv(process.env, { prependPath: [join(paths.nodeHome, 'bin')] }),
  });
  for (const stream of [child.stdout, child.stderr]) {
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      output.push(chunk);
      if (opts.verbose) process.stderr.write(chunk);
    });
  }

  // Stop the whole process group (code-server, its extension hosts, its terminals), wait for
  // it to go, escalate to SIGKILL after a grace period, and only then delete its files.
  const group = -child.pid;
  const signal = (sig) => {
    try {
      process.kill(group, sig);
    } catch {
      /* already gone */
    }
  };
  const stop = onCleanup(
    async () => {
      signal('SIGTERM');
      if (!(await waitForExit(group, STOP_GRACE_MS))) {
        signal('SIGKILL');
        await waitForExit(group, STOP_GRACE_MS);
      }
      rmSync(scratch, { recursive: true, force: true });
    },
    () => {
      signal('SIGKILL');
      rmSync(scratch, { recursive: true, force: true });
    },
  );

  const base = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${base}/healthz`, child, 60_000);
  } catch (err) {
    await stop();
    throw new Error(`${err.message}\n--- code-server output ---\n${output.join('')}`, { cause: err });
  }

  /** A workbench URL with our extension loaded in development mode. */
  /** A workbench URL; with `extensionPath: null` the extension is not loaded in development mode. */
  const workbenchUrl = ({ folder = workspace, testsPath, extensionPath = REPO_ROOT } = {}) => {
    if (extensionPath === null) return `${base}/?folder=${encodeURIComponent(folder)}`;
    const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
    const payload = [
      ['extensionDevelopmentPath', remote(extensionPath)],
      ['skipWelcome', 'true'],
    ];
    if (opts.web) payload.push(['extensionDevelopmentKind', 'web']);
    if (testsPath) payload.push(['extensionTestsPath', remote(testsPath)]);
    return `${base}/?folder=${encodeURIComponent(folder)}&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  };

  /** `stop()` resolves once the process group is gone and its files are deleted. */
  return { port, base, userDataDir, workspace, workbenchUrl, stop, output, pid: child.pid, scratch };
}
