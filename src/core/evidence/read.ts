// Shared reading for manifest parsers: what a declaration is, line numbers, continued lines,
// PEP 508 names, and TOML and YAML parsed with limits that keep hostile files cheap.
import { parse as parseToml } from 'smol-toml';
import { parseDocument } from 'yaml';

/** Where a declaration sits: the project's own runtime needs, or something weaker. */
export type Scope = 'main' | 'optional' | 'dev';

export type Ecosystem =
  'pypi' | 'npm' | 'conda' | 'image' | 'apt' | 'terraform' | 'maven' | 'go' | 'cargo' | 'helm' | 'dbt' | 'file';

export interface Declared {
  ecosystem: Ecosystem;
  /** Lower-case, `_` and `.` read as `-` for Python names. */
  name: string;
  line: number;
  scope: Scope;
  /** PEP 508 extras, e.g. `ray[serve]` → ['serve']. */
  extras?: string[];
  /** The optional-dependency group (extra) of the project's own manifest that declares it. */
  group?: string;
}

/** The project in a folder installed with some of its own extras: `pip install ".[serve]"`, `-e .[all]`. */
export interface LocalInstall {
  path: string;
  extras: string[];
  line: number;
}

export type Parsed =
  | { ok: true; declared: Declared[]; includes: { path: string; line: number }[]; local?: LocalInstall[] }
  | { ok: false; reason: string };

/** `.[serve]`, `./svc[all,gcp]`, `../lib[x]`: a folder and the extras of the project in it. */
export function localInstall(word: string, line: number): LocalInstall | null {
  const m = /^["']?(\.{1,2}(?:\/[\w./-]{0,200})?)\[([\w.,\s-]{1,200})\]["']?$/.exec(word.trim());
  return m
    ? {
        path: m[1]!.replace(/\/+$/, ''),
        extras: m[2]!
          .split(',')
          .map((e) => pythonName(e))
          .filter(Boolean),
        line,
      }
    : null;
}

/** More declarations than any real manifest has; past this a file is refused, not half-read. */
export const MAX_DECLARED = 2000;

// YAML limits that keep the parser inside its time budget on hostile input (measured: deep
// flow nesting and 40k-item sequences take the yaml package 0.4–0.6 s at 256 KB).
export const YAML_MAX_LINES = 5000;

/** Nesting levels read from a YAML manifest (real ones use under 15); deeper files are refused unparsed. */
export const YAML_MAX_DEPTH = 40;
/** Items of `[ ]` and `{ }` collections read from a YAML manifest (real ones hold a few dozen). */
export const YAML_MAX_FLOW_ENTRIES = 2000;

/**
 * Line numbers for names found in a parsed file. Declarations are looked up in the order they
 * appear, so each search starts where the last one ended (linear overall, not quadratic), and
 * offsets map to lines by binary search over the line starts.
 */
export function lineFinder(text: string): (needle: string) => number {
  const lower = text.toLowerCase();
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  let cursor = 0;
  return (needle) => {
    const n = needle.toLowerCase();
    let at = lower.indexOf(n, cursor);
    if (at < 0) at = lower.indexOf(n);
    if (at < 0) return 1;
    cursor = at + n.length;
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= at) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

/** Joins backslash-continued lines; returns each logical line with its first line number. */
export function logicalLines(text: string): { line: string; at: number }[] {
  const out: { line: string; at: number }[] = [];
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const at = i + 1;
    const parts: string[] = [];
    let line = lines[i]!;
    // A character scan, not a regex per line: a file of 60,000 continuations stays linear and cheap.
    for (let cut = continuation(line); cut >= 0 && i + 1 < lines.length; cut = continuation(line)) {
      parts.push(line.slice(0, cut), ' ');
      line = lines[++i]!;
    }
    parts.push(line);
    out.push({ line: parts.length === 1 ? line : parts.join(''), at });
  }
  return out;
}

/** Where a line's trailing backslash (before trailing blanks) is, or -1. */
function continuation(line: string): number {
  let end = line.length - 1;
  while (end >= 0 && (line[end] === ' ' || line[end] === '\t' || line[end] === '\r')) end--;
  return end >= 0 && line[end] === '\\' ? end : -1;
}

export function pythonName(raw: string): string {
  return raw.trim().toLowerCase().replace(/[_.]+/g, '-');
}

/** The name and extras of a PEP 508 requirement string, or null if it does not start with one. */
export function pep508(spec: string): { name: string; extras: string[] } | null {
  const m = /^\s*([A-Za-z0-9](?:[A-Za-z0-9._-]{0,100}[A-Za-z0-9])?)\s*(?:\[([A-Za-z0-9_.,\s-]{0,200})\])?/.exec(spec);
  if (!m) return null;
  return {
    name: pythonName(m[1]!),
    extras: (m[2] ?? '')
      .split(',')
      .map((e) => e.trim().toLowerCase())
      .filter(Boolean),
  };
}

export function tomlTable(text: string): Record<string, unknown> | string {
  try {
    return parseToml(text) as Record<string, unknown>;
  } catch (err) {
    return `not valid TOML (${String(err instanceof Error ? err.message : err)
      .split('\n')[0]!
      .slice(0, 120)})`;
  }
}

export const obj = (v: unknown): Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};

export const strings = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

export type LineOf = (needle: string) => number;

export function fromSpecs(lineOf: LineOf, specs: string[], scope: Scope, ecosystem: Ecosystem = 'pypi'): Declared[] {
  return specs.flatMap((spec) => {
    const req = pep508(spec);
    return req ? [{ ecosystem, name: req.name, extras: req.extras, line: lineOf(spec), scope }] : [];
  });
}

/** Poetry/Pipfile style tables: the keys are package names (values are versions or tables). */
export function fromKeys(lineOf: LineOf, table: unknown, scope: Scope): Declared[] {
  return Object.keys(obj(table))
    .filter((k) => k.toLowerCase() !== 'python')
    .map((k) => ({ ecosystem: 'pypi' as const, name: pythonName(k), line: lineOf(k), scope }));
}

/**
 * The shape of a YAML text, measured without parsing it. `depth`: flow brackets, the
 * indentation levels of block lines, and the compact indicators at a line's start (`- - x`
 * nests two sequences, `? ? x` two keys), which the yaml package follows by recursion: a few
 * thousand levels exhaust its stack ("Maximum call stack size exceeded"), and long chains of
 * `?` keys take it seconds. `flowEntries`: the items of flow collections (`[a, b]`, `{k: v}`),
 * which the line limit does not bound: 100,000 of them on one line take it most of a second.
 */
export function yamlShape(text: string): { depth: number; flowEntries: number } {
  let depth = 0;
  let flowEntries = 0;
  let flow = 0;
  const indents: number[] = [];
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    // Quoted text and comments hold brackets that open nothing (`- "feast[gcp]"  # [x`).
    const body = line
      .slice(indent)
      .replace(/"[^"]*"|'[^']*'/g, '""')
      .replace(/(^|\s)#.*$/, '');
    if (body && flow === 0) {
      while (indents.length && indents[indents.length - 1]! > indent) indents.pop();
      if (!indents.length || indents[indents.length - 1]! < indent) indents.push(indent);
      const compact = /^(?:[-?:](?: +|$))*/.exec(body)![0].replace(/ +/g, '').length;
      depth = Math.max(depth, indents.length + compact);
    }
    for (let i = 0; i < body.length; i++) {
      const c = body.charCodeAt(i);
      if (c === 91 || c === 123) {
        flowEntries++;
        depth = Math.max(depth, indents.length + ++flow);
      } else if (c === 93 || c === 125) flow = Math.max(0, flow - 1);
      else if (c === 44 && flow > 0) flowEntries++;
    }
    if (depth > YAML_MAX_DEPTH || flowEntries > YAML_MAX_FLOW_ENTRIES) break;
  }
  return { depth, flowEntries };
}

export function yamlDoc(text: string): unknown | string {
  const lines = text.split('\n').length;
  if (lines > YAML_MAX_LINES) return `${lines} lines is more than the ${YAML_MAX_LINES} read from a YAML manifest`;
  const shape = yamlShape(text);
  if (shape.depth > YAML_MAX_DEPTH)
    return `nested deeper than ${YAML_MAX_DEPTH} levels, the YAML depth limit; refused without parsing`;
  if (shape.flowEntries > YAML_MAX_FLOW_ENTRIES)
    return `more than ${YAML_MAX_FLOW_ENTRIES} entries in [ ] or { } lists, the YAML flow limit; refused without parsing`;
  try {
    const doc = parseDocument(text, { uniqueKeys: false, prettyErrors: false });
    if (doc.errors.length) return `not valid YAML (${doc.errors[0]!.message.split('\n')[0]!.slice(0, 120)})`;
    return doc.toJS({ maxAliasCount: 50 });
  } catch (err) {
    return `not valid YAML (${String(err instanceof Error ? err.message : err)
      .split('\n')[0]!
      .slice(0, 120)})`;
  }
}

/** An image reference without registry, tag or digest: `confluentinc/cp-kafka:7.2` → `confluentinc/cp-kafka`. */
export function imageName(ref: string): string {
  const noDigest = ref.split('@')[0]!;
  const parts = noDigest.split('/');
  const last = parts.pop()!.split(':')[0]!;
  const host = parts[0] && /[.:]|^localhost$/.test(parts[0]) ? parts.slice(1) : parts;
  return [...host, last].join('/').toLowerCase();
}
