// The workspace scan over a directory on disk, for the evidence CLI and its benchmark.
// It walks a directory (never following symbolic links), applies the same selection, parsers and rules
// as the extension. A listing file (one relative path a line) can stand in for the walk; each
// listed file is then read from the directory when it exists and as empty when it does not.
import { lstatSync, readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { scanListing, type ScanReport } from '../core/evidence/scan';

/** Folders never walked into: too big to list, and never the user's manifests. */
const NOT_WALKED = new Set(['node_modules', '.git', '__pycache__', '.terraform', 'site-packages']);

/** Every file under `root` as a relative path with `/`, and the symbolic links found on the way. */
export function walk(root: string): { files: string[]; symlinks: Set<string> } {
  const files: string[] = [];
  const symlinks = new Set<string>();
  const stack = [root];
  while (stack.length) {
    const dir = stack.pop()!;
    let entries;
    try {
      entries = readdirSync(dir, { withFileTypes: true });
    } catch {
      continue;
    }
    for (const e of entries) {
      const abs = join(dir, e.name);
      const rel = relative(root, abs).split(sep).join('/');
      if (e.isSymbolicLink()) {
        symlinks.add(rel);
        files.push(rel);
        continue;
      }
      if (e.isDirectory()) {
        if (!NOT_WALKED.has(e.name)) stack.push(abs);
        continue;
      }
      if (e.isFile()) files.push(rel);
    }
  }
  return { files, symlinks };
}

export async function evidenceForDirectory(dir: string, opts: { listing?: string } = {}): Promise<ScanReport> {
  const listed = opts.listing ? readFileSync(opts.listing, 'utf8').split(/\r?\n/).filter(Boolean) : undefined;
  const { files, symlinks } = listed ? { files: listed, symlinks: new Set<string>() } : walk(dir);
  return scanListing(files, {
    symlinked: symlinks,
    read: async (path) => {
      const abs = join(dir, ...path.split('/'));
      if (!existsSync(abs)) return listed ? new Uint8Array() : undefined;
      if (!lstatSync(abs).isFile()) return undefined;
      return readFileSync(abs);
    },
  });
}

/** What the pick list shows, as the --json output promises. */
export function asJson(report: ScanReport): string {
  return JSON.stringify({
    skills: report.skills.map((s) => ({
      id: s.id,
      strength: s.strength,
      evidence: s.evidence.map((e) => ({ file: e.file, line: e.line, match: e.match })),
    })),
    skipped: report.skipped,
  });
}

export function asText(report: ScanReport): string {
  const lines = report.skills.map(
    (s) =>
      `${s.id} (${s.strength})\n${s.evidence
        .slice(0, 5)
        .map((e) => `    ${e.file}:${e.line}  ${e.match}  [${e.strength}]`)
        .join('\n')}${s.evidence.length > 5 ? `\n    … ${s.evidence.length - 5} more` : ''}`,
  );
  const skipped = report.skipped.length
    ? `\n${report.skipped.length} file(s) skipped:\n${report.skipped
        .slice(0, 20)
        .map((s) => `    ${s.file}: ${s.reason}`)
        .join('\n')}${report.skipped.length > 20 ? `\n    … ${report.skipped.length - 20} more` : ''}`
    : '';
  return `${report.skills.length} skill(s) with evidence in ${report.filesRead} file(s) read${lines.length ? `:\n\n${lines.join('\n')}` : '.'}\n${skipped}`;
}
