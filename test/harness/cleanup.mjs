// Cleanup that runs however the harness ends: normal exit, Ctrl-C (SIGINT), SIGTERM, or an
// uncaught error. Each registered step is async (stop a server, wait for it, remove its files)
// and runs once; on 'exit', where nothing async can run, each step's sync fallback runs.

/** @type {Set<{ run: () => Promise<void>, runSync: () => void }>} */
const steps = new Set();
let installed = false;
let ending = false;

async function runAll() {
  const all = [...steps];
  steps.clear();
  await Promise.allSettled(all.map((s) => s.run()));
}

async function endWith(code, reason) {
  if (ending) return;
  ending = true;
  if (reason) process.stderr.write(`[harness] ${reason}; cleaning up\n`);
  await runAll();
  process.exit(code);
}

function install() {
  if (installed) return;
  installed = true;
  process.on('SIGINT', () => void endWith(130, 'interrupted'));
  process.on('SIGTERM', () => void endWith(143, 'terminated'));
  process.on('uncaughtException', (err) => void endWith(1, `uncaught error: ${err?.stack ?? err}`));
  process.on('unhandledRejection', (err) => void endWith(1, `unhandled rejection: ${err?.stack ?? err}`));
  process.on('exit', () => {
    for (const s of steps) s.runSync();
    steps.clear();
  });
}

/**
 * Registers a cleanup step; returns a function that runs it now (and unregisters it).
 * @param {() => Promise<void>} run
 * @param {() => void} runSync best effort for process 'exit', where async work cannot run
 */
export function onCleanup(run, runSync) {
  install();
  const step = { run, runSync };
  steps.add(step);
  return async () => {
    if (!steps.delete(step)) return;
    await run();
  };
}

/** Resolves when `pid` no longer exists, or after `ms`; true if it is gone. */
export async function waitForExit(pid, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    try {
      process.kill(pid, 0);
    } catch {
      return true;
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  return false;
}
