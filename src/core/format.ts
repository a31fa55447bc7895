// Every range and label the user reads, formatted in one place. Each function takes the l10n to
// translate with, so the tree and quick picks (vscode.l10n), the webview (@vscode/l10n, with the
// host's bundle) and the export (ENGLISH) show the same words, localised where a bundle exists.
import type * as l10n from '@vscode/l10n';
import { EDITORIAL } from './editorial';
import type { Mark } from './profile';
import type { Dataset, Depth, Level, Metric } from './schema';
import type { PayFigure } from './results';
import type { PackTrust } from './trustSchema';

/**
 * What core text is translated with: `t` takes the English message with `{0}` placeholders and
 * its arguments. The parameter is named `l10n` and this file imports @vscode/l10n's namespace,
 * so `npm run l10n` (@vscode/l10n-dev) finds every `l10n.t('…')` here as a message.
 */
export interface L10n {
  t(message: string, ...args: (string | number)[]): string;
}

/** What the webview passes: @vscode/l10n's module itself (its calls here check that it fits L10n). */
export type WebviewL10n = typeof l10n;

/** English, with the placeholders filled in: the default for core and the export. */
export const ENGLISH: L10n = {
  t: (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? '')),
};

/** "6–9 months", "6 months", "6+ months", "up to 9 months", or "No duration given". */
export function monthsText(m: { monthsMin: number | null; monthsMax: number | null }, l10n: L10n = ENGLISH): string {
  const { monthsMin: lo, monthsMax: hi } = m;
  if (lo === null && hi === null) return l10n.t('No duration given');
  if (lo === null) return l10n.t('Up to {0} months', hi!);
  if (hi === null) return l10n.t('{0}+ months', lo);
  return lo === hi ? l10n.t('{0} months', lo) : l10n.t('{0}–{1} months', lo, hi);
}

/** "$130K", "₦3.5M". */
export function moneyText(n: number, currency: PayFigure['currency']): string {
  const sym = currency === 'NGN' ? '₦' : '$';
  return n >= 1_000_000
    ? `${sym}${+(n / 1_000_000).toFixed(2)}M`
    : n >= 1000
      ? `${sym}${+(n / 1000).toFixed(1)}K`
      : `${sym}${n}`;
}

/** "$130K–$185K", "₦700K–₦3.5M / month", "$300K+"; never a number that is not in the data. */
export function formatRange(
  f: Pick<PayFigure, 'min' | 'max' | 'currency' | 'period' | 'openEnded'>,
  l10n: L10n = ENGLISH,
): string {
  const money = (n: number) => moneyText(n, f.currency);
  if (f.min === null && f.max === null) return l10n.t('no data');
  let s: string;
  if (f.max === null) s = `${money(f.min!)}+`;
  else if (f.min === null) s = l10n.t('up to {0}', money(f.max));
  else s = f.min === f.max ? money(f.min) : `${money(f.min)}–${money(f.max)}${f.openEnded ? '+' : ''}`;
  return f.period === 'month' ? l10n.t('{0} / month', s) : s;
}

/** The kind of pay a figure is, in a word: "pay" where the source did not say base or total. */
export function payKindWord(kind: PayFigure['kind'], l10n: L10n = ENGLISH): string {
  switch (kind) {
    case 'base':
      return l10n.t('base');
    case 'total':
      return l10n.t('total');
    case 'average':
      return l10n.t('average');
    case 'unspecified':
      return l10n.t('pay');
  }
}

/** Fewer data points than this, and a survey's figure is marked as a small sample. */
export const SMALL_SAMPLE = 10;

/** "p25 $150K · p50 $170K · p75 $190K · p90 $210K", with "/ month" once where it applies. */
export function percentilesText(
  f: Pick<PayFigure, 'percentiles' | 'currency' | 'period'>,
  l10n: L10n = ENGLISH,
): string {
  const p = f.percentiles;
  if (!p) return '';
  const parts = (['p10', 'p25', 'p50', 'p75', 'p90'] as const)
    .filter((k) => p[k] !== undefined)
    .map((k) => `${k} ${moneyText(p[k]!, f.currency)}`);
  return f.period === 'month' ? l10n.t('{0} / month', parts.join(' · ')) : parts.join(' · ');
}

/** "IC3, 42 data points, surveyed 2026-03"; "small sample: 6 data points" under SMALL_SAMPLE. */
export function sampleText(
  f: Pick<PayFigure, 'sampleSize' | 'surveyDate' | 'companyLevel'>,
  l10n: L10n = ENGLISH,
): string {
  const n = f.sampleSize;
  const size =
    n === undefined ? '' : n < SMALL_SAMPLE ? l10n.t('small sample: {0} data points', n) : l10n.t('{0} data points', n);
  const date = f.surveyDate ? l10n.t('surveyed {0}', f.surveyDate) : '';
  return [f.companyLevel ?? '', size, date].filter(Boolean).join(', ');
}

/** "$130K–$185K total"; a survey's percentiles in full, with its sample: "p25 $150K · … total (42 data points)". */
export function payText(f: PayFigure, l10n: L10n = ENGLISH): string {
  const sample = sampleText(f, l10n);
  const value =
    f.percentiles && f.min === (f.percentiles.p10 ?? f.percentiles.p25) && f.max === f.percentiles.p90
      ? percentilesText(f, l10n)
      : f.percentiles
        ? `${formatRange(f, l10n)}; ${percentilesText(f, l10n)}`
        : formatRange(f, l10n);
  return `${value} ${payKindWord(f.kind, l10n)}${sample ? ` (${sample})` : ''}`;
}

export function levelLabel(level: Level, l10n: L10n = ENGLISH): string {
  switch (level) {
    case 'entry':
      return l10n.t('Entry');
    case 'junior':
      return l10n.t('Junior');
    case 'mid':
      return l10n.t('Mid-level');
    case 'mid-senior':
      return l10n.t('Mid–senior');
    case 'senior':
      return l10n.t('Senior');
    case 'staff':
      return l10n.t('Staff');
    case 'faang-l5':
      return l10n.t('FAANG L5');
    case 'faang-l6':
      return l10n.t('FAANG L6');
    case 'average':
      return l10n.t('Average (all levels)');
  }
}

export function depthLabel(depth: Depth, l10n: L10n = ENGLISH): string {
  switch (depth) {
    case 'not-required':
      return l10n.t('Not required');
    case 'rare':
      return l10n.t('Rare');
    case 'occasional':
      return l10n.t('Occasional');
    case 'light':
      return l10n.t('Light');
    case 'moderate':
      return l10n.t('Moderate');
    case 'strong':
      return l10n.t('Strong');
    case 'core':
      return l10n.t('Core');
  }
}

/** Every mark's label, in the order the plan tab offers them (a Record: a new mark needs one). */
const MARK_LABELS: Record<Mark, (l10n: L10n) => string> = {
  have: (l10n) => l10n.t('Have'),
  learning: (l10n) => l10n.t('Learning'),
  'not-yet': (l10n) => l10n.t('Not yet'),
};

/** A skill's mark, as the Skills and Plan views, the plan tab's controls and the export show it. */
export function markLabel(mark: Mark, l10n: L10n = ENGLISH): string {
  return MARK_LABELS[mark](l10n);
}

/** Every mark with its label, in order: the plan tab's choices. */
export function markChoices(l10n: L10n = ENGLISH): [Mark, string][] {
  return (Object.keys(MARK_LABELS) as Mark[]).map((mark) => [mark, markLabel(mark, l10n)]);
}

export function ladderLabel(kind: 'levels' | 'leadership-path' | 'terminal-roles', l10n: L10n = ENGLISH): string {
  return kind === 'levels'
    ? l10n.t('Levels')
    : kind === 'terminal-roles'
      ? l10n.t('Terminal roles')
      : l10n.t('Path to leadership');
}

export const EDITORIAL_LABEL = 'Career Lens (editorial)';
export const EDITORIAL_TITLE = "Career Lens's reading, not a figure from a source";

/** "signed by Acme People · 1A2B3C4D5E6F7081 · v1.2.0", or "unsigned": a user pack's trust. */
export function trustText(trust: PackTrust, l10n: L10n = ENGLISH): string {
  return trust.kind === 'signed'
    ? l10n.t('signed by {0} · {1} · v{2}', trust.publisher, trust.fingerprint, trust.version)
    : l10n.t('unsigned');
}

/**
 * "AI Pulse (2026)"; "Unattributed article" where the article names no publisher; the mark for
 * editorial statements. A user pack's source also says how far it is trusted, so every place
 * that names the source of a pack's figure (trees, tooltips, exports, the webview) shows it.
 */
export function labelOfSource(
  source: { publisher: string | null; asOf: string | null; trust?: PackTrust } | undefined,
  id: string,
  l10n: L10n = ENGLISH,
): string {
  if (id === EDITORIAL) return l10n.t('Career Lens (editorial)');
  if (!source) return id;
  const label = source.publisher
    ? `${source.publisher}${source.asOf ? ` (${source.asOf})` : ''}`
    : l10n.t('Unattributed article');
  return source.trust ? `${label} · ${trustText(source.trust, l10n)}` : label;
}

/** A source's label looked up by id in a dataset. */
export function sourceLabel(d: Pick<Dataset, 'sources'>, id: string, l10n: L10n = ENGLISH): string {
  return labelOfSource(
    d.sources.find((s) => s.id === id),
    id,
    l10n,
  );
}

/** A role's or a background's name by id, or the id where neither is known. */
export function nameOf(d: Pick<Dataset, 'roles' | 'backgrounds'>, id: string): string {
  return d.roles.find((r) => r.id === id)?.name ?? d.backgrounds.find((b) => b.id === id)?.name ?? id;
}

interface MetricLike {
  min: number;
  max: number;
  unit: string;
  kind: string;
}

function metricValue(m: MetricLike): string {
  const n = m.min === m.max ? `${m.min}` : `${m.min}–${m.max}`;
  return m.unit === 'percent' ? `${n}%` : m.unit === 'ratio' ? `${n}:1` : `$${n}B`;
}

const GROWTH_KINDS: Metric['kind'][] = ['premium', 'gap', 'posting-growth', 'projection', 'salary-growth', 'outcome'];

/** "+22%", "48%", "3.2:1", "$105B": growth-like figures carry a sign. */
export function metricText(m: MetricLike): string {
  const v = metricValue(m);
  return (GROWTH_KINDS as string[]).includes(m.kind) ? `+${v}` : v;
}
