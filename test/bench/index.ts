// Core benchmarks. Each figure is a ratio against a baseline measured in the same run on the
// same data, so the numbers mean the same thing on a fast or a slow machine.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { compare } from '../../src/core/compare';
import { loadBuiltIn } from '../../src/core/packs';
import { computeGap } from '../../src/core/profile';
import { scoreQuiz } from '../../src/core/quiz';
import type { Dataset } from '../../src/core/schema';

const DATA = join(__dirname, '..', '..', '..', 'data');
const files = readdirSync(DATA)
  .filter((n) => n.endsWith('.json'))
  .sort()
  .map((name) => ({ name, bytes: readFileSync(join(DATA, name)) }));

/** Median time per call in microseconds, over `rounds` rounds of `n` calls. */
function time(fn: () => unknown, n = 200, rounds = 7): number {
  for (let i = 0; i < n; i++) fn(); // warm up
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const t0 = process.hrtime.bigint();
    for (let i = 0; i < n; i++) fn();
    samples.push(Number(process.hrtime.bigint() - t0) / 1000 / n);
  }
  return samples.sort((a, b) => a - b)[Math.floor(rounds / 2)]!;
}

const rows: [string, number, number, string][] = [];
function bench(name: string, subject: () => unknown, baselineName: string, baseline: () => unknown, n?: number): void {
  const b = time(baseline, n);
  const s = time(subject, n);
  rows.push([name, s, s / b, baselineName]);
}

const parseOnly = () => files.map((f) => JSON.parse(new TextDecoder().decode(f.bytes)));
const d: Dataset = loadBuiltIn(files);
const clone = () => structuredClone(d);
const pairs = d.roles.flatMap((a) => d.roles.filter((b) => b.id !== a.id).map((b) => [a.id, b.id] as const));
const answers = Object.fromEntries(d.quiz.map((q) => [q.id, q.options[0]!.id]));
const marks = {
  skills: Object.fromEntries(d.skills.slice(0, 10).map((s) => [s.id, 'have' as const])),
  current: 'data-engineer',
};

bench('load + validate built-in data', () => loadBuiltIn(files), 'JSON.parse of the same files', parseOnly, 50);
bench(
  `compare() x${pairs.length} role pairs`,
  () => pairs.forEach(([a, b]) => compare(d, a, b)),
  'structuredClone(dataset)',
  clone,
  50,
);
bench('scoreQuiz() on 12 answers', () => scoreQuiz(d, answers), 'structuredClone(dataset)', clone);
bench('computeGap() towards ML engineer', () => computeGap(d, marks, 'ml-engineer'), 'structuredClone(dataset)', clone);

console.log('Core (median per call; ratio = subject / baseline, lower is better)');
for (const [name, us, ratio, base] of rows)
  console.log(`  ${name.padEnd(36)} ${us.toFixed(1).padStart(9)} µs  ${ratio.toFixed(2).padStart(6)}x  vs ${base}`);
