// A comparison travels in parts. A tab asks for the parts it draws, so a new pair shows on the
// visible tab after a reply of ~12 KB instead of the whole 54 KB; the rest follows in the
// background. Parts that depend on the data alone, not on the pair, are kept across pair changes
// until the data changes. Plain values and functions: the webview uses them before zod is loaded.
import type { Comparison } from '../core/results';
import type { ComparisonParts, Tab } from './protocol';

export const COMPARISON_PARTS = [
  'overview',
  'skills',
  'pay',
  'tools',
  'transitions',
  'metrics',
  'careers',
  'genai',
  'guidance',
  'faq',
  'sources',
] as const satisfies readonly Exclude<keyof Comparison, 'roles'>[];
export type ComparisonPart = (typeof COMPARISON_PARTS)[number];

/** The same for every pair: only a change of data (a pack) changes them. */
export const DATA_PARTS = ['genai', 'faq', 'sources'] as const satisfies readonly ComparisonPart[];

/** What each tab draws. Every tab cites, so every tab needs the sources. */
export const TAB_PARTS = {
  overview: ['overview', 'guidance', 'faq', 'sources'],
  pay: ['pay', 'metrics', 'sources'],
  skills: ['skills', 'sources'],
  tools: ['tools', 'sources'],
  career: ['transitions', 'careers', 'sources'],
  demand: ['metrics', 'sources'],
  genai: ['genai', 'sources'],
  sources: ['sources'],
  quiz: ['sources'],
  plan: ['sources'],
} as const satisfies Record<Tab, readonly ComparisonPart[]>;

/** What a tab's view reads: the two roles and the tab's parts. */
export type PartsFor<T extends Tab> = Pick<Comparison, 'roles' | (typeof TAB_PARTS)[T][number]>;

/** The named parts that `from` has, and nothing else. */
function pick(from: Partial<Comparison>, parts: readonly ComparisonPart[]): Partial<Comparison> {
  const picked: Partial<Comparison> = {};
  for (const part of parts) if (from[part] !== undefined) Object.assign(picked, { [part]: from[part] });
  return picked;
}

/** The roles and the named parts of a comparison, as a reply carries them. */
export function pickParts(c: Comparison, parts: readonly ComparisonPart[] = COMPARISON_PARTS): ComparisonParts {
  return { roles: c.roles, ...pick(c, parts) };
}

/** The parts of `want` that `have` lacks, in `want`'s order. */
export function missingParts(have: Partial<Comparison>, want: readonly ComparisonPart[]): ComparisonPart[] {
  return want.filter((part, i) => have[part] === undefined && want.indexOf(part) === i);
}

/** What is kept when the pair changes and the data does not. */
export function keepDataParts(have: Partial<Comparison>): Partial<Comparison> {
  return pick(have, DATA_PARTS);
}

/** `have` as the tab's view reads it, or undefined while a part it draws is missing. */
export function partsFor<T extends Tab>(have: Partial<Comparison>, tab: T): PartsFor<T> | undefined {
  return have.roles !== undefined && missingParts(have, TAB_PARTS[tab]).length === 0
    ? (have as PartsFor<T>)
    : undefined;
}
