// `npm run bench:evidence`: scores the evidence CLI over the labelled repositories in
// ../shared/evidence-corpus (read at run time, never copied), by the rule in its score.md:
// per repository and pooled precision, recall, forbidden hits, and clean controls.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { evidenceForDirectory } from '../../src/cli/directory';
import { scanListing } from '../../src/core/evidence/scan';
import { hostileManifests } from './adversarial';

export const CORPUS = join(__dirname, '..', '..', '..', '..', 'shared', 'evidence-corpus');
const PROJECT = join(__dirname, '..', '..', '..');
const PERSON_SCORER = join(PROJECT, '..', 'shared', 'person-corpus', 'score.mjs');

/** Evidence from a person's own commits, graded by ../shared/person-corpus/score.mjs (its last line). */
function personCorpus(): void {
  if (!existsSync(PERSON_SCORER)) {
    console.log(`\nSKIPPED: ../shared/person-corpus not found at ${PERSON_SCORER}`);
    return;
  }
  let out: string;
  try {
    out = execFileSync(process.execPath, [PERSON_SCORER, PROJECT], { encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (err) {
    out = String((err as { stdout?: string }).stdout ?? err);
  }
  console.log(
    `\n${out
      .trim()
      .split('\n')
      .filter((l) => /^(pooled|person corpus)/.test(l))
      .join('\n')}`,
  );
}

interface Labels {
  repo: string;
  kind: string;
  expected: string[];
  acceptable: string[];
  forbidden: string[];
}

export interface RepoScore {
  repo: string;
  kind: string;
  suggested: string[];
  good: number;
  hit: number;
  expected: number;
  forbidden: string[];
  missed: string[];
  unlabelled: string[];
}

export async function scoreCorpus(corpus = CORPUS): Promise<RepoScore[]> {
  const out: RepoScore[] = [];
  for (const name of readdirSync(corpus).sort()) {
    const dir = join(corpus, name);
    if (!existsSync(join(dir, 'labels.json'))) continue;
    const labels = JSON.parse(readFileSync(join(dir, 'labels.json'), 'utf8')) as Labels;
    const report = await evidenceForDirectory(dir, { listing: join(dir, 'files.txt') });
    const s = report.skills.map((x) => x.id);
    const ok = new Set([...labels.expected, ...labels.acceptable]);
    out.push({
      repo: labels.repo,
      kind: labels.kind,
      suggested: s,
      good: s.filter((x) => ok.has(x)).length,
      hit: s.filter((x) => labels.expected.includes(x)).length,
      expected: labels.expected.length,
      forbidden: s.filter((x) => labels.forbidden.includes(x)),
      missed: labels.expected.filter((x) => !s.includes(x)),
      unlabelled: s.filter((x) => !ok.has(x) && !labels.forbidden.includes(x)),
    });
  }
  return out;
}

const pct = (n: number, d: number) => (d ? `${((100 * n) / d).toFixed(1)}%` : 'n/a');

/** Median time of 7 runs of one hostile file through the whole pipeline, in ms. */
async function timeHostile(path: string, bytes: Uint8Array): Promise<number> {
  const runs: number[] = [];
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    await scanListing([path], { read: async () => bytes });
    runs.push(performance.now() - t);
  }
  return runs.sort((a, b) => a - b)[3]!;
}

async function main(): Promise<void> {
  console.log('hostile manifests (target: each ≤ 100 ms, median of 7):');
  let worst = 0;
  for (const c of hostileManifests()) {
    const ms = await timeHostile(c.path, c.bytes);
    worst = Math.max(worst, ms);
    console.log(`  ${c.name.padEnd(40)} ${ms.toFixed(1).padStart(7)} ms${ms > 100 ? '  OVER' : ''}`);
  }
  console.log(`  slowest: ${worst.toFixed(1)} ms\n`);
  if (!existsSync(CORPUS)) {
    console.log(`SKIPPED: ../shared/evidence-corpus not found at ${CORPUS}`);
    return;
  }
  await scoreCorpus().then((scores) => {
    const rows = scores.map(
      (r) =>
        `${r.repo.padEnd(48)} ${r.kind.padEnd(8)} ${String(r.suggested.length).padStart(3)} ${pct(r.good, r.suggested.length).padStart(7)} ${pct(r.hit, r.expected).padStart(7)} ${String(r.forbidden.length).padStart(3)}${r.forbidden.length ? `  forbidden: ${r.forbidden.join(', ')}` : ''}${r.missed.length ? `  missed: ${r.missed.join(', ')}` : ''}${r.unlabelled.length ? `  unlabelled: ${r.unlabelled.join(', ')}` : ''}`,
    );
    console.log(`${'repository'.padEnd(48)} ${'kind'.padEnd(8)}   S  precis  recall   F`);
    console.log(rows.join('\n'));
    const sum = (f: (r: RepoScore) => number) => scores.reduce((a, r) => a + f(r), 0);
    const controls = scores.filter((r) => r.kind === 'control');
    console.log(
      `\npooled: precision ${pct(
        sum((r) => r.good),
        sum((r) => r.suggested.length),
      )}, recall ${pct(
        sum((r) => r.hit),
        sum((r) => r.expected),
      )}, forbidden ${sum((r) => r.forbidden.length)}, clean controls ${controls.filter((r) => r.suggested.length === 0).length}/${controls.length}`,
    );
  });
  personCorpus();
}

if (require.main === module) void main();
