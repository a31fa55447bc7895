// A listing made by reading directories, for file systems that cannot search (a virtual file
// system with no search provider). It keeps the same names a search would (isListed), never
// enters the same folders, never follows a symbolic link, and stops at a bound, shallow
// first, so a huge tree costs a known amount and a cap drops the deepest, least telling files.
import { isListed, LISTING_EXCLUDED_DIRS } from './select';

/** Entries read at most in one walk; the rest of the tree is reported as not listed. */
export const WALK_MAX_ENTRIES = 50_000;
/** Directories read at once: each read is a round trip to the file system. */
export const WALK_CONCURRENCY = 32;

export interface DirEntry {
  name: string;
  dir: boolean;
  /** A symbolic link (to a file or a folder): listed as one, never followed. */
  link: boolean;
}

export interface WalkOptions {
  /** Reads one directory, by its path relative to the root ('' for the root). */
  readDir(path: string): Promise<readonly DirEntry[]>;
  isCancelled?(): boolean;
  maxEntries?: number;
  concurrency?: number;
}

export interface Walk {
  /** Paths relative to the root, with `/`, of the files a search would have listed. */
  files: string[];
  /** Links met on the way (folders and listed files), for selection to skip with a reason. */
  symlinked: string[];
  /** Directories that could not be read, with why. */
  unreadable: { dir: string; reason: string }[];
  /** Whether the bound stopped the walk before the whole tree was seen. */
  truncated: boolean;
  entries: number;
}

const EXCLUDED = new Set(LISTING_EXCLUDED_DIRS);

export async function walkListing(opts: WalkOptions): Promise<Walk> {
  const max = opts.maxEntries ?? WALK_MAX_ENTRIES;
  const concurrency = opts.concurrency ?? WALK_CONCURRENCY;
  const walk: Walk = { files: [], symlinked: [], unreadable: [], truncated: false, entries: 0 };
  let level: string[] = [''];
  while (level.length && !walk.truncated && !opts.isCancelled?.()) {
    const next: string[] = [];
    for (let i = 0; i < level.length && !walk.truncated && !opts.isCancelled?.(); i += concurrency) {
      const batch = level.slice(i, i + concurrency);
      const read = await Promise.all(
        batch.map((dir) =>
          opts.readDir(dir).then(
            (entries) => ({ dir, entries }),
            (err: unknown) => ({
              dir,
              entries: [] as readonly DirEntry[],
              error: err instanceof Error ? err.message : String(err),
            }),
          ),
        ),
      );
      for (const r of read) {
        if ('error' in r) walk.unreadable.push({ dir: r.dir || '.', reason: r.error });
        // Sorted, so a bound cuts the same entries on every run.
        for (const e of [...r.entries].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
          if (walk.entries >= max) {
            walk.truncated = true;
            break;
          }
          walk.entries++;
          const path = r.dir ? `${r.dir}/${e.name}` : e.name;
          if (e.dir) {
            if (e.link) walk.symlinked.push(path);
            else if (!EXCLUDED.has(e.name)) next.push(path);
          } else if (isListed(path)) {
            walk.files.push(path);
            if (e.link) walk.symlinked.push(path);
          }
        }
        if (walk.truncated) break;
      }
    }
    level = next.sort();
  }
  return walk;
}
