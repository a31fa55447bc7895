// Reading data files and user data packs. Each file is checked at the edge: size, encoding,
// nesting, JSON syntax, schema, duplicates and references. A bad file is refused whole with
// one error naming the file, the JSON path and the reason; nothing of it is half-applied.
import { resolveCompanyLevels } from './companyLevels';
import { findJsonSyntaxError, tooDeepAt } from './jsonErrors';
import { danglingIssues, duplicateIssues, emptyDataset, mergePack, overriddenKeys } from './dataset';
import { DataPack, SECTION_NAMES, type Dataset } from './schema';
import { quoteKey } from './inert';
import type { PackTrust } from './trustSchema';

export const MAX_PACK_BYTES = 5 * 1024 * 1024;
export const MAX_PACK_DEPTH = 64;

export interface PackFile {
  /** Shown to the user: a path or a name. */
  name: string;
  bytes: Uint8Array;
  /** A user pack's trust, decided before parsing (packTrust.ts); none for built-in data. */
  trust?: PackTrust;
}

export interface PackError {
  file: string;
  /** JSON path such as `$.roles[2].kind`, or `$` for the whole file. */
  path: string;
  reason: string;
}

export function formatPackError(e: PackError): string {
  return `${e.file}: ${e.path}: ${e.reason}`;
}

export type PackResult = { ok: true; pack: DataPack } | { ok: false; error: PackError };

function lineAndColumn(text: string, offset: number): string {
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `line ${line}, column ${offset - before.lastIndexOf('\n')}`;
}

function jsonPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (acc, p) =>
      typeof p === 'number'
        ? `${acc}[${p}]`
        : /^[A-Za-z_$][\w$]*$/.test(String(p))
          ? `${acc}.${String(p)}`
          : `${acc}[${quoteKey(String(p))}]`,
    '$',
  );
}

export function parsePack(file: PackFile): PackResult {
  const fail = (path: string, reason: string): PackResult => ({ ok: false, error: { file: file.name, path, reason } });
  if (file.bytes.byteLength > MAX_PACK_BYTES) {
    return fail(
      '$',
      `file is ${(file.bytes.byteLength / 1024 / 1024).toFixed(1)} MB; the limit is ${MAX_PACK_BYTES / 1024 / 1024} MB`,
    );
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(file.bytes);
  } catch {
    return fail('$', 'file is not valid UTF-8 text');
  }
  // A UTF-8 byte-order mark is legal for JSON readers to skip (RFC 8259 §8.1); we skip it.
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  if (text.trim() === '') return fail('$', 'file is empty; a data pack is a JSON object such as {"roles": [...]}');
  const deep = tooDeepAt(text, MAX_PACK_DEPTH);
  if (deep !== undefined)
    return fail('$', `nesting is deeper than ${MAX_PACK_DEPTH} levels at ${lineAndColumn(text, deep)}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (err) {
    const found = findJsonSyntaxError(text);
    return fail(
      '$',
      found
        ? `invalid JSON at ${lineAndColumn(text, found.offset)}: ${found.message}`
        : `invalid JSON: ${err instanceof Error ? err.message : String(err)}`,
    );
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return fail(
      '$',
      `a data pack must be a JSON object, not ${Array.isArray(json) ? 'an array' : json === null ? 'null' : typeof json}`,
    );
  }
  const levels = resolveCompanyLevels(json as Record<string, unknown>);
  if (!levels.ok) return fail(levels.problem.path, levels.problem.reason);
  const parsed = DataPack.safeParse(levels.pack);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const extra =
      parsed.error.issues.length > 1
        ? ` (and ${parsed.error.issues.length - 1} more problem${parsed.error.issues.length > 2 ? 's' : ''})`
        : '';
    // zod's own message for unknown keys quotes them in full; a key is untrusted and may be
    // 100 KB of link syntax, so it is quoted short and on one line instead.
    const message =
      issue.code === 'unrecognized_keys'
        ? `${issue.keys.length === 1 ? 'unrecognized key' : 'unrecognized keys'} ${issue.keys
            .slice(0, 3)
            .map((k) => quoteKey(k))
            .join(', ')}${issue.keys.length > 3 ? ` (+${issue.keys.length - 3} more)` : ''}`
        : issue.message;
    return fail(jsonPath(issue.path), `${message}${extra}`);
  }
  const dup = duplicateIssues(parsed.data)[0];
  if (dup) return fail(dup.path, dup.message);
  return { ok: true, pack: parsed.data };
}

export class DatasetError extends Error {
  constructor(readonly errors: PackError[]) {
    super(`the built-in dataset is invalid:\n${errors.map(formatPackError).join('\n')}`);
  }
}

/** Loads the built-in data files. Any problem is a bug in data/, so it throws with every issue. */
export function loadBuiltIn(files: PackFile[]): Dataset {
  const errors: PackError[] = [];
  const packs: { name: string; pack: DataPack }[] = [];
  let dataset = emptyDataset();
  for (const file of files) {
    const r = parsePack(file);
    if (!r.ok) {
      errors.push(r.error);
      continue;
    }
    for (const key of overriddenKeys(dataset, r.pack))
      errors.push({ file: file.name, path: '$', reason: `'${key}' is already defined by another built-in file` });
    dataset = mergePack(dataset, r.pack);
    packs.push({ name: file.name, pack: r.pack });
  }
  for (const { name, pack } of packs) {
    for (const issue of danglingIssues(pack, dataset))
      errors.push({ file: name, path: issue.path, reason: issue.message });
  }
  if (errors.length) throw new DatasetError(errors);
  return dataset;
}

export interface AppliedPack {
  file: string;
  /** `section:key` of built-in entries the pack replaced. */
  overrides: string[];
  added: number;
  trust?: PackTrust;
}

export interface UserPacksResult {
  dataset: Dataset;
  applied: AppliedPack[];
  errors: PackError[];
}

/** Applies user packs in order; each applies whole or not at all, and the rest keep working. */
export function applyUserPacks(base: Dataset, files: PackFile[]): UserPacksResult {
  let dataset = base;
  const applied: AppliedPack[] = [];
  const errors: PackError[] = [];
  for (const file of files) {
    const r = parsePack(file);
    if (!r.ok) {
      errors.push(r.error);
      continue;
    }
    const candidate = mergePack(dataset, r.pack);
    const dangling = danglingIssues(r.pack, candidate)[0];
    if (dangling) {
      errors.push({ file: file.name, path: dangling.path, reason: dangling.message });
      continue;
    }
    const overrides = overriddenKeys(dataset, r.pack);
    const total = SECTION_NAMES.reduce((n, section) => n + (r.pack[section]?.length ?? 0), 0);
    applied.push({
      file: file.name,
      overrides,
      added: total - overrides.length,
      ...(file.trust ? { trust: file.trust } : {}),
    });
    dataset = file.trust ? withTrust(candidate, r.pack, file.trust) : candidate;
  }
  return { dataset, applied, errors };
}

/** Marks the sources a pack defines with its trust, so every label of their figures shows it. */
function withTrust(dataset: Dataset, pack: DataPack, trust: PackTrust): Dataset {
  const ids = new Set((pack.sources ?? []).map((s) => s.id));
  return ids.size === 0
    ? dataset
    : { ...dataset, sources: dataset.sources.map((s) => (ids.has(s.id) ? { ...s, trust } : s)) };
}
