import { formatRange, levelLabel, metricText, payKindWord, payText, percentilesText } from '../../src/core/format';
import {
  isOneOf,
  PAY_KIND_CHOICES,
  REGION_CHOICES,
  type PayKindChoice,
  type RegionChoice,
} from '../../src/core/payChoices';
import type { PayFigure, PayRow } from '../../src/core/results';
import type { Percentiles } from '../../src/core/percentiles';
import type { PartsFor } from '../../src/shared/comparisonParts';
import type { PageState } from '../../src/shared/pageState';
import { button, dropdown } from '../components/toolkit';
import { fitWidth, h, noData, svg, type Sources } from '../dom';
import * as l10n from '@vscode/l10n';

export interface PayControls {
  kind: PayKindChoice;
  region: RegionChoice;
  view: PageState['payView'];
  onFilter(kind: PayKindChoice, region: RegionChoice): void;
  onView(view: PageState['payView']): void;
}

// A label for every choice in src/core/payChoices.ts: a new choice without one fails the type
// check. Functions, not strings: l10n.t() must run after the host's l10n bundle has arrived.
const KIND_LABELS: Record<PayKindChoice, () => string> = {
  total: () => l10n.t('Total compensation'),
  base: () => l10n.t('Base salary'),
};
const REGION_LABELS: Record<RegionChoice, () => string> = {
  us: () => l10n.t('United States (USD / year)'),
  nigeria: () => l10n.t('Nigeria (NGN / month)'),
  'remote-global': () => l10n.t('Remote, global (USD / month)'),
};
const options = <T extends string>(choices: readonly T[], labels: Record<T, () => string>) =>
  choices.map((value) => ({ value, label: labels[value]() }));

const ROW_H = 22;
const LABEL_W = 110;
const PLOT_END = 560;
const VALUE_X = 575;
const CHART_W = 860;
/** The value labels' font size; style.css sets `.chart text` to the same. */
const VALUE_FONT_PX = 11;

function figureLabel(f: PayFigure, roleName: string, sources: Sources): string {
  return `${roleName}, ${levelLabel(f.level, l10n)}: ${payText(f, l10n)} — ${sources.label(f.source)}${f.region === 'unstated' ? ` (${l10n.t('region not stated')})` : ''}`;
}

/** Three or four round gridline values under the top of the scale. */
function ticks(top: number): number[] {
  const step = 10 ** Math.floor(Math.log10(top / 3));
  const nice = [1, 2, 5, 10].map((m) => m * step).find((s) => top / s <= 5) ?? step * 10;
  return Array.from({ length: Math.floor(top / nice) }, (_, i) => (i + 1) * nice);
}

/**
 * A survey's figure as a box plot on the row: the box spans p25–p75 with a line at the median,
 * and the whiskers reach p10 (p25 where no p10 is given) and p90.
 */
function boxPlot(p: Percentiles, x: (v: number) => number, y: number): SVGElement[] {
  const mid = y + ROW_H / 2;
  const low = p.p10 ?? p.p25;
  return [
    svg('line', { x1: x(low), x2: x(p.p25), y1: mid, y2: mid, class: 'whisker' }),
    svg('line', { x1: x(p.p75), x2: x(p.p90), y1: mid, y2: mid, class: 'whisker' }),
    svg('line', { x1: x(low), x2: x(low), y1: y + 6, y2: y + ROW_H - 6, class: 'whisker' }),
    svg('line', { x1: x(p.p90), x2: x(p.p90), y1: y + 6, y2: y + ROW_H - 6, class: 'whisker' }),
    svg('rect', { x: x(p.p25), y: y + 4, width: Math.max(2, x(p.p75) - x(p.p25)), height: ROW_H - 8, class: 'box' }),
    svg('line', { x1: x(p.p50), x2: x(p.p50), y1: y + 4, y2: y + ROW_H - 4, class: 'median' }),
  ];
}

/** A range chart: one row per level, one bar per source and role (a box plot for a survey's percentiles), on a shared scale. */
export function payChart(rows: PayRow[], names: [string, string], sources: Sources): SVGElement {
  const figures = rows.flatMap((r) => [...r.figures[0], ...r.figures[1]]);
  const top = Math.max(...figures.map((f) => f.max ?? f.min ?? 0)) * 1.08 || 1;
  const x = (v: number) => LABEL_W + (v / top) * (PLOT_END - LABEL_W);
  const bars: SVGElement[] = [];
  let y = 8;
  for (const row of rows) {
    const n = Math.max(1, row.figures[0].length + row.figures[1].length);
    bars.push(svg('text', { x: 0, y: y + (n * ROW_H) / 2 + 4, class: 'level' }, levelLabel(row.level, l10n)));
    for (const side of [0, 1] as const) {
      for (const f of row.figures[side]) {
        const lo = f.min ?? 0;
        const hi = f.max ?? top;
        const label = figureLabel(f, names[side], sources);
        const g = svg(
          'g',
          {
            class: `bar role-${side === 0 ? 'a' : 'b'}${f.max === null || f.openEnded ? ' open' : ''}`,
            role: 'listitem',
            'aria-label': label,
            'data-figure': f.id,
          },
          svg('title', {}, label),
        );
        if (f.percentiles) g.append(...boxPlot(f.percentiles, x, y));
        else if (lo === hi) g.append(svg('circle', { cx: x(lo), cy: y + ROW_H / 2, r: 5 }));
        else g.append(svg('rect', { x: x(lo), y: y + 4, width: Math.max(2, x(hi) - x(lo)), height: ROW_H - 8, rx: 3 }));
        // Values sit in their own column so they never collide with a bar.
        // Cut to the value column; the full text is in the bar's title and the table view.
        g.append(
          svg(
            'text',
            { x: VALUE_X, y: y + ROW_H / 2 + 4, class: 'value' },
            fitWidth(
              `${f.percentiles ? percentilesText(f, l10n) : formatRange(f, l10n)}${f.kind === 'unspecified' ? '' : ` ${payKindWord(f.kind, l10n)}`} · ${sources.label(f.source)}`,
              CHART_W - VALUE_X - 4,
              VALUE_FONT_PX,
            ),
          ),
        );
        bars.push(g);
        y += ROW_H;
      }
    }
    if (row.figures[0].length + row.figures[1].length === 0) y += ROW_H;
    y += 10;
    bars.push(svg('line', { x1: 0, x2: CHART_W, y1: y - 5, y2: y - 5, class: 'rule' }));
  }
  for (const tick of ticks(top)) {
    bars.push(svg('line', { x1: x(tick), x2: x(tick), y1: 0, y2: y - 5, class: 'tick' }));
    bars.push(
      svg(
        'text',
        { x: x(tick), y: y + 8, class: 'tick-label', 'text-anchor': 'middle' },
        formatRange(
          {
            min: tick,
            max: tick,
            currency: rows[0]!.figures.flat()[0]?.currency ?? 'USD',
            period: 'year',
            openEnded: false,
          },
          l10n,
        ),
      ),
    );
  }
  return svg(
    'svg',
    {
      viewBox: `0 0 ${CHART_W} ${y + 14}`,
      width: '100%',
      role: 'list',
      'aria-label': l10n.t(
        'Pay ranges by level for {0} and {1}, one bar per source, on a scale from 0 to {2}',
        names[0],
        names[1],
        formatRange(
          { min: top, max: top, currency: figures[0]?.currency ?? 'USD', period: 'year', openEnded: false },
          l10n,
        ),
      ),
    },
    ...bars,
  );
}

export function payTable(rows: PayRow[], names: [string, string], sources: Sources): HTMLElement {
  const side = (figs: PayFigure[], spread: PayRow['spread'][number]) =>
    figs.length === 0
      ? noData()
      : h(
          'div',
          {},
          h(
            'ul',
            { class: 'cited' },
            figs.map((f) =>
              h(
                'li',
                { 'data-figure': f.id },
                h('span', { class: 'figure' }, payText(f, l10n)),
                ' ',
                sources.chip(f.source),
                f.years ? h('span', { class: 'muted' }, ` · ${f.years}`) : null,
                f.employer ? h('span', { class: 'muted' }, ` · ${f.employer}`) : null,
                f.region === 'unstated' ? h('span', { class: 'muted' }, ` · ${l10n.t('region not stated')}`) : null,
              ),
            ),
          ),
          spread && spread.sources > 1
            ? h(
                'p',
                { class: 'spread' },
                l10n.t(
                  'Spread across {0} sources: {1}',
                  spread.sources,
                  formatRange({ ...figs[0]!, min: spread.min, max: spread.max, openEnded: false }, l10n),
                ),
              )
            : null,
        );
  return h(
    'table',
    { class: 'grid', 'data-testid': 'pay-table' },
    h('caption', {}, l10n.t('Pay by level, each source separately. Ranges are never merged into one number.')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, l10n.t('Level')),
        h('th', { scope: 'col' }, names[0]),
        h('th', { scope: 'col' }, names[1]),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map((r) =>
        h(
          'tr',
          { 'data-level': r.level },
          h('th', { scope: 'row' }, levelLabel(r.level, l10n)),
          h('td', {}, side(r.figures[0], r.spread[0])),
          h('td', {}, side(r.figures[1], r.spread[1])),
        ),
      ),
    ),
  );
}

export function payView(c: PartsFor<'pay'>, rows: PayRow[], sources: Sources, ctl: PayControls): HTMLElement {
  const names: [string, string] = [c.roles[0].name, c.roles[1].name];
  const controls = h(
    'div',
    { class: 'toolbar' },
    dropdown({
      id: 'pay-kind',
      label: l10n.t('Pay'),
      value: ctl.kind,
      options: options(PAY_KIND_CHOICES, KIND_LABELS),
      onChange: (v) => {
        if (isOneOf(PAY_KIND_CHOICES, v)) ctl.onFilter(v, ctl.region);
      },
    }),
    dropdown({
      id: 'pay-region',
      label: l10n.t('Region'),
      value: ctl.region,
      options: options(REGION_CHOICES, REGION_LABELS),
      onChange: (v) => {
        if (isOneOf(REGION_CHOICES, v)) ctl.onFilter(ctl.kind, v);
      },
    }),
    button({
      id: 'pay-view-toggle',
      label: ctl.view === 'chart' ? l10n.t('Show as table') : l10n.t('Show as chart'),
      appearance: 'secondary',
      onClick: () => ctl.onView(ctl.view === 'chart' ? 'table' : 'chart'),
    }),
  );
  const legend = h(
    'p',
    { class: 'legend' },
    h('span', { class: 'swatch role-a' }),
    names[0],
    h('span', { class: 'swatch role-b' }),
    names[1],
    h(
      'span',
      { class: 'muted' },
      ` · ${l10n.t('"pay" means the source did not say base or total; a + marks an open upper end.')}`,
    ),
  );
  const body =
    rows.length === 0
      ? h(
          'p',
          { class: 'empty' },
          noData(l10n.t('No source gives pay figures for these roles with this region and kind.')),
        )
      : ctl.view === 'chart'
        ? h('figure', { class: 'chart' }, payChart(rows, names, sources), legend)
        : payTable(rows, names, sources);
  const notes = c.metrics.filter((m) => ['premium', 'gap', 'salary-growth'].includes(m.kind));
  return h(
    'div',
    {},
    controls,
    body,
    h('h2', {}, l10n.t('Premiums, gaps and growth')),
    notes.length
      ? h(
          'ul',
          { class: 'cited' },
          notes.map((m) =>
            h(
              'li',
              {},
              h('strong', {}, metricText(m)),
              ` ${m.label}`,
              m.note ? h('span', { class: 'muted' }, ` — ${m.note}`) : null,
              ' ',
              sources.chip(m.source),
            ),
          ),
        )
      : noData(),
  );
}
