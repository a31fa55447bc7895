// Every range and label the user reads, formatted in one place. Each function takes a translate
// function, so the tree and quick picks (vscode.l10n.t), the webview (its bundle) and the
// export (English) show the same words, localised where a bundle exists.
import { EDITORIAL } from './editorial';
import type { Dataset, Depth, Level, Metric } from './schema';
import type { PackTrust } from './trustSchema';
import type { PayFigure } from './views';

/** A translate function: the English message with `{0}` placeholders, and its arguments. */
export type Translate = (message: string, ...args: (string | number)[]) => string;

/** English, with the placeholders filled in: the default for core and the export. */
export const english: Translate = (message, ...args) => message.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)] ?? ''));

/** "6–9 months", "6 months", "6+ months", "up to 9 months", or "No duration given". */
export function monthsText(m: { monthsMin: number | null; monthsMax: number | null }, t: Translate = english): string {
  const { monthsMin: lo, monthsMax: hi } = m;
  if (lo === null && hi === null) return t('No duration given');
  if (lo === null) return t('Up to {0} months', hi!);
  if (hi === null) return t('{0}+ months', lo);
  return lo === hi ? t('{0} months', lo) : t('{0}–{1} months', lo, hi);
}

/** "$130K", "₦3.5M". */
export function moneyText(n: number, currency: PayFigure['currency']): string {
  const sym = currency === 'NGN' ? '₦' : '$';
  return n >= 1_000_000 ? `${sym}${+(n / 1_000_000).toFixed(2)}M` : n >= 1000 ? `${sym}${+(n / 1000).toFixed(1)}K` : `${sym}${n}`;
}

/** "$130K–$185K", "₦700K–₦3.5M / month", "$300K+"; never a number that is not in the data. */
export function formatRange(f: Pick<PayFigure, 'min' | 'max' | 'currency' | 'period' | 'openEnded'>, t: Translate = english): string {
  const money = (n: number) => moneyText(n, f.currency);
  if (f.min === null && f.max === null) return t('no data');
  let s: string;
  if (f.max === null) s = `${money(f.min!)}+`;
  else if (f.min === null) s = t('up to {0}', money(f.max));
  else s = f.min === f.max ? money(f.min) : `${money(f.min)}–${money(f.max)}${f.openEnded ? '+' : ''}`;
  return f.period === 'month' ? t('{0} / month', s) : s;
}

/** The kind of pay a figure is, in a word: "pay" where the source did not say base or total. */
export function payKindWord(kind: PayFigure['kind'], t: Translate = english): string {
  switch (kind) {
    case 'base': return t('base');
    case 'total': return t('total');
    case 'average': return t('average');
    case 'unspecified': return t('pay');
  }
}

/** Fewer data points than this, and a survey's figure is marked as a small sample. */
export const SMALL_SAMPLE = 10;

/** "p25 $150K · p50 $170K · p75 $190K · p90 $210K", with "/ month" once where it applies. */
export function percentilesText(f: Pick<PayFigure, 'percentiles' | 'currency' | 'period'>, t: Translate = english): string {
  const p = f.percentiles;
  if (!p) return '';
  const parts = (['p10', 'p25', 'p50', 'p75', 'p90'] as const).filter((k) => p[k] !== undefined).map((k) => `${k} ${moneyText(p[k]!, f.currency)}`);
  return f.period === 'month' ? t('{0} / month', parts.join(' · ')) : parts.join(' · ');
}

/** "IC3, 42 data points, surveyed 2026-03"; "small sample: 6 data points" under SMALL_SAMPLE. */
export function sampleText(f: Pick<PayFigure, 'sampleSize' | 'surveyDate' | 'companyLevel'>, t: Translate = english): string {
  const n = f.sampleSize;
  const size = n === undefined ? '' : n < SMALL_SAMPLE ? t('small sample: {0} data points', n) : t('{0} data points', n);
  const date = f.surveyDate ? t('surveyed {0}', f.surveyDate) : '';
  return [f.companyLevel ?? '', size, date].filter(Boolean).join(', ');
}

/** "$130K–$185K total"; a survey's percentiles in full, with its sample: "p25 $150K · … total (42 data points)". */
export function payText(f: PayFigure, t: Translate = english): string {
  const sample = sampleText(f, t);
  const value = f.percentiles && f.min === (f.percentiles.p10 ?? f.percentiles.p25) && f.max === f.percentiles.p90 ? percentilesText(f, t)
    : f.percentiles ? `${formatRange(f, t)}; ${percentilesText(f, t)}` : formatRange(f, t);
  return `${value} ${payKindWord(f.kind, t)}${sample ? ` (${sample})` : ''}`;
}

export function levelLabel(level: Level, t: Translate = english): string {
  switch (level) {
    case 'entry': return t('Entry');
    case 'junior': return t('Junior');
    case 'mid': return t('Mid-level');
    case 'mid-senior': return t('Mid–senior');
    case 'senior': return t('Senior');
    case 'staff': return t('Staff');
    case 'faang-l5': return t('FAANG L5');
    case 'faang-l6': return t('FAANG L6');
    case 'average': return t('Average (all levels)');
  }
}

export function depthLabel(depth: Depth, t: Translate = english): string {
  switch (depth) {
    case 'not-required': return t('Not required');
    case 'rare': return t('Rare');
    case 'occasional': return t('Occasional');
    case 'light': return t('Light');
    case 'moderate': return t('Moderate');
    case 'strong': return t('Strong');
    case 'core': return t('Core');
  }
}

export function ladderLabel(kind: 'levels' | 'leadership-path' | 'terminal-roles', t: Translate = english): string {
  return kind === 'levels' ? t('Levels') : kind === 'terminal-roles' ? t('Terminal roles') : t('Path to leadership');
}

export const EDITORIAL_LABEL = 'Career Lens (editorial)';
export const EDITORIAL_TITLE = "Career Lens's reading, not a figure from a source";

/** "signed by Acme People · 1A2B3C4D5E6F7081 · v1.2.0", or "unsigned": a user pack's trust. */
export function trustText(trust: PackTrust, t: Translate = english): string {
  return trust.kind === 'signed'
    ? t('signed by {0} · {1} · v{2}', trust.publisher, trust.fingerprint, trust.version)
    : t('unsigned');
}

/**
 * "AI Pulse (2026)"; "Unattributed article" where the article names no publisher; the mark for
 * editorial statements. A user pack's source also says how far it is trusted, so every place
 * that names the source of a pack's figure (trees, tooltips, exports, the webview) shows it.
 */
export function labelOfSource(source: { publisher: string | null; asOf: string | null; trust?: PackTrust } | undefined, id: string, t: Translate = english): string {
  if (id === EDITORIAL) return t('Career Lens (editorial)');
  if (!source) return id;
  const label = source.publisher ? `${source.publisher}${source.asOf ? ` (${source.asOf})` : ''}` : t('Unattributed article');
  return source.trust ? `${label} · ${trustText(source.trust, t)}` : label;
}

/** A source's label looked up by id in a dataset. */
export function sourceLabel(d: Pick<Dataset, 'sources'>, id: string, t: Translate = english): string {
  return labelOfSource(d.sources.find((s) => s.id === id), id, t);
}

/** A role's or a background's name by id, or the id where neither is known. */
export function nameOf(d: Pick<Dataset, 'roles' | 'backgrounds'>, id: string): string {
  return d.roles.find((r) => r.id === id)?.name ?? d.backgrounds.find((b) => b.id === id)?.name ?? id;
}

interface MetricLike { min: number; max: number; unit: string; kind: string }

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
