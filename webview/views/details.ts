// The Tools, Career, Demand, GenAI and Sources tabs: tables and lists of cited facts.
import { ladderLabel, metricText, monthsText, trustText } from '../../src/core/format';
import type { CareerSide, Comparison, TransitionInfo } from '../../src/core/results';
import type { PartsFor } from '../../src/shared/comparisonParts';
import { h, noData, section, type Sources } from '../dom';
import * as l10n from '@vscode/l10n';

function sideBySide(c: Pick<Comparison, 'roles'>, render: (side: 0 | 1) => HTMLElement): HTMLElement {
  return h(
    'div',
    { class: 'cards two' },
    [0, 1].map((i) => h('article', { class: 'card' }, h('h3', {}, c.roles[i as 0 | 1].name), render(i as 0 | 1))),
  );
}

export function toolsView(c: PartsFor<'tools'>, sources: Sources): HTMLElement {
  const [a, b] = c.roles;
  if (c.tools.length === 0) return h('p', {}, noData());
  return h(
    'table',
    { class: 'grid', 'data-testid': 'tools-table' },
    h('caption', {}, l10n.t('Tool stacks by category, as each source lists them.')),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, l10n.t('Category')),
        h('th', { scope: 'col' }, a.name),
        h('th', { scope: 'col' }, b.name),
      ),
    ),
    h(
      'tbody',
      {},
      c.tools.map((row) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, row.category),
          [0, 1].map((i) =>
            h(
              'td',
              {},
              row.tools[i as 0 | 1].length
                ? h(
                    'ul',
                    { class: 'cited' },
                    row.tools[i as 0 | 1].map((g) =>
                      h(
                        'li',
                        {},
                        h(
                          'span',
                          { class: 'chips' },
                          g.tools.map((tool) => h('span', { class: 'chip' }, tool)),
                        ),
                        ' ',
                        sources.chip(g.source, g.editorial),
                      ),
                    ),
                  )
                : noData('—'),
            ),
          ),
        ),
      ),
    ),
  );
}

function ladder(side: CareerSide, sources: Sources): HTMLElement {
  if (!side.ladders.length && !side.promotions.length && !side.interviews.length) return noData();
  return h(
    'div',
    {},
    side.ladders.map((l) =>
      h(
        'div',
        { class: 'ladder' },
        h('h4', {}, ladderLabel(l.kind, l10n), ' ', sources.chip(l.source)),
        h(
          l.kind === 'terminal-roles' ? 'ul' : 'ol',
          { class: l.kind === 'terminal-roles' ? 'plain' : 'steps' },
          l.steps.map((s) => h('li', {}, s)),
        ),
      ),
    ),
    side.promotions.length
      ? h(
          'div',
          {},
          h('h4', {}, l10n.t('Promotion criteria')),
          h(
            'ul',
            { class: 'cited' },
            side.promotions.map((p) =>
              h('li', {}, h('strong', {}, `${p.from} → ${p.to}: `), p.criterion, ' ', sources.chip(p.source)),
            ),
          ),
        )
      : null,
    side.interviews.length
      ? h(
          'div',
          {},
          h('h4', {}, l10n.t('Interview loops')),
          side.interviews.map((iv) =>
            h(
              'div',
              { class: 'loop' },
              h(
                'ol',
                {},
                iv.rounds.map((r) =>
                  h('li', {}, r.name, r.focus ? h('span', { class: 'muted' }, ` — ${r.focus}`) : null),
                ),
              ),
              iv.note ? h('p', { class: 'muted' }, iv.note) : null,
              h('p', {}, sources.chip(iv.source)),
            ),
          ),
        )
      : null,
  );
}

function transitions(list: TransitionInfo[], title: string, sources: Sources): HTMLElement {
  return h(
    'div',
    { class: 'transitions' },
    h('h3', {}, title),
    list.length === 0
      ? noData()
      : h(
          'ul',
          { class: 'cited' },
          list.map((tr) =>
            h(
              'li',
              { 'data-transition': tr.id },
              h('strong', {}, monthsText(tr, l10n)),
              ' ',
              sources.chip(tr.source),
              tr.gaps.length ? h('div', { class: 'muted' }, l10n.t('Gaps to fill: {0}', tr.gaps.join(', '))) : null,
              tr.note ? h('div', { class: 'muted' }, tr.note) : null,
            ),
          ),
        ),
  );
}

export function careerView(c: PartsFor<'career'>, sources: Sources): HTMLElement {
  const [a, b] = c.roles;
  return h(
    'div',
    {},
    section(
      l10n.t('Moving between the two'),
      h(
        'div',
        { class: 'cards two' },
        transitions(c.transitions.aToB, `${a.name} → ${b.name}`, sources),
        transitions(c.transitions.bToA, `${b.name} → ${a.name}`, sources),
      ),
      h(
        'p',
        { class: 'muted' },
        l10n.t(
          'Sources disagree on how long a move takes; each estimate is shown with its source rather than averaged.',
        ),
      ),
    ),
    section(
      l10n.t('Ladders, promotions and interviews'),
      sideBySide(c, (i) => ladder(c.careers[i], sources)),
    ),
  );
}

const DEMAND_KINDS = (): [string, string][] => [
  ['posting-growth', l10n.t('Job posting growth')],
  ['remote-share', l10n.t('Remote share')],
  ['projection', l10n.t('Projected growth (BLS)')],
  ['demand-supply', l10n.t('Demand and supply')],
  ['market-size', l10n.t('Market size')],
  ['outcome', l10n.t('Learning outcomes')],
];

export function demandView(c: PartsFor<'demand'>, sources: Sources): HTMLElement {
  return h(
    'div',
    {},
    DEMAND_KINDS().map(([kind, title]) => {
      const list = c.metrics.filter((m) => m.kind === kind);
      return section(
        title,
        list.length
          ? h(
              'div',
              { class: 'cards metrics' },
              list.map((m) =>
                h(
                  'article',
                  { class: 'card metric', 'data-metric': m.id },
                  h('div', { class: 'big' }, metricText(m)),
                  h('div', {}, m.label),
                  m.year ? h('div', { class: 'muted' }, m.year) : null,
                  m.note ? h('div', { class: 'muted' }, m.note) : null,
                  sources.chip(m.source),
                ),
              ),
            )
          : noData(),
      );
    }),
  );
}

export function genaiView(c: PartsFor<'genai'>, sources: Sources, roleNames: Map<string, string>): HTMLElement {
  const [a, b] = c.roles;
  const all = roleNames;
  return h(
    'div',
    {},
    h(
      'p',
      {},
      l10n.t(
        'The parts of a production RAG system, and which role each source says owns them. Roles in this comparison are highlighted.',
      ),
    ),
    h(
      'ol',
      { class: 'pipeline', 'data-testid': 'genai-list' },
      c.genai.map((g) =>
        h(
          'li',
          { class: 'card' },
          h('h3', {}, g.component),
          h('p', {}, g.description),
          h(
            'p',
            {},
            g.owners.map((o) =>
              h(
                'span',
                { class: `chip owner${o === a.id ? ' role-a' : o === b.id ? ' role-b' : ''}` },
                all.get(o) ?? o.replace(/-/g, ' '),
              ),
            ),
            ' ',
            h('span', { class: 'muted' }, g.ownership),
            ' ',
            sources.chip(g.source, g.editorial),
          ),
        ),
      ),
    ),
  );
}

export function sourcesView(c: PartsFor<'sources'>): HTMLElement {
  return h(
    'ol',
    { class: 'sources', 'data-testid': 'sources-list' },
    c.sources.map((s) =>
      h(
        'li',
        { class: 'card', id: `source-${s.id}` },
        h('h3', {}, s.publisher ?? l10n.t('Publisher not stated')),
        h('p', {}, h('em', {}, s.title)),
        // A user pack's source says whether it is signed, by whom, with which key and version.
        s.trust ? h('p', { class: 'trust', 'data-testid': 'source-trust' }, trustText(s.trust, l10n)) : null,
        h(
          'p',
          { class: 'muted' },
          [
            s.author ? l10n.t('By {0}. ', s.author) : '',
            s.asOf ? l10n.t('As of {0}.', s.asOf) : l10n.t('No date given.'),
          ].join(''),
        ),
        h('p', {}, s.basis ?? l10n.t('The source does not say what its figures are based on.')),
        h(
          'p',
          { class: 'muted' },
          l10n.t(
            'Contributes: {0}',
            Object.entries(s.contributes)
              .map(([k, n]) => `${n} ${k}`)
              .join(', '),
          ),
        ),
      ),
    ),
  );
}
