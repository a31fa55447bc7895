// The five articles the data is built from, read at run time from ../shared/seeds (never copied
// into the project), and the one normalisation used to find a quote in them.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO } from './fixtures';

export const SEED_FILES: Record<string, string> = {
  'ai-pulse': '000_64789134f3a4e68c.txt',
  'interview-kickstart': '001_0ceb925ab888d280.txt',
  datadriven: '002_94b9677f370ef727.txt',
  'career-compare': '003_26d036c5a2845c48.txt',
  skilldential: '004_244f67de3ab877e0.txt',
};
export const SEEDS = join(REPO, '..', 'shared', 'seeds');

/** The articles by source id, or null (with a loud SKIPPED line) when ../shared/seeds is missing; CI must have them. */
export function loadArticles(dir: string, ci: boolean): Record<string, string> | null {
  if (!existsSync(dir)) {
    console.log(`SKIPPED: ../shared/seeds not found at ${dir}; nothing was checked against the articles`);
    if (ci) throw new Error('CI must have ../shared/seeds beside the clone');
    return null;
  }
  return Object.fromEntries(Object.entries(SEED_FILES).map(([id, f]) => [id, readFileSync(join(dir, f), 'utf8')]));
}

/**
 * An article's text (or a quote) as words: lower case, HTML arrows and curly apostrophes
 * undone, every run of other characters one space. A quote is "in" an article when its
 * normalised text is a substring of the article's.
 */
export function articleText(articles: Record<string, string>, id: string): string {
  const raw = articles[id] ?? '';
  return ` ${raw
    .toLowerCase()
    .replace(/&gt;/g, '>')
    .replace(/&lt;/g, '<')
    .replace(/&amp;/g, '&')
    .replace(/[’‘]/g, "'")
    .replace(/[^a-z0-9%$'>]+/g, ' ')
    .trim()} `;
}
