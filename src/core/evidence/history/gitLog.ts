// Parses the output of one `git log` run into commits, as it streams. The format is fixed by
// LOG_FORMAT and the runner's arguments (-z with --numstat and --patch --unified=0, or -z with
// --name-status when file contents are not available). Each record starts with RS "C" at the
// start of a line, which no patch line can do (patch lines start with a diff marker), so text
// planted in a subject, a path or a file's content cannot start a record of its own.
// Only the commits `wanted` accepts are kept, and of those only the lines `linesOf` asks for:
// memory stays at one commit's patch, whatever the history's size.

/** %H, %P, %at and %aE (the author's address after .mailmap) in fixed fields; the subject last. */
export const LOG_FORMAT = '%x1eC%H%x1f%P%x1f%at%x1f%aE%x1f%s';

export interface FileChange {
  path: string;
  /** Set when git found the file renamed or moved from here. */
  oldPath?: string;
  /** Lines added and removed; -1 when the file is binary or its content was not read. */
  added: number;
  removed: number;
  /** Added lines (and removed ones when asked), capped; empty when not asked for. */
  addedLines: string[];
  removedLines: string[];
  /** The lines git names in hunk headers (the nearest unindented line above each change, often an import). */
  context?: string[];
}

export interface Commit {
  hash: string;
  parents: string[];
  /** Author time, seconds since the epoch. */
  time: number;
  email: string;
  subject: string;
  files: FileChange[];
}

/** Which lines of a file to keep: none, the added ones, or both (manifests: a pin bump shows as a pair). */
export type LinesWanted = 'none' | 'added' | 'both';

export interface ParseOptions {
  mode: 'numstat' | 'name-status';
  wanted(email: string): boolean;
  linesOf(path: string): LinesWanted;
  onCommit(c: Commit): void;
}

/** Lines kept per file and their length: enough for imports and declarations, bounded for bulk files. */
export const MAX_LINES_PER_FILE = 400;
export const MAX_LINE_CHARS = 400;

type State = 'between' | 'header' | 'files' | 'patch';

export class LogParser {
  private buf = '';
  private state: State = 'between';
  private commit: Commit | undefined;
  private skipping = false;
  private fileIdx = -1;
  private inHunk = false;
  private want: LinesWanted = 'none';
  /** Commits accepted and passed on so far. */
  count = 0;

  constructor(private readonly opts: ParseOptions) {}

  feed(text: string): void {
    this.buf += text;
    this.run(false);
  }

  end(): void {
    this.run(true);
    this.flush();
  }

  private flush(): void {
    if (this.commit && !this.skipping) {
      this.count++;
      this.opts.onCommit(this.commit);
    }
    this.commit = undefined;
  }

  /** Consumes every complete token in the buffer; at the end, the rest too. */
  private run(final: boolean): void {
    const b = this.buf;
    let i = 0;
    for (;;) {
      if (i >= b.length) break;
      if (this.state === 'between' || (this.state === 'patch' && b.charCodeAt(i) === 0x1e)) {
        if (b.charCodeAt(i) === 0x1e) {
          this.flush();
          this.state = 'header';
          i++;
          continue;
        }
        const nl = b.indexOf('\n', i);
        if (nl < 0 && !final) break;
        if (this.state === 'patch') {
          this.patchLine(b.slice(i, nl < 0 ? b.length : nl));
        }
        i = nl < 0 ? b.length : nl + 1;
        continue;
      }
      if (this.state === 'header') {
        const end = b.indexOf('\0', i);
        if (end < 0 && !final) break;
        this.header(b.slice(i, end < 0 ? b.length : end));
        i = end < 0 ? b.length : end + 1;
        if (b[i] === '\n') i++;
        this.state = 'files';
        continue;
      }
      if (this.state === 'files') {
        const c = b.charCodeAt(i);
        if (c === 0x1e) {
          this.state = 'between';
          continue;
        }
        if (c === 0) {
          i++;
          this.state = 'patch';
          continue;
        }
        if (c === 0x0a) {
          i++;
          continue;
        }
        if (b.startsWith('diff --git ', i)) {
          this.state = 'patch';
          continue;
        }
        const got = this.fileEntry(b, i, final);
        if (got < 0) break;
        i = got;
        continue;
      }
      // patch
      const nl = b.indexOf('\n', i);
      if (nl < 0 && !final) break;
      this.patchLine(b.slice(i, nl < 0 ? b.length : nl));
      i = nl < 0 ? b.length : nl + 1;
    }
    this.buf = b.slice(i);
  }

  private header(text: string): void {
    const f = text.split('\x1f');
    const [tag, parents, time, email] = f;
    const hash = tag?.startsWith('C') ? tag.slice(1) : '';
    this.fileIdx = -1;
    this.inHunk = false;
    this.want = 'none';
    this.skipping = !/^[0-9a-f]{40,64}$/.test(hash) || !this.opts.wanted(email ?? '');
    // An unwanted author's record is dropped here: their address and subject are never kept.
    this.commit = this.skipping
      ? undefined
      : {
          hash,
          parents: (parents ?? '').split(' ').filter(Boolean),
          time: Number(time) || 0,
          email: email ?? '',
          subject: f.slice(4).join(' ').slice(0, 300),
          files: [],
        };
  }

  /** One numstat or name-status entry at i; returns where the next starts, or -1 if incomplete. */
  private fileEntry(b: string, i: number, final: boolean): number {
    const tokens: string[] = [];
    let at = i;
    const need = (): boolean => {
      const end = b.indexOf('\0', at);
      if (end < 0) {
        if (!final) return false;
        tokens.push(b.slice(at));
        at = b.length;
        return true;
      }
      tokens.push(b.slice(at, end));
      at = end + 1;
      return true;
    };
    if (!need()) return -1;
    const first = tokens[0]!;
    if (this.opts.mode === 'numstat') {
      const m = /^(\d+|-)[\s](\d+|-)[\s]([\s\S]*)$/.exec(first); // a tab between the fields
      if (!m) return at; // not an entry: skipped
      let path = m[3]!;
      let oldPath: string | undefined;
      if (path === '') {
        if (!need() || !need()) return -1;
        oldPath = tokens[1];
        path = tokens[2]!;
      }
      const binary = m[1] === '-';
      this.addFile(path, oldPath, binary ? -1 : Number(m[1]), binary ? -1 : Number(m[2]));
    } else {
      // name-status: a status letter, then the path (two for renames and copies).
      if (!need()) return -1;
      let path = tokens[1]!;
      let oldPath: string | undefined;
      if (/^[RC]/.test(first)) {
        if (!need()) return -1;
        oldPath = path;
        path = tokens[2]!;
      }
      this.addFile(path, oldPath, -1, -1);
    }
    return at;
  }

  private addFile(path: string, oldPath: string | undefined, added: number, removed: number): void {
    if (!this.commit) return;
    this.commit.files.push({
      path,
      ...(oldPath !== undefined ? { oldPath } : {}),
      added,
      removed,
      addedLines: [],
      removedLines: [],
    });
  }

  private patchLine(line: string): void {
    if (!this.commit) return;
    if (line.startsWith('diff --git ')) {
      this.fileIdx++;
      this.inHunk = false;
      const f = this.commit.files[this.fileIdx];
      this.want = f ? this.opts.linesOf(f.path) : 'none';
      return;
    }
    if (line.startsWith('@@')) {
      this.inHunk = true;
      const f = this.commit.files[this.fileIdx];
      const ctx = /^@@ [^@]* @@ (.+)$/.exec(line)?.[1];
      if (f && ctx && this.want !== 'none' && (f.context ??= []).length < 50)
        f.context.push(ctx.slice(0, MAX_LINE_CHARS));
      return;
    }
    if (!this.inHunk || this.want === 'none') return;
    const f = this.commit.files[this.fileIdx];
    if (!f) return;
    const c = line.charCodeAt(0);
    if (c === 0x2b /* + */ && f.addedLines.length < MAX_LINES_PER_FILE)
      f.addedLines.push(line.slice(1, MAX_LINE_CHARS + 1));
    else if (c === 0x2d /* - */ && this.want === 'both' && f.removedLines.length < MAX_LINES_PER_FILE)
      f.removedLines.push(line.slice(1, MAX_LINE_CHARS + 1));
  }
}
