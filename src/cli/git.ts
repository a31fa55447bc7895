// Reads a person's commits from local git repositories with the `git` executable (Node only;
// src/core never imports this). Nothing from a repository may run: git gets a fixed argument
// list, a clean environment (no system or global config, no pager, no prompts, no lazy
// fetches) and overrides for every setting that could start a program (textconv, external
// diff, fsmonitor, hooks, signature checks) or reach the network. Only built-in commands are
// called, so no alias can stand in for them. A repository that cannot be read fully (shallow,
// partial, missing objects) is read as far as it can be, and the report says what was skipped.
// Why the git executable and not a pure-JS object reader: on the bench's 10,000-commit history,
// isomorphic-git's log of the commit objects alone took 1.9x a whole `git log --numstat`, and its
// tree diffs for one author's 3,333 commits (names only, no lines) 16x; a JS reader would also need
// its own pack, delta and diff code. With the overrides below git runs nothing from the repository.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs';
import { devNull, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { LOG_FORMAT, LogParser, type Commit, type LinesWanted } from '../core/evidence/history/gitLog';
import { classify, dbtProjects } from '../core/evidence/history/paths';

/** Settings given on every call; they override anything in the repository's own config. */
export const SAFE_CONFIG = [
  'core.fsmonitor=false',
  'core.hooksPath=' + devNull,
  'core.pager=cat',
  'core.quotePath=false',
  'core.untrackedCache=false',
  'diff.external=',
  'diff.noprefix=false',
  'diff.mnemonicPrefix=false',
  'diff.relative=false',
  'diff.renames=true',
  'diff.submodule=short',
  'diff.colorMoved=no',
  'color.ui=never',
  'log.showSignature=false',
  'log.follow=false',
  'gpg.program=' + devNull,
  'gpg.ssh.program=' + devNull,
  'gpg.x509.program=' + devNull,
  'i18n.logOutputEncoding=UTF-8',
  'grep.patternType=fixed',
  'mailmap.file=',
  'mailmap.blob=',
  'protocol.allow=never',
  'fetch.recurseSubmodules=false',
  'submodule.recurse=false',
  'credential.helper=',
  'core.sshCommand=' + devNull,
  'core.askPass=' + devNull,
  'uploadpack.packObjectsHook=',
  'core.alternateRefsCommand=',
];

/** The environment git runs in: only what it needs to find itself and read the repository. */
export function gitEnv(repo: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH ?? '',
    HOME: tmpdir(),
    LC_ALL: 'C',
    LANG: 'C',
    GIT_CONFIG_NOSYSTEM: '1',
    GIT_CONFIG_GLOBAL: devNull,
    GIT_ATTR_NOSYSTEM: '1',
    GIT_TERMINAL_PROMPT: '0',
    GIT_PAGER: 'cat',
    PAGER: 'cat',
    GIT_OPTIONAL_LOCKS: '0',
    GIT_NO_LAZY_FETCH: '1',
    GIT_NO_REPLACE_OBJECTS: '1',
    GIT_CEILING_DIRECTORIES: dirname(repo),
    GIT_ASKPASS: devNull,
    SSH_ASKPASS: devNull,
    GIT_SSH_COMMAND: devNull,
  };
  for (const k of ['SYSTEMROOT', 'SystemRoot', 'WINDIR', 'TEMP', 'TMP']) if (process.env[k]) env[k] = process.env[k];
  return env;
}

export interface GitRun {
  code: number | null;
  stderr: string;
  killed: boolean;
}

/** Runs git in `repo` with the safe settings; stdout goes to `onText` as it arrives. */
export function runGit(
  repo: string,
  args: readonly string[],
  onText: (text: string) => void,
  signal?: AbortSignal,
): Promise<GitRun> {
  return new Promise((resolve) => {
    const full = ['--no-pager', '--no-replace-objects', '-C', repo, ...SAFE_CONFIG.flatMap((c) => ['-c', c]), ...args];
    const child = spawn('git', full, {
      env: gitEnv(repo),
      stdio: ['ignore', 'pipe', 'pipe'],
      shell: false,
      windowsHide: true,
      signal,
    });
    const dec = new StringDecoder('utf8');
    let stderr = '';
    let killed = false;
    child.stdout.on('data', (b: Buffer) => onText(dec.write(b)));
    child.stderr.on('data', (b: Buffer) => {
      if (stderr.length < 4000) stderr += b.toString('utf8');
    });
    child.on('error', (err) => {
      killed = killed || err.name === 'AbortError';
      if (!stderr) stderr = err.message;
    });
    child.on('close', (code) => {
      const rest = dec.end();
      if (rest) onText(rest);
      resolve({ code, stderr: stderr.trim(), killed: killed || !!signal?.aborted });
    });
  });
}

export async function gitText(
  repo: string,
  args: readonly string[],
  signal?: AbortSignal,
): Promise<{ ok: boolean; text: string; stderr: string }> {
  let text = '';
  const r = await runGit(
    repo,
    args,
    (t) => {
      if (text.length < 8_000_000) text += t;
    },
    signal,
  );
  return { ok: r.code === 0, text, stderr: r.stderr };
}

const NOT_ENTERED = new Set([
  'node_modules',
  '.venv',
  'venv',
  'site-packages',
  '__pycache__',
  '.terraform',
  '.tox',
  'dbt_packages',
]);
export const MAX_REPOS = 500;
const MAX_DEPTH = 8;

/** Every git repository at or under the folders, nested clones too; symbolic links are not followed. */
export function findRepositories(roots: readonly string[]): string[] {
  const found: string[] = [];
  const stack = roots.map((r) => ({ dir: r, depth: 0 }));
  while (stack.length && found.length < MAX_REPOS) {
    const { dir, depth } = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    if (entries.some((e) => e.name === '.git' && (e.isDirectory() || e.isFile()))) found.push(dir);
    if (depth >= MAX_DEPTH) continue;
    for (const e of entries)
      if (e.isDirectory() && !e.isSymbolicLink() && e.name !== '.git' && !NOT_ENTERED.has(e.name))
        stack.push({ dir: join(dir, e.name), depth: depth + 1 });
  }
  return [...new Set(found)].sort();
}

export interface RepoRead {
  repo: string;
  commits: Commit[];
  /** Folders of dbt projects at HEAD. */
  dbtRoots: string[];
  /** Commits whose diff is not the author's work: a shallow clone's boundary shows every file as new. */
  boundary: Set<string>;
  skipped: { file: string; reason: string }[];
  /** How the files were read: with lines, or names only. */
  depth: 'lines' | 'names';
  cancelled: boolean;
}

export interface ReadOptions {
  identities: { has(email: string): boolean; list: string[] };
  /** Unix seconds; commits before are not read. */
  since?: number;
  /** Newest commits read at most, per repository. */
  cap: number;
  signal?: AbortSignal;
  onCommit?(count: number): void;
}

/** Lines kept: added and removed ones, except for files that show nothing (lockfiles, docs, data). */
export function linesWanted(path: string): LinesWanted {
  const c = classify(path);
  // Removed lines too: a pin bump shows as a pair of lines that differ only in versions.
  return c.kind === 'ignored' ? 'none' : 'both';
}

/** One repository's commits by the identities, as far as they can be read. */
export async function readRepository(repo: string, opts: ReadOptions): Promise<RepoRead> {
  const out: RepoRead = {
    repo,
    commits: [],
    dbtRoots: [],
    boundary: new Set(),
    skipped: [],
    depth: 'lines',
    cancelled: false,
  };
  const info = await gitText(repo, ['rev-parse', '--absolute-git-dir', '--is-shallow-repository'], opts.signal);
  if (!info.ok) {
    out.skipped.push({ file: repo, reason: `not readable as a git repository (${firstLine(info.stderr)})` });
    return out;
  }
  const [gitDir = '', shallow] = info.text.trim().split('\n');
  if (shallow === 'true') {
    const file = join(gitDir, 'shallow');
    for (const h of existsSync(file) ? readFileSync(file, 'utf8').split('\n').filter(Boolean) : [])
      out.boundary.add(h.trim());
    out.skipped.push({
      file: repo,
      reason:
        'shallow clone: older history is not in it, and its oldest commits are not counted (they show every file as new)',
    });
  }
  const partial =
    (
      await gitText(
        repo,
        ['config', '--local', '--get-regexp', '^(extensions\\.partialclone|remote\\..*\\.promisor)$'],
        opts.signal,
      )
    ).text.trim() !== '' || hasPromisorPack(gitDir);
  const tree = await gitText(repo, ['ls-tree', '-r', '-z', '--name-only', '--full-tree', 'HEAD'], opts.signal);
  if (tree.ok) out.dbtRoots = dbtProjects(tree.text.split('\0'));
  if (!opts.identities.list.length) return out;
  const common = [
    'log',
    'HEAD',
    '--no-merges',
    '--use-mailmap',
    '--no-color',
    '--no-ext-diff',
    '--no-textconv',
    '--encoding=UTF-8',
    '--no-notes',
    '--no-show-signature',
    '--no-abbrev',
    '-z',
    `--max-count=${opts.cap}`,
    `--format=${LOG_FORMAT}`,
    '-F',
    '-i',
    ...opts.identities.list.map((e) => `--author=${e}`),
    ...(opts.since ? [`--since=${opts.since}`] : []),
  ];
  const seen = new Set<string>();
  const read = async (mode: 'numstat' | 'name-status'): Promise<GitRun> => {
    const parser = new LogParser({
      mode,
      wanted: (e) => opts.identities.has(e),
      linesOf: linesWanted,
      onCommit: (c) => {
        if (!seen.has(c.hash)) {
          seen.add(c.hash);
          out.commits.push(c);
          opts.onCommit?.(out.commits.length);
        }
      },
    });
    const args =
      mode === 'numstat'
        ? [
            ...common,
            '--numstat',
            '--patch',
            '--unified=0',
            '-M',
            `-O${devNull}`,
            '--src-prefix=a/',
            '--dst-prefix=b/',
            '--submodule=short',
            '--inter-hunk-context=0',
          ]
        : [...common, '--name-status', '--no-renames'];
    // A commit is passed on only when the next one starts, so one cut short by a failure is dropped.
    const r = await runGit(repo, args, (t) => parser.feed(t), opts.signal);
    if (r.code === 0) parser.end();
    return r;
  };
  if (!partial) {
    const r = await read('numstat');
    if (r.killed) {
      out.cancelled = true;
      return out;
    }
    if (r.code === 0) return out;
    out.skipped.push({
      file: repo,
      reason: `file contents could not be read after ${out.commits.length} commit(s) (${firstLine(r.stderr)}); the rest is read by file names only`,
    });
  } else {
    out.skipped.push({
      file: repo,
      reason:
        'partial clone: file contents are not stored locally, so files are read by name only (no lines, imports or renames)',
    });
  }
  out.depth = 'names';
  const r = await read('name-status');
  if (r.killed) out.cancelled = true;
  else if (r.code !== 0)
    out.skipped.push({
      file: repo,
      reason: `history could not be read past ${out.commits.length} commit(s) (${firstLine(r.stderr)})`,
    });
  return out;
}

function hasPromisorPack(gitDir: string): boolean {
  try {
    const pack = join(gitDir, 'objects', 'pack');
    return lstatSync(pack).isDirectory() && readdirSync(pack).some((n) => n.endsWith('.promisor'));
  } catch {
    return false;
  }
}

const firstLine = (s: string) => (s.split('\n').find((l) => l.trim()) ?? 'no message').slice(0, 200);
