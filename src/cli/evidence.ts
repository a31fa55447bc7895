// `npm run evidence -- DIR [DIR...] [--author EMAIL]... [--since YYYY-MM-DD] [--years N] [--max-commits N] [--json] [--listing FILE]`
// Without --author: the workspace scan of each DIR's manifests, as the extension does it.
// With --author: only that person's commits in every git repository found under the DIRs (nested
// clones too); a manifest line counts only if they added it. --json prints one object:
// { skills: [{ id, strength, commits?, lines?, days?, first?, last?, evidence: [{ file, line?, match, repo?, commit?, date?, lines? }] }], skipped: [...] }
// where skills is exactly what the extension's pick list would show.
import { existsSync, statSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { identityMatcher } from '../core/evidence/history/identity';
import {
  DEFAULT_COMMIT_CAP,
  DEFAULT_WINDOW_YEARS,
  historyReport,
  type HistoryReport,
} from '../core/evidence/history/report';
import { asJson, asText, evidenceForDirectory } from './directory';
import { findRepositories, readRepository } from './git';

const USAGE = `usage: npm run evidence -- DIR [DIR...] [--author EMAIL]... [--since YYYY-MM-DD] [--years N] [--max-commits N] [--json] [--listing FILE]
  --author EMAIL     your commits only (repeat for each address you committed under); matched exactly, after .mailmap
  --since DATE       ignore commits before this day (default: ${DEFAULT_WINDOW_YEARS} years before your newest commit)
  --years N          the window's length in years when --since is not given (default ${DEFAULT_WINDOW_YEARS})
  --max-commits N    newest commits read per repository (default ${DEFAULT_COMMIT_CAP})
  --json             one JSON object instead of text
  --listing FILE     (manifest scan only) read the listed paths instead of walking DIR`;

function fail(message: string): never {
  process.stderr.write(`${message}\n${USAGE}\n`);
  process.exit(2);
}

function parse(argv: string[]) {
  try {
    return parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        author: { type: 'string', multiple: true },
        since: { type: 'string' },
        years: { type: 'string' },
        'max-commits': { type: 'string' },
        json: { type: 'boolean' },
        listing: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (err) {
    return fail(`error: ${err instanceof Error ? err.message : String(err)}`);
  }
}

const positive = (v: string | undefined, name: string, dflt: number): number => {
  if (v === undefined) return dflt;
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) fail(`error: ${name} must be a positive number, not "${v}"`);
  return n;
};

export function historyJson(r: HistoryReport): string {
  const skill = (s: HistoryReport['skills'][number]) => ({
    id: s.id,
    strength: s.strength,
    commits: s.commits,
    lines: s.lines,
    days: s.days,
    first: s.first,
    last: s.last,
    because: s.because,
    evidence: s.evidence
      .slice(0, 20)
      .map((e) => ({ file: e.file, match: e.match, repo: e.repo, commit: e.commit, date: e.date, lines: e.lines })),
  });
  return JSON.stringify({
    skills: r.skills.map(skill),
    weak: r.weak.map(skill),
    read: { repos: r.repos, commits: r.commits, identities: r.identities, since: r.since, until: r.until },
    skipped: r.skipped,
  });
}

export function historyText(r: HistoryReport): string {
  const head = `${r.commits} commit(s) by ${r.identities.join(', ')} in ${r.repos} repositor${r.repos === 1 ? 'y' : 'ies'}, ${r.since} to ${r.until}`;
  const one = (s: HistoryReport['skills'][number]) => {
    const ex = s.evidence[0];
    return `${s.id} (${s.strength}): ${s.commits} commits · ${s.lines} lines · ${s.first} to ${s.last}${ex ? ` · e.g. ${ex.file} (${ex.commit.slice(0, 7)})` : ''}\n    ${s.because}`;
  };
  const weak = r.weak.length ? `\n\nNot offered (weak): ${r.weak.map((s) => `${s.id} (${s.because})`).join('; ')}` : '';
  const skipped = r.skipped.length
    ? `\n\n${r.skipped.length} note(s):\n${r.skipped
        .slice(0, 20)
        .map((s) => `    ${s.file}: ${s.reason}`)
        .join('\n')}`
    : '';
  return `${head}${r.skills.length ? `:\n\n${r.skills.map(one).join('\n')}` : ': no skill with sustained work.'}${weak}${skipped}`;
}

async function main(): Promise<void> {
  const { values, positionals } = parse(process.argv.slice(2));
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!positionals.length) fail('error: no DIR given');
  for (const d of positionals)
    if (!existsSync(d) || !statSync(d).isDirectory()) fail(`error: "${d}" is not a directory`);
  const authors = values.author ?? [];
  if (!authors.length) {
    if (values.since || values.years || values['max-commits'])
      fail('error: --since, --years and --max-commits need --author');
    // As before: the manifest scan, per directory.
    for (const dir of positionals) {
      const report = await evidenceForDirectory(dir, { listing: values.listing });
      process.stdout.write(`${values.json ? asJson(report) : asText(report)}\n`);
    }
    return;
  }
  if (values.listing) fail('error: --listing is for the manifest scan, not with --author');
  let since: number | undefined;
  if (values.since !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.since) || Number.isNaN(Date.parse(`${values.since}T00:00:00Z`)))
      fail(`error: --since must be a date like 2024-01-31, not "${values.since}"`);
    since = Date.parse(`${values.since}T00:00:00Z`) / 1000;
  }
  const years = positive(values.years, '--years', DEFAULT_WINDOW_YEARS);
  const cap = Math.floor(positive(values['max-commits'], '--max-commits', DEFAULT_COMMIT_CAP));
  const identities = identityMatcher(authors);
  if (identities.list.length !== authors.length) fail('error: each --author must be an email address');
  const roots = positionals.map((d) => resolve(d));
  const repos = findRepositories(roots);
  const base = roots.length === 1 ? roots[0]! : resolve(roots[0]!, '..');
  const reads = [];
  for (const repo of repos) {
    const r = await readRepository(repo, { identities, cap });
    reads.push({
      ...r,
      repo: relative(base, repo) || '.',
      skipped: r.skipped.map((s) => ({ ...s, file: s.file === repo ? relative(base, repo) || '.' : s.file })),
    });
  }
  const report = historyReport(reads, identities.list, { since, years, anchor: 'latest', now: Date.now() / 1000 });
  if (!repos.length) report.skipped.push({ file: positionals.join(' '), reason: 'no git repository found' });
  process.stdout.write(`${values.json ? historyJson(report) : historyText(report)}\n`);
}

void main();
