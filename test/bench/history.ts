// `npm run bench:history` (and a phase of `npm run bench`): reading one person's commits from a
// 10,000-commit history built with `git fast-import`, as a ratio against a plain
// `git log --numstat` over the same history in the same run (target ≤ 2×), median of 5,
// alternating; and the peak memory of the reading process. Prints figures; passes or fails nothing.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gitEnv, readRepository } from '../../src/cli/git';
import { identityMatcher } from '../../src/core/evidence/history/identity';
import { historyReport } from '../../src/core/evidence/history/report';

export const COMMITS = 10_000;
const AUTHORS = ['me@example.org', 'ana@example.org', 'bo@example.org'];
const RUNS = 5;

/** A fast-import stream: three authors over 20 files (Python, SQL, YAML), each commit editing two. */
export function fastImportStream(commits = COMMITS): Buffer {
  const files = Array.from({ length: 20 }, (_, i) =>
    i % 3 === 0 ? `models/m${i}.sql` : i % 3 === 1 ? `pipelines/job${i}.py` : `deploy/svc${i}.yaml`,
  );
  const content = new Map(files.map((f) => [f, Array.from({ length: 60 }, (_, k) => `line ${k} of ${f}`)]));
  const parts: string[] = [];
  const t0 = 1_700_000_000;
  for (let n = 1; n <= commits; n++) {
    const author = AUTHORS[n % AUTHORS.length]!;
    const when = t0 + n * 3600;
    parts.push(
      `commit refs/heads/main\nmark :${n}\nauthor A${n % 3} <${author}> ${when} +0000\ncommitter A <${author}> ${when} +0000\n`,
    );
    const msg = `change ${n}\n`;
    parts.push(`data ${Buffer.byteLength(msg)}\n${msg}`);
    if (n > 1) parts.push(`from :${n - 1}\n`);
    for (const f of [files[n % files.length]!, files[(n * 7) % files.length]!]) {
      const lines = content.get(f)!;
      // Replace one line and add one: a small, real diff each time.
      lines[(n * 13) % lines.length] = f.endsWith('.py')
        ? `import pandas as pd  # ${n}`
        : `select ${n} as v from t${n}`;
      lines.splice((n * 5) % lines.length, 0, `added in ${n}`);
      if (lines.length > 200) lines.splice(0, 50);
      const text = `${lines.join('\n')}\n`;
      parts.push(`M 100644 inline ${f}\ndata ${Buffer.byteLength(text)}\n${text}`);
    }
    parts.push('\n');
  }
  return Buffer.from(parts.join(''));
}

function timeGitLog(repo: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    const child = spawn('git', ['-C', repo, 'log', '--numstat', '--no-merges', '--format=%H %aE %s'], {
      env: gitEnv(repo),
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    child.stdout.on('data', () => undefined);
    child.on('error', reject);
    child.on('close', () => resolve(performance.now() - t));
  });
}

async function timeRead(
  repo: string,
  emails = [AUTHORS[0]!],
): Promise<{ ms: number; commits: number; skills: number }> {
  const t = performance.now();
  const identities = identityMatcher(emails);
  const read = await readRepository(repo, { identities, cap: 100_000 });
  const report = historyReport([{ ...read, repo: 'bench' }], identities.list, {
    anchor: 'latest',
    now: Date.now() / 1000,
  });
  return { ms: performance.now() - t, commits: read.commits.length, skills: report.skills.length };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

export async function benchHistory(): Promise<{ ratio: number; readMs: number; gitMs: number; peakRssMb: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'career-lens-bench-history-'));
  try {
    const t = performance.now();
    execFileSync('git', ['init', '-q', dir], { env: gitEnv(dir) });
    execFileSync('git', ['-C', dir, 'fast-import', '--quiet'], {
      input: fastImportStream(),
      env: gitEnv(dir),
      maxBuffer: 1 << 30,
    });
    execFileSync('git', ['-C', dir, 'symbolic-ref', 'HEAD', 'refs/heads/main'], { env: gitEnv(dir) });
    console.log(
      `\nHistory reading (${COMMITS.toLocaleString('en')} commits by 3 authors, built with git fast-import in ${((performance.now() - t) / 1000).toFixed(1)} s; median of ${RUNS}, alternating)`,
    );
    await timeGitLog(dir);
    await timeRead(dir);
    const base: number[] = [];
    const ours: number[] = [];
    const everyone: number[] = [];
    let last = { commits: 0, skills: 0 };
    for (let i = 0; i < RUNS; i++) {
      base.push(await timeGitLog(dir));
      const r = await timeRead(dir);
      ours.push(r.ms);
      last = r;
      // The worst case: a history that is all one person's (here: all three addresses given).
      everyone.push((await timeRead(dir, AUTHORS)).ms);
    }
    const gitMs = median(base);
    const readMs = median(ours);
    const allMs = median(everyone);
    // Peak memory in a process that only reads (this one also built the fast-import stream).
    const child = JSON.parse(execFileSync(process.execPath, [__filename, '--read', dir], { encoding: 'utf8' })) as {
      maxRssKb: number;
    };
    const peakRssMb = child.maxRssKb / 1024;
    console.log(`  plain git log --numstat, every commit                      ${gitMs.toFixed(1).padStart(8)} ms`);
    console.log(
      `  reading one person's ${last.commits} commits (files, lines, imports) ${readMs.toFixed(1).padStart(8)} ms  ${(readMs / gitMs).toFixed(2)}x  target ≤ 2x`,
    );
    console.log(
      `  worst case: every commit is the person's (10,000, with lines)     ${allMs.toFixed(1).padStart(8)} ms  ${(allMs / gitMs).toFixed(2)}x`,
    );
    console.log(
      `  peak memory of a Node process that only reads (RSS; git's own not included) ${peakRssMb.toFixed(0).padStart(5)} MB  (${last.skills} skill(s) found)`,
    );
    return { ratio: readMs / gitMs, readMs, gitMs, peakRssMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  if (process.argv[2] === '--read')
    void timeRead(process.argv[3]!).then(() =>
      process.stdout.write(JSON.stringify({ maxRssKb: process.resourceUsage().maxRSS })),
    );
  else void benchHistory();
}
