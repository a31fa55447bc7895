// Reading git history for the editor, in a child process (dist/historyReader.js, built from
// src/cli/historyChild.ts): the extension host never waits on git or on parsing, and Cancel
// kills the child at once. The web build replaces this module with historyAccess.web.ts.
import { fork } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { HistoryMessage, HistoryRequest } from '../cli/historyChild';
import type { HistoryReport } from '../core/evidence/history/report';

/** Why history cannot be read here, or null when it can. */
export const historyUnavailable: string | null = null;

/** Folders looked into, at most, to decide whether to offer history (a cheap look, no git). */
const LOOK_DIRS = 2000;
const LOOK_DEPTH = 3;
const NOT_LOOKED = new Set([
  'node_modules',
  '.venv',
  'venv',
  'site-packages',
  '__pycache__',
  '.terraform',
  'dist',
  'build',
]);

/** Whether any of the folders holds a git repository, at its top or up to three levels down. */
export function hasRepositories(folders: readonly string[]): boolean {
  const queue = folders.map((dir) => ({ dir, depth: 0 }));
  for (let seen = 0; queue.length && seen < LOOK_DIRS; seen++) {
    const { dir, depth } = queue.shift()!;
    if (existsSync(join(dir, '.git'))) return true;
    if (depth >= LOOK_DEPTH) continue;
    try {
      for (const e of readdirSync(dir, { withFileTypes: true }))
        if (e.isDirectory() && !e.name.startsWith('.') && !NOT_LOOKED.has(e.name))
          queue.push({ dir: join(dir, e.name), depth: depth + 1 });
    } catch {
      /* unreadable: not looked into */
    }
  }
  return false;
}

export interface HistoryRun {
  done: Promise<HistoryReport | { error: string } | { cancelled: true }>;
  cancel(): void;
}

export function readHistory(
  req: HistoryRequest,
  onProgress: (m: Extract<HistoryMessage, { type: 'progress' }>) => void,
): HistoryRun {
  const child = fork(join(__dirname, 'historyReader.js'), [], {
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
    execArgv: [],
    serialization: 'json',
  });
  let cancelled = false;
  const done = new Promise<HistoryReport | { error: string } | { cancelled: true }>((resolve) => {
    let stderr = '';
    child.stderr?.on('data', (b: Buffer) => {
      if (stderr.length < 2000) stderr += b.toString('utf8');
    });
    child.on('message', (m: HistoryMessage) => {
      if (m.type === 'progress') onProgress(m);
      else if (m.type === 'done') resolve(m.report);
      else resolve({ error: m.message });
    });
    child.on('error', (err) => resolve(cancelled ? { cancelled: true } : { error: err.message }));
    child.on('exit', (code) =>
      resolve(
        cancelled
          ? { cancelled: true }
          : { error: `the history reader stopped (${code ?? 'killed'}): ${stderr.split('\n')[0] ?? ''}` },
      ),
    );
  });
  child.send(req);
  return {
    done,
    cancel: () => {
      cancelled = true;
      child.kill('SIGKILL');
    },
  };
}
