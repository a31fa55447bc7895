// No sentence in data/ is copied from an article: no run of 10 or more consecutive words in
// any data text matches an article, after normalising case and punctuation. A source's own
// title and basis line are names, not prose, and are exempt.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIR, REPO } from './fixtures';

const SEEDS = join(REPO, '..', 'shared', 'seeds');
const RUN = 10;

export function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/&amp;|&gt;|&lt;/g, ' ')
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9%$]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
}

/** Every string in a JSON value with its JSON path, except sources' titles and basis lines. */
export function strings(value: unknown, path = '$'): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((v, i) => strings(v, `${path}[${i}]`));
  if (value && typeof value === 'object') {
    return Object.entries(value).flatMap(([k, v]) =>
      /^\$\.sources\[\d+\]$/.test(path) && (k === 'title' || k === 'basis') ? [] : strings(v, `${path}.${k}`),
    );
  }
  return [];
}

/** The first run of RUN words that `text` shares with the articles, or null. */
export function copiedRun(text: string, shingles: ReadonlySet<string>): string | null {
  const w = words(text);
  for (let i = 0; i + RUN <= w.length; i++) {
    const run = w.slice(i, i + RUN).join(' ');
    if (shingles.has(run)) return run;
  }
  return null;
}

export function articleShingles(texts: string[]): Set<string> {
  const out = new Set<string>();
  for (const t of texts) {
    const w = words(t);
    for (let i = 0; i + RUN <= w.length; i++) out.add(w.slice(i, i + RUN).join(' '));
  }
  return out;
}

describe('copied prose: no 10-word run of any article in data/', () => {
  it('the check itself catches a copied sentence and passes our own words', () => {
    const sh = articleShingles([
      'Data engineers build and maintain the infrastructure that moves, transforms, and stores data.',
    ]);
    assert.ok(
      copiedRun(
        'In short: data engineers build and maintain the infrastructure that moves, transforms and stores data!',
        sh,
      ),
    );
    assert.equal(copiedRun('Data engineers look after the systems that carry and keep data.', sh), null);
  });

  it('holds for every text in data/*.json', function () {
    if (!existsSync(SEEDS)) {
      console.log(`SKIPPED: ../shared/seeds not found at ${SEEDS}; the copied-prose check did not run`);
      if (process.env.CI) throw new Error('CI must have ../shared/seeds beside the clone');
      this.skip();
    }
    const sh = articleShingles(readdirSync(SEEDS).map((f) => readFileSync(join(SEEDS, f), 'utf8')));
    const copied: string[] = [];
    for (const file of readdirSync(DATA_DIR)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      for (const [path, text] of strings(JSON.parse(readFileSync(join(DATA_DIR, file), 'utf8')))) {
        const run = copiedRun(text, sh);
        if (run) copied.push(`${file} ${path}: "${run}"`);
      }
    }
    assert.deepEqual(copied, []);
  });
});
