// The evidence pipeline after the listing: read each chosen file (through a reader the host or
// the CLI supplies), decode it, parse it, turn what it declares into findings with a strength,
// and group findings into suggestions. Pure apart from the reader; bounded in time and size.
import { parseManifest, type Declared, type Scope } from './manifests';
import { promoteOwnExtras } from './ownExtras';
import type { LocalInstall } from './read';
import { contextSkills, infraNameSkills, skillsOf } from './rules';
import { manifestKind, selectFiles, type ManifestKind } from './select';
import { drain } from '../pool';

export const MAX_FILE_BYTES = 256 * 1024;
/** Files read at once: each read is a round trip to the host's file system, so they overlap. */
export const READ_CONCURRENCY = 128;
/** A whole scan stops reading after this long and says how many files it did not read. */
export const SCAN_BUDGET_MS = 20_000;

/** strong: a direct dependency of the project itself; weak: optional, dev, test, docs or example; context: shown by a combination. */
export type Strength = 'strong' | 'context' | 'weak';

export interface Finding {
  skill: string;
  strength: Strength;
  file: string;
  line: number;
  /** What matched: a package, image, resource or file name. */
  match: string;
  /** The optional group of the project's own manifest it comes from, if any. */
  group?: string;
}

export interface Suggestion {
  id: string;
  strength: Strength;
  evidence: { file: string; line: number; match: string; strength: Strength }[];
}

export interface ScanReport {
  skills: Suggestion[];
  skipped: { file: string; reason: string }[];
  filesRead: number;
  cancelled: boolean;
}

const PYTHON_KINDS = new Set<ManifestKind>(['requirements', 'pyproject', 'setup-cfg', 'setup-py', 'pipfile', 'conda']);
const INFRA_KINDS = new Set<ManifestKind>(['dockerfile', 'compose', 'terraform', 'helm-chart', 'kustomize']);
const WEAK_DIR =
  /^(tests?|testing|fixtures?|test[-_]?data|examples?|samples?|docs?|documentation|demos?|tutorials?|benchmarks?|notebooks?|scripts?|\.github|ci)$/i;
const WEAK_FILE =
  /(^|[-_.])(test|tests|testing|dev|develop|docs?|lint|ci|bench|benchmark|example|examples|constraints?)([-_.]|$)/i;
const RANK: Record<Strength, number> = { strong: 2, context: 1, weak: 0 };

/** Decodes manifest bytes: UTF-8 (BOM allowed) or UTF-16 with a BOM; anything else is refused. */
export function decodeManifest(bytes: Uint8Array): { ok: true; text: string } | { ok: false; reason: string } {
  if (bytes.byteLength > MAX_FILE_BYTES) return { ok: false, reason: `larger than ${MAX_FILE_BYTES / 1024} KB` };
  const [b0, b1] = [bytes[0], bytes[1]];
  const utf16 = b0 === 0xff && b1 === 0xfe ? 'utf-16le' : b0 === 0xfe && b1 === 0xff ? 'utf-16be' : null;
  try {
    if (utf16) return { ok: true, text: new TextDecoder(utf16, { fatal: true }).decode(bytes.subarray(2)) };
    if (bytes.includes(0)) return { ok: false, reason: 'binary content' };
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return { ok: true, text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text };
  } catch {
    return { ok: false, reason: utf16 ? 'not valid UTF-16 text' : 'not UTF-8 text' };
  }
}

/** How much a place in the tree says about the project itself. */
export function placeIsWeak(path: string): boolean {
  const parts = path.split('/');
  const base = parts.pop()!;
  return (
    parts.some((p) => WEAK_DIR.test(p)) ||
    (manifestKind(path) === 'requirements' && WEAK_FILE.test(base.replace(/\.(txt|in)$/i, '')))
  );
}

function fileScope(path: string): Scope {
  return placeIsWeak(path) ? 'dev' : 'main';
}

/** Findings from one parsed file. */
export function findingsOf(path: string, kind: ManifestKind, declared: readonly Declared[]): Finding[] {
  const weakPlace = placeIsWeak(path);
  const out: Finding[] = [];
  const strength = (d: Declared): Strength => (weakPlace || d.scope !== 'main' ? 'weak' : 'strong');
  for (const d of declared) {
    for (const skill of skillsOf(d))
      out.push({
        skill,
        strength: strength(d),
        file: path,
        line: d.line,
        match: d.name,
        ...(d.group ? { group: d.group } : {}),
      });
  }
  for (const c of contextSkills(path, declared))
    out.push({
      skill: c.skill,
      strength: weakPlace ? 'weak' : 'context',
      file: path,
      line: c.because.line,
      match: c.because.name,
    });
  if (INFRA_KINDS.has(kind))
    for (const n of infraNameSkills(path))
      out.push({ skill: n.skill, strength: 'weak', file: path, line: 1, match: `named "${n.token}"` });
  const pythonDeps = declared.filter((d) => d.ecosystem === 'pypi' || (d.ecosystem === 'conda' && d.name !== 'python'));
  if (PYTHON_KINDS.has(kind) && pythonDeps.length) {
    const main = pythonDeps.find((d) => d.scope === 'main') ?? pythonDeps[0]!;
    out.push({ skill: 'python', strength: strength(main), file: path, line: main.line, match: path.split('/').pop()! });
  }
  return out;
}

/** Groups findings by skill; a skill is as strong as its strongest finding. */
export function suggest(findings: readonly Finding[]): Suggestion[] {
  const bySkill = new Map<string, Suggestion>();
  for (const f of findings) {
    const s = bySkill.get(f.skill) ?? { id: f.skill, strength: 'weak' as Strength, evidence: [] };
    if (RANK[f.strength] > RANK[s.strength]) s.strength = f.strength;
    if (!s.evidence.some((e) => e.file === f.file && e.match === f.match))
      s.evidence.push({ file: f.file, line: f.line, match: f.match, strength: f.strength });
    bySkill.set(f.skill, s);
  }
  for (const s of bySkill.values())
    s.evidence.sort((a, b) => RANK[b.strength] - RANK[a.strength] || a.file.localeCompare(b.file));
  return [...bySkill.values()].sort((a, b) => RANK[b.strength] - RANK[a.strength] || a.id.localeCompare(b.id));
}

/** Resolves `-r other.txt` from `from` within the workspace; null when it would leave it. */
export function resolveInclude(from: string, target: string): string | null {
  if (target.startsWith('/') || /^[a-z]+:/i.test(target)) return null;
  const parts = from.split('/').slice(0, -1);
  for (const p of target.split('/')) {
    if (p === '..') {
      if (!parts.length) return null;
      parts.pop();
    } else if (p !== '.' && p !== '') parts.push(p);
  }
  return parts.join('/');
}

export interface ScanOptions {
  /** Reads a workspace-relative path; undefined when it cannot be read. May throw. */
  read(path: string): Promise<Uint8Array | undefined>;
  isCancelled?(): boolean;
  onProgress?(done: number, total: number): void;
  symlinked?: ReadonlySet<string>;
  budgetMs?: number;
  now?(): number;
}

/** Runs the whole pipeline over a workspace listing. */
export async function scanListing(listing: readonly string[], opts: ScanOptions): Promise<ScanReport> {
  const now = opts.now ?? (() => Date.now());
  const started = now();
  const { chosen, skipped } = selectFiles(listing, { symlinked: opts.symlinked });
  const queue = chosen.map((c) => ({ ...c, scope: 'main' as Scope }));
  const seen = new Set(queue.map((q) => q.path));
  const findings: Finding[] = [];
  const pyprojects = new Map<string, Declared[]>();
  const ownInstalls: { pyproject: string; install: LocalInstall }[] = [];
  let filesRead = 0;
  let cancelled = false;
  const one = async ({ path, kind }: (typeof queue)[number]): Promise<void> => {
    let bytes: Uint8Array | undefined;
    try {
      bytes = await opts.read(path);
    } catch (err) {
      skipped.push({
        file: path,
        reason: `cannot be read (${String(err instanceof Error ? err.message : err).slice(0, 120)})`,
      });
      return;
    }
    if (!bytes) {
      skipped.push({ file: path, reason: 'cannot be read' });
      return;
    }
    const decoded = decodeManifest(bytes);
    if (!decoded.ok) {
      skipped.push({ file: path, reason: decoded.reason });
      return;
    }
    const parsed = parseManifest(kind, decoded.text, fileScope(path));
    if (!parsed.ok) {
      skipped.push({ file: path, reason: parsed.reason });
      return;
    }
    filesRead++;
    findings.push(...findingsOf(path, kind, parsed.declared));
    if (kind === 'pyproject' && !placeIsWeak(path)) pyprojects.set(path, parsed.declared);
    for (const install of placeIsWeak(path) ? [] : (parsed.local ?? [])) {
      const pyproject = resolveInclude(path, `${install.path}/pyproject.toml`);
      if (pyproject !== null) ownInstalls.push({ pyproject, install });
    }
    for (const inc of parsed.includes) {
      const target = resolveInclude(path, inc.path);
      if (target === null)
        skipped.push({ file: `${path}:${inc.line}`, reason: `include '${inc.path}' points outside the workspace` });
      else if (!seen.has(target)) {
        seen.add(target);
        queue.push({ path: target, kind: 'requirements', scope: 'main' });
      }
    }
  };
  // Reads overlap, READ_CONCURRENCY at a time; cancellation and the time budget are checked
  // before each. Includes found on the way join the queue behind the cursor, so they are read too.
  let next = 0;
  let stopped = false;
  await drain(
    () => {
      if (stopped || next >= queue.length) return undefined;
      if (opts.isCancelled?.()) {
        cancelled = true;
        stopped = true;
        return undefined;
      }
      if (now() - started > (opts.budgetMs ?? SCAN_BUDGET_MS)) {
        for (const left of queue.slice(next))
          skipped.push({ file: left.path, reason: 'not read: the scan ran out of time' });
        stopped = true;
        return undefined;
      }
      opts.onProgress?.(next, queue.length);
      return queue[next++];
    },
    READ_CONCURRENCY,
    one,
  );
  // Reads finish in any order; the report does not depend on it.
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  promoteOwnExtras(findings, ownInstalls, pyprojects);
  return { skills: suggest(findings), skipped, filesRead, cancelled };
}
